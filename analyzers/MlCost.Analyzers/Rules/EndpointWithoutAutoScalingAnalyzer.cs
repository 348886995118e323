using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

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
                var types = AwsSdkTypes.For(start.Compilation);
                if (types.CreateEndpointRequest == null) return;
                var endpoints = new ConcurrentBag<Location>();
                var scaled = 0;
                start.RegisterSemanticModelAction(file =>
                {
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    var candidates = SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken);
                    foreach (var creation in candidates.CreationsNamed(types.CreateEndpointRequest.Name))
                        if (binding.Creates(creation, types.CreateEndpointRequest)) endpoints.Add(new Request(creation, binding).Location);
                    if (types.RegisterScalableTargetRequest == null || scaled == 1) return;
                    foreach (var creation in candidates.CreationsNamed(types.RegisterScalableTargetRequest.Name))
                        if (binding.Creates(creation, types.RegisterScalableTargetRequest)) Interlocked.Exchange(ref scaled, 1);
                });
                start.RegisterCompilationEndAction(end =>
                {
                    if (scaled == 1) return;
                    foreach (var location in endpoints) end.ReportDiagnostic(Diagnostic.Create(Rule, location));
                });
            });
        }
    }
}
