// Stubs with the metadata names and shapes of the AWS SDK for .NET v4 (nullable values, collections null by default).
// The constant classes (TrainingInstanceType, FeatureType, ...) and their base, Amazon.Runtime.ConstantClass, are
// generated, every value: AwsSdkConstants.cs.
// The analyzer tests derive the v3 shape from this file (plain bool and int values); keep value types written as "bool? " and "int? ".
namespace Amazon.SageMaker
{
    public interface IAmazonSageMaker
    {
        System.Threading.Tasks.Task<Model.CreateTrainingJobResponse> CreateTrainingJobAsync(Model.CreateTrainingJobRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.CreateEndpointConfigResponse> CreateEndpointConfigAsync(Model.CreateEndpointConfigRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.CreateEndpointResponse> CreateEndpointAsync(Model.CreateEndpointRequest request, System.Threading.CancellationToken cancellationToken = default);
    }

    public class AmazonSageMakerClient : IAmazonSageMaker
    {
        public System.Threading.Tasks.Task<Model.CreateTrainingJobResponse> CreateTrainingJobAsync(Model.CreateTrainingJobRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.CreateEndpointConfigResponse> CreateEndpointConfigAsync(Model.CreateEndpointConfigRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.CreateEndpointResponse> CreateEndpointAsync(Model.CreateEndpointRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public Model.CreateEndpointResponse CreateEndpoint(Model.CreateEndpointRequest request) => null;
    }

}

namespace Amazon.SageMaker.Model
{
    public class ResourceConfig
    {
        public Amazon.SageMaker.TrainingInstanceType InstanceType { get; set; }
        public int? InstanceCount { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public class StoppingCondition
    {
        public int? MaxRuntimeInSeconds { get; set; }
        public int? MaxWaitTimeInSeconds { get; set; }
    }

    public class CheckpointConfig
    {
        public string S3Uri { get; set; }
    }

    public class CreateTrainingJobRequest
    {
        public string TrainingJobName { get; set; }
        public bool? EnableManagedSpotTraining { get; set; }
        public ResourceConfig ResourceConfig { get; set; }
        public StoppingCondition StoppingCondition { get; set; }
        public CheckpointConfig CheckpointConfig { get; set; }
    }

    public class CreateTrainingJobResponse { }
    public class CreateEndpointConfigResponse { }
    public class CreateEndpointResponse { }

    public class DataCaptureConfig
    {
        public bool? EnableCapture { get; set; }
        public int? InitialSamplingPercentage { get; set; }
        public string DestinationS3Uri { get; set; }
    }

    public class CreateEndpointConfigRequest
    {
        public string EndpointConfigName { get; set; }
        public System.Collections.Generic.List<ProductionVariant> ProductionVariants { get; set; }
        public DataCaptureConfig DataCaptureConfig { get; set; }
    }

    public class CreateEndpointRequest
    {
        public string EndpointName { get; set; }
        public string EndpointConfigName { get; set; }
    }

    public class CreateNotebookInstanceRequest
    {
        public string NotebookInstanceName { get; set; }
        public Amazon.SageMaker.InstanceType InstanceType { get; set; }
        public string LifecycleConfigName { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public class ResourceLimits
    {
        public int? MaxNumberOfTrainingJobs { get; set; }
        public int? MaxParallelTrainingJobs { get; set; }
        public int? MaxRuntimeInSeconds { get; set; }
    }

    public class ProcessingClusterConfig
    {
        public Amazon.SageMaker.ProcessingInstanceType InstanceType { get; set; }
        public int? InstanceCount { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public class ProcessingResources
    {
        public ProcessingClusterConfig ClusterConfig { get; set; }
    }

    public class ProcessingStoppingCondition
    {
        public int? MaxRuntimeInSeconds { get; set; }
    }

    public class CreateProcessingJobRequest
    {
        public string ProcessingJobName { get; set; }
        public ProcessingResources ProcessingResources { get; set; }
        public ProcessingStoppingCondition StoppingCondition { get; set; }
        public string RoleArn { get; set; }
    }

    public class HyperParameterTuningJobConfig
    {
        public ResourceLimits ResourceLimits { get; set; }
    }

    public class HyperParameterTrainingJobDefinition
    {
        public bool? EnableManagedSpotTraining { get; set; }
        public ResourceConfig ResourceConfig { get; set; }
        public StoppingCondition StoppingCondition { get; set; }
    }

    public class CreateHyperParameterTuningJobRequest
    {
        public string HyperParameterTuningJobName { get; set; }
        public HyperParameterTuningJobConfig HyperParameterTuningJobConfig { get; set; }
        public HyperParameterTrainingJobDefinition TrainingJobDefinition { get; set; }
    }

    public class ProductionVariant
    {
        public string VariantName { get; set; }
        public string ModelName { get; set; }
        public Amazon.SageMaker.ProductionVariantInstanceType InstanceType { get; set; }
        public int? InitialInstanceCount { get; set; }
    }
}

namespace Amazon.SageMakerRuntime
{
    public interface IAmazonSageMakerRuntime
    {
        System.Threading.Tasks.Task<Model.InvokeEndpointResponse> InvokeEndpointAsync(Model.InvokeEndpointRequest request, System.Threading.CancellationToken cancellationToken = default);
    }

    public class AmazonSageMakerRuntimeClient : IAmazonSageMakerRuntime
    {
        public System.Threading.Tasks.Task<Model.InvokeEndpointResponse> InvokeEndpointAsync(Model.InvokeEndpointRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public Model.InvokeEndpointResponse InvokeEndpoint(Model.InvokeEndpointRequest request) => null;
    }
}

namespace Amazon.SageMakerRuntime.Model
{
    public class InvokeEndpointRequest
    {
        public string EndpointName { get; set; }
        public string ContentType { get; set; }
        public System.IO.MemoryStream Body { get; set; }
    }

    public class InvokeEndpointResponse { }
}

namespace Amazon.ApplicationAutoScaling.Model
{
    public class RegisterScalableTargetRequest
    {
        public Amazon.ApplicationAutoScaling.ServiceNamespace ServiceNamespace { get; set; }
        public string ResourceId { get; set; }
        public Amazon.ApplicationAutoScaling.ScalableDimension ScalableDimension { get; set; }
        public int? MinCapacity { get; set; }
        public int? MaxCapacity { get; set; }
    }
}

namespace Amazon.Textract
{
    public interface IAmazonTextract
    {
        System.Threading.Tasks.Task<Model.AnalyzeDocumentResponse> AnalyzeDocumentAsync(Model.AnalyzeDocumentRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.DetectDocumentTextResponse> DetectDocumentTextAsync(Model.DetectDocumentTextRequest request, System.Threading.CancellationToken cancellationToken = default);
    }

    public class AmazonTextractClient : IAmazonTextract
    {
        public System.Threading.Tasks.Task<Model.AnalyzeDocumentResponse> AnalyzeDocumentAsync(Model.AnalyzeDocumentRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.DetectDocumentTextResponse> DetectDocumentTextAsync(Model.DetectDocumentTextRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
    }
}

namespace Amazon.Textract.Model
{
    public class Document
    {
        public byte[] Bytes { get; set; }
    }

    public class AnalyzeDocumentRequest
    {
        public Document Document { get; set; }
        public System.Collections.Generic.List<string> FeatureTypes { get; set; }
    }

    public class StartDocumentAnalysisRequest
    {
        public System.Collections.Generic.List<string> FeatureTypes { get; set; }
    }

    public class DetectDocumentTextRequest
    {
        public Document Document { get; set; }
    }

    public class AnalyzeDocumentResponse { }
    public class DetectDocumentTextResponse { }
}

namespace Amazon.Comprehend
{
    public interface IAmazonComprehend
    {
        System.Threading.Tasks.Task<Model.DetectSentimentResponse> DetectSentimentAsync(Model.DetectSentimentRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.DetectEntitiesResponse> DetectEntitiesAsync(Model.DetectEntitiesRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.BatchDetectSentimentResponse> BatchDetectSentimentAsync(Model.BatchDetectSentimentRequest request, System.Threading.CancellationToken cancellationToken = default);
    }

    public class AmazonComprehendClient : IAmazonComprehend
    {
        public System.Threading.Tasks.Task<Model.DetectSentimentResponse> DetectSentimentAsync(Model.DetectSentimentRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.DetectEntitiesResponse> DetectEntitiesAsync(Model.DetectEntitiesRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.BatchDetectSentimentResponse> BatchDetectSentimentAsync(Model.BatchDetectSentimentRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
    }
}

namespace Amazon.Comprehend.Model
{
    public class DetectSentimentRequest
    {
        public string Text { get; set; }
        public string LanguageCode { get; set; }
    }

    public class DetectEntitiesRequest
    {
        public string Text { get; set; }
        public string LanguageCode { get; set; }
    }

    public class BatchDetectSentimentRequest
    {
        public System.Collections.Generic.List<string> TextList { get; set; }
        public string LanguageCode { get; set; }
    }

    public class DetectSentimentResponse { }
    public class DetectEntitiesResponse { }
    public class BatchDetectSentimentResponse { }
}

namespace Amazon.BedrockRuntime
{
    public interface IAmazonBedrockRuntime
    {
        System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, System.Threading.CancellationToken cancellationToken = default);
    }

    public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, System.Threading.CancellationToken cancellationToken = default) => null;
    }
}

namespace Amazon.BedrockRuntime.Model
{
    public class InvokeModelRequest
    {
        public string ModelId { get; set; }
        public System.IO.MemoryStream Body { get; set; }
    }

    public class ConverseRequest
    {
        public string ModelId { get; set; }
    }

    public class InvokeModelResponse { }
    public class ConverseResponse { }
}
