using System.Collections.Generic;
using System.Linq;
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
            "RegisterScalableTargetRequest", "StartDocumentAnalysisRequest", "CreateProcessingJobRequest",
        };

        private AwsSdkTypes(Compilation compilation)
        {
            if (compilation == null) return;
            CreateTrainingJobRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateTrainingJobRequest");
            ProductionVariant = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.ProductionVariant");
            AnalyzeDocumentRequest = compilation.GetTypeByMetadataName("Amazon.Textract.Model.AnalyzeDocumentRequest");
            StartDocumentAnalysisRequest = compilation.GetTypeByMetadataName("Amazon.Textract.Model.StartDocumentAnalysisRequest");
            CreateNotebookInstanceRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateNotebookInstanceRequest");
            CreateHyperParameterTuningJobRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateHyperParameterTuningJobRequest");
            CreateProcessingJobRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateProcessingJobRequest");
            DataCaptureConfig = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.DataCaptureConfig");
            CreateEndpointRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateEndpointRequest");
            CreateEndpointConfigRequest = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.CreateEndpointConfigRequest");
            SageMakerRuntime = compilation.GetTypeByMetadataName("Amazon.SageMakerRuntime.IAmazonSageMakerRuntime");
            SageMakerRuntimeClient = compilation.GetTypeByMetadataName("Amazon.SageMakerRuntime.AmazonSageMakerRuntimeClient");
            RegisterScalableTargetRequest = compilation.GetTypeByMetadataName("Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest");
            AiServiceClients = new[]
            {
                "Amazon.Comprehend.IAmazonComprehend", "Amazon.Comprehend.AmazonComprehendClient",
                "Amazon.Textract.IAmazonTextract", "Amazon.Textract.AmazonTextractClient",
                "Amazon.BedrockRuntime.IAmazonBedrockRuntime", "Amazon.BedrockRuntime.AmazonBedrockRuntimeClient",
            }.Select(compilation.GetTypeByMetadataName).Where(t => t != null).ToArray();
        }

        public INamedTypeSymbol RegisterScalableTargetRequest { get; }

        /// <summary>The Comprehend, Textract and Bedrock Runtime client types (interface and class) the compilation references.</summary>
        public INamedTypeSymbol[] AiServiceClients { get; } = new INamedTypeSymbol[0];

        public INamedTypeSymbol CreateNotebookInstanceRequest { get; }

        public INamedTypeSymbol CreateHyperParameterTuningJobRequest { get; }

        public INamedTypeSymbol CreateProcessingJobRequest { get; }

        public INamedTypeSymbol DataCaptureConfig { get; }

        public INamedTypeSymbol CreateEndpointRequest { get; }

        public INamedTypeSymbol CreateEndpointConfigRequest { get; }

        public INamedTypeSymbol SageMakerRuntime { get; }

        public INamedTypeSymbol SageMakerRuntimeClient { get; }

        public INamedTypeSymbol CreateTrainingJobRequest { get; }

        public INamedTypeSymbol ProductionVariant { get; }

        public INamedTypeSymbol AnalyzeDocumentRequest { get; }

        public INamedTypeSymbol StartDocumentAnalysisRequest { get; }

        /// <summary>
        /// Whether a namespace is the SDK's namespace of a service (<c>Amazon.SageMaker</c> for "SageMaker"), told by
        /// the names alone: no display string is built, as rules ask this for every constant they read.
        /// </summary>
        public static bool IsServiceNamespace(INamespaceSymbol space, string service) =>
            space != null && space.Name == service
            && space.ContainingNamespace is INamespaceSymbol amazon && amazon.Name == "Amazon"
            && amazon.ContainingNamespace != null && amazon.ContainingNamespace.IsGlobalNamespace;

        public static AwsSdkTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new AwsSdkTypes(MayUseTheSdk(c) ? c : null));

        /// <summary>
        /// Whether looking the types up is worth it: the compilation references an AWSSDK.* assembly or the SDK shapes
        /// `mlcost scan` compiles against (MlCost.AwsSdkShapes), or declares an <c>Amazon</c> namespace itself (SDK
        /// stubs). A name is looked up in every reference, so when none holds, as in most projects, this check is
        /// what spares them the lookups.
        /// </summary>
        private static bool MayUseTheSdk(Compilation compilation)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
                if (assembly.Name.StartsWith("AWSSDK.", System.StringComparison.OrdinalIgnoreCase) || assembly.Name == "MlCost.AwsSdkShapes") return true;
            return compilation.ContainsSymbolsWithName("Amazon", SymbolFilter.Namespace);
        }
    }
}
