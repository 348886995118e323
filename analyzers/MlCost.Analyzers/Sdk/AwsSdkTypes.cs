using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The AWS SDK for .NET types the rules look for, found by full metadata name once per compilation (other
    /// vendors reuse the short names), once per compilation for all rules. Null when the compilation does not
    /// reference them: rules then do nothing.
    /// </summary>
    internal sealed class AwsSdkTypes
    {
        private static readonly ConditionalWeakTable<Compilation, AwsSdkTypes> Cache = new ConditionalWeakTable<Compilation, AwsSdkTypes>();

        /// <summary>The short names of the request types the rules read, for finding candidates by syntax.</summary>
        public static readonly HashSet<string> ShortNames = new HashSet<string>
        {
            "CreateTrainingJobRequest", "ProductionVariant", "AnalyzeDocumentRequest", "CreateNotebookInstanceRequest",
            "CreateHyperParameterTuningJobRequest", "DataCaptureConfig", "CreateEndpointRequest", "CreateEndpointConfigRequest",
            "RegisterScalableTargetRequest",
        };

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

        public static AwsSdkTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new AwsSdkTypes(c));
    }
}
