using Microsoft.CodeAnalysis;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The AWS SDK for .NET types the rules look for, found by full metadata name once per compilation (other
    /// vendors reuse the short names). Null when the compilation does not reference them: rules then do nothing.
    /// </summary>
    internal sealed class AwsSdkTypes
    {
        private AwsSdkTypes(Compilation compilation)
        {
            CreateTrainingJobRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateTrainingJobRequest");
            ProductionVariant = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.ProductionVariant");
            AnalyzeDocumentRequest = compilation.GetTypeByMetadataName("Amazon.Textract.Model.AnalyzeDocumentRequest");
            CreateNotebookInstanceRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateNotebookInstanceRequest");
            CreateHyperParameterTuningJobRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateHyperParameterTuningJobRequest");
            DataCaptureConfig = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.DataCaptureConfig");
            CreateEndpointRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateEndpointRequest");
            CreateEndpointConfigRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateEndpointConfigRequest");
            SageMakerRuntime = compilation.GetTypeByMetadataName("Amazon.SageMakerRuntime.IAmazonSageMakerRuntime");
            SageMakerRuntimeClient = compilation.GetTypeByMetadataName("Amazon.SageMakerRuntime.AmazonSageMakerRuntimeClient");
            RegisterScalableTargetRequest = compilation.GetTypeByMetadataName("Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest");
        }

        public INamedTypeSymbol RegisterScalableTargetRequest { get; }

        public INamedTypeSymbol CreateNotebookInstanceRequest { get; }

        public INamedTypeSymbol CreateHyperParameterTuningJobRequest { get; }

        public INamedTypeSymbol DataCaptureConfig { get; }

        public INamedTypeSymbol CreateEndpointRequest { get; }

        public INamedTypeSymbol CreateEndpointConfigRequest { get; }

        public INamedTypeSymbol SageMakerRuntime { get; }

        public INamedTypeSymbol SageMakerRuntimeClient { get; }

        public INamedTypeSymbol CreateTrainingJobRequest { get; }

        public INamedTypeSymbol ProductionVariant { get; }

        public INamedTypeSymbol AnalyzeDocumentRequest { get; }

        public static AwsSdkTypes For(Compilation compilation) => new AwsSdkTypes(compilation);
    }
}
