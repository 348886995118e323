using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// MLC0005: endpoints are created but no Application Auto Scaling target is registered anywhere in the
    /// compilation, so every fleet stays at its initial size through quiet nights and weekends.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointWithoutAutoScalingAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.EndpointWithoutAutoScaling,
            "Endpoint with no auto-scaling",
            "Endpoint created, but no auto-scaling target (RegisterScalableTargetRequest) is registered anywhere in this project: the fleet bills its initial size every hour, busy or idle",
            DiagnosticSeverity.Warning,
            "Registering the variant's DesiredInstanceCount with Application Auto Scaling lets quiet hours run fewer instances.",
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = Sdk.AwsSdkTypes.For(start.Compilation);
                if (types.CreateEndpointRequest == null) return;
                var endpoints = new ConcurrentBag<Location>();
                var scaled = 0;
                start.RegisterSyntaxNodeAction(node =>
                {
                    if (RequestRule.Creation(node, types.CreateEndpointRequest) is { } endpoint)
                        endpoints.Add(RequestRule.Where(endpoint));
                    else if (types.RegisterScalableTargetRequest != null && RequestRule.Creation(node, types.RegisterScalableTargetRequest) != null)
                        System.Threading.Interlocked.Exchange(ref scaled, 1);
                }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression);
                start.RegisterCompilationEndAction(end =>
                {
                    if (scaled == 1) return;
                    foreach (var location in endpoints) end.ReportDiagnostic(Diagnostic.Create(Rule, location));
                });
            });
        }
    }
}
