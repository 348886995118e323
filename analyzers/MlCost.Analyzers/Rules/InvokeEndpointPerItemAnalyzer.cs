using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
            "{0} is called for each item of a collection: Batch Transform (or async inference, which scales to zero) processes collections without keeping a real-time endpoint running",
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
                start.RegisterSemanticModelAction(file =>
                {
                    // Calls named InvokeEndpoint(Async) that run per item, by syntax; only those are bound.
                    foreach (var call in SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken).InvokeEndpointCalls)
                    {
                        if (!Loops.RunsPerItem(call) || !(file.SemanticModel.GetSymbolInfo(call, file.CancellationToken).Symbol is IMethodSymbol method)) continue;
                        var owner = method.ContainingType;
                        if (SymbolEqualityComparer.Default.Equals(owner, types.SageMakerRuntime) || SymbolEqualityComparer.Default.Equals(owner, types.SageMakerRuntimeClient))
                            file.ReportDiagnostic(Diagnostic.Create(Rule, call.GetLocation(), method.Name));
                    }
                });
            });
        }
    }
}
