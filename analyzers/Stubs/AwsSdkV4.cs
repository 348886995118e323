// Stubs with the metadata names and shapes of the AWS SDK for .NET v4 (nullable values, collections null by default).
// The analyzer tests derive the v3 shape from this file (plain bool and int values); keep value types written as "bool? " and "int? ".
namespace Amazon.Runtime
{
    public class ConstantClass
    {
        protected ConstantClass(string value) => Value = value;
        public string Value { get; }
        public static implicit operator string(ConstantClass value) => value?.Value;
        public override string ToString() => Value;
    }
}

namespace Amazon.SageMaker
{
    public class TrainingInstanceType : Amazon.Runtime.ConstantClass
    {
        public static readonly TrainingInstanceType MlP32xlarge = new TrainingInstanceType("ml.p3.2xlarge");
        public static readonly TrainingInstanceType MlM5Large = new TrainingInstanceType("ml.m5.large");
        public static readonly TrainingInstanceType MlG52xlarge = new TrainingInstanceType("ml.g5.2xlarge");
        public TrainingInstanceType(string value) : base(value) { }
        public static TrainingInstanceType FindValue(string value) => new TrainingInstanceType(value);
        public static implicit operator TrainingInstanceType(string value) => FindValue(value);
    }

    public class InstanceType : Amazon.Runtime.ConstantClass
    {
        public static readonly InstanceType MlT3Medium = new InstanceType("ml.t3.medium");
        public static readonly InstanceType MlG4dnXlarge = new InstanceType("ml.g4dn.xlarge");
        public static readonly InstanceType MlP32xlarge = new InstanceType("ml.p3.2xlarge");
        public InstanceType(string value) : base(value) { }
        public static InstanceType FindValue(string value) => new InstanceType(value);
        public static implicit operator InstanceType(string value) => FindValue(value);
    }

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

    public class ProductionVariantInstanceType : Amazon.Runtime.ConstantClass
    {
        public static readonly ProductionVariantInstanceType MlG4dnXlarge = new ProductionVariantInstanceType("ml.g4dn.xlarge");
        public static readonly ProductionVariantInstanceType MlM5Large = new ProductionVariantInstanceType("ml.m5.large");
        public static readonly ProductionVariantInstanceType MlC5Xlarge = new ProductionVariantInstanceType("ml.c5.xlarge");
        public ProductionVariantInstanceType(string value) : base(value) { }
        public static ProductionVariantInstanceType FindValue(string value) => new ProductionVariantInstanceType(value);
        public static implicit operator ProductionVariantInstanceType(string value) => FindValue(value);
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

namespace Amazon.ApplicationAutoScaling
{
    public class ServiceNamespace : Amazon.Runtime.ConstantClass
    {
        public static readonly ServiceNamespace Sagemaker = new ServiceNamespace("sagemaker");
        public ServiceNamespace(string value) : base(value) { }
    }

    public class ScalableDimension : Amazon.Runtime.ConstantClass
    {
        public static readonly ScalableDimension SagemakerVariantDesiredInstanceCount = new ScalableDimension("sagemaker:variant:DesiredInstanceCount");
        public ScalableDimension(string value) : base(value) { }
    }
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
    public class FeatureType : Amazon.Runtime.ConstantClass
    {
        public static readonly FeatureType FORMS = new FeatureType("FORMS");
        public static readonly FeatureType TABLES = new FeatureType("TABLES");
        public static readonly FeatureType QUERIES = new FeatureType("QUERIES");
        public FeatureType(string value) : base(value) { }
    }
}

namespace Amazon.Textract.Model
{
    public class AnalyzeDocumentRequest
    {
        public System.Collections.Generic.List<string> FeatureTypes { get; set; }
    }

    public class StartDocumentAnalysisRequest
    {
        public System.Collections.Generic.List<string> FeatureTypes { get; set; }
    }
}
