// Realistic, cost-conscious SageMaker and Textract code: every MlCost rule must stay silent here.
using System;
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using Amazon.Textract.Model;

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

    public sealed class Documents
    {
        // Plain text detection needs no AnalyzeDocument request; features chosen at run time are not priced.
        public AnalyzeDocumentRequest ForUserChoice(List<string> features) => new AnalyzeDocumentRequest { FeatureTypes = features };
    }
}
