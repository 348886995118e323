using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
                start.RegisterSyntaxNodeAction(action =>
                {
                    // The method name first, by syntax; only those calls are bound.
                    var called = (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax)action.Node;
                    var name = called.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText
                        : called.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple ? simple.Identifier.ValueText : null;
                    if (name != "InvokeEndpoint" && name != "InvokeEndpointAsync") return;
                    if (!(action.SemanticModel.GetOperation(called, action.CancellationToken) is IInvocationOperation invocation)) return;
                    var method = invocation.TargetMethod;
                    if (method.Name != "InvokeEndpoint" && method.Name != "InvokeEndpointAsync") return;
                    var owner = method.ContainingType;
                    if (!SymbolEqualityComparer.Default.Equals(owner, types.SageMakerRuntime) && !SymbolEqualityComparer.Default.Equals(owner, types.SageMakerRuntimeClient)) return;
                    if (Loops.RunsPerItem(invocation))
                        action.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), method.Name));
                }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
            });
        }
    }
}
