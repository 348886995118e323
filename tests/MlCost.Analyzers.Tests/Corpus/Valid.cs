// Realistic, cost-conscious SageMaker, Textract and Comprehend code: every MlCost rule must stay silent here
// (but for MLC0012's statements of what its bounded jobs can cost at most).
using System;
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using Amazon.SageMakerRuntime;
using Amazon.SageMakerRuntime.Model;
using Amazon.Textract.Model;
using Amazon.Comprehend;
using System.Threading.Tasks;

namespace Corpus
{
    public sealed class RetrainingPipeline
    {
        // Spot training with a runtime bound, and a wait bound at least as long.
        public CreateTrainingJobRequest Nightly(string name) => new CreateTrainingJobRequest
        {
            TrainingJobName = name,
            EnableManagedSpotTraining = true,
            ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = 1, VolumeSizeInGB = 50 },
            StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 4 * 3600, MaxWaitTimeInSeconds = 8 * 3600 },
            CheckpointConfig = new CheckpointConfig { S3Uri = "s3://models/checkpoints/" + name },
        };

        // The same built statement by statement.
        public CreateTrainingJobRequest Weekly(string name, int hours)
        {
            var request = new CreateTrainingJobRequest();
            request.TrainingJobName = name;
            request.ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large", InstanceCount = 2 };
            request.StoppingCondition = new StoppingCondition();
            request.StoppingCondition.MaxRuntimeInSeconds = hours * 3600;
            request.StoppingCondition.MaxWaitTimeInSeconds = hours * 7200;
            request.EnableManagedSpotTraining = true;
            return request;
        }
    }

    public sealed class Deployment
    {
        // A small CPU endpoint.
        public List<ProductionVariant> Variants() => new List<ProductionVariant>
        {
            new ProductionVariant { VariantName = "primary", ModelName = "churn", InstanceType = ProductionVariantInstanceType.MlM5Large, InitialInstanceCount = 1 },
            new ProductionVariant { VariantName = "shadow", ModelName = "churn-next", InstanceType = "ml.c5.xlarge", InitialInstanceCount = 1 },
        };
    }

    public sealed class Operations
    {
        // Tuning on spot, with bounds.
        public CreateHyperParameterTuningJobRequest Tune() => new CreateHyperParameterTuningJobRequest
        {
            HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig { ResourceLimits = new ResourceLimits { MaxNumberOfTrainingJobs = 20, MaxParallelTrainingJobs = 2 } },
            TrainingJobDefinition = new HyperParameterTrainingJobDefinition
            {
                EnableManagedSpotTraining = true,
                ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large", InstanceCount = 1 },
                StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 1800, MaxWaitTimeInSeconds = 3600 },
            },
        };

        // A small notebook that stops itself when idle.
        public CreateNotebookInstanceRequest Notebook() => new CreateNotebookInstanceRequest
        {
            NotebookInstanceName = "analysis",
            InstanceType = InstanceType.MlT3Medium,
            LifecycleConfigName = "auto-stop-idle",
        };

        // One endpoint, sampling a tenth of its traffic for monitoring.
        public CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "churn",
            ProductionVariants = new List<ProductionVariant> { new ProductionVariant { InstanceType = "ml.m5.large", InitialInstanceCount = 1 } },
            DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://monitoring/churn" },
        };

        public CreateEndpointRequest Endpoint() => new CreateEndpointRequest { EndpointName = "churn", EndpointConfigName = "churn" };

        // The endpoint scales with its traffic.
        public Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest Scaling() => new Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest
        {
            ServiceNamespace = Amazon.ApplicationAutoScaling.ServiceNamespace.Sagemaker,
            ResourceId = "endpoint/churn/variant/primary",
            ScalableDimension = Amazon.ApplicationAutoScaling.ScalableDimension.SagemakerVariantDesiredInstanceCount,
            MinCapacity = 1,
            MaxCapacity = 4,
        };

        // Interactive traffic: one call per user request.
        public Task<InvokeEndpointResponse> Score(IAmazonSageMakerRuntime runtime, string payload) =>
            runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "churn", ContentType = "application/json" });
    }

    public sealed class Documents
    {
        // Plain text detection needs no AnalyzeDocument request; features chosen at run time are not priced.
        public AnalyzeDocumentRequest ForUserChoice(List<string> features) => new AnalyzeDocumentRequest { FeatureTypes = features };
    }

    public sealed class Reviews
    {
        // A collection scored in batches of 25, one request each; a single review, one call.
        public async Task ScoreAll(IAmazonComprehend comprehend, List<string> reviews)
        {
            for (var i = 0; i < reviews.Count; i += 25)
                await comprehend.BatchDetectSentimentAsync(new Amazon.Comprehend.Model.BatchDetectSentimentRequest { TextList = reviews.GetRange(i, Math.Min(25, reviews.Count - i)), LanguageCode = "en" });
        }

        public Task<Amazon.Comprehend.Model.DetectSentimentResponse> ScoreOne(IAmazonComprehend comprehend, string review) =>
            comprehend.DetectSentimentAsync(new Amazon.Comprehend.Model.DetectSentimentRequest { Text = review, LanguageCode = "en" });
    }
}
