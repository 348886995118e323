using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0006: InvokeEndpoint called for each item of a collection, which Batch Transform or async inference handle without an always-on endpoint.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvokeEndpointPerItemAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.InvokeEndpointPerItem,
            "InvokeEndpoint for each item of a collection",
            "{0} is called for each item of a collection{1}: Batch Transform (or async inference, which scales to zero) processes collections without keeping a real-time endpoint running",
            DiagnosticSeverity.Info,
            "Real-time endpoints are sized and billed for interactive traffic; offline collections are cheaper in batch.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = AwsSdkTypes.For(start.Compilation);
                if (types.SageMakerRuntime == null && types.SageMakerRuntimeClient == null) return;
                bool IsRuntime(ITypeSymbol type) =>
                    type != null && (SymbolEqualityComparer.Default.Equals(type, types.SageMakerRuntime) || SymbolEqualityComparer.Default.Equals(type, types.SageMakerRuntimeClient));
                start.RegisterSemanticModelAction(file =>
                {
                    // Calls named InvokeEndpoint(Async) that run per item, by syntax; then what they are called on.
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    foreach (var call in SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken).InvokeEndpointCalls)
                    {
                        if (Loops.RunsPerItem(call) && binding.CalledOn(call, IsRuntime))
                            file.ReportDiagnostic(Diagnostic.Create(Rule, call.GetLocation(), SdkCandidates.CalledName(call), DataProcessed(file.Options, call.SyntaxTree)));
                    }
                });
            });
        }

        /// <summary>
        /// " (each call's payload and response are billed as data processed, $0.016 a GB in us-east-1, on top of the
        /// endpoint's hours)", or the missing price and how to get it. The payload's size is not in the code.
        /// </summary>
        private static string DataProcessed(AnalyzerOptions options, SyntaxTree tree)
        {
            var region = MlCostOptions.Region(options, tree);
            return PriceTable.For(options).DataProcessed(region) is decimal usd
                ? $" (each call's payload and response are billed as data processed, ${usd.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture)} a GB in {region}, on top of the endpoint's hours)"
                : $" (no {region} data-processed price in MlCost's prices: {CostText.Refresh("sagemaker", region)})";
        }
    }
}
