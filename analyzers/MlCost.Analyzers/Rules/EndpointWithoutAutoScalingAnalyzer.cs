using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// MLC0005: endpoints are created but no Application Auto Scaling target is registered anywhere in the
    /// compilation, so every fleet stays at its initial size through quiet nights and weekends. When the method
    /// that creates the endpoint also builds its variants (instance type and initial count), the finding gives what
    /// that fleet costs a month around the clock.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointWithoutAutoScalingAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.EndpointWithoutAutoScaling,
            "Endpoint with no auto-scaling",
            "Endpoint created, but no auto-scaling target (RegisterScalableTargetRequest) is registered anywhere in this project: the fleet bills its initial size every hour, busy or idle{0}",
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
                var endpoints = new ConcurrentBag<(Location Location, string Fleet)>();
                var scaled = 0;
                start.RegisterSemanticModelAction(file =>
                {
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    var candidates = SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken);
                    foreach (var creation in candidates.CreationsNamed(types.CreateEndpointRequest.Name))
                        if (binding.Creates(creation, types.CreateEndpointRequest))
                            endpoints.Add((new Request(creation, binding).Location,
                                FleetCost.Describe(FleetCost.VariantsInMethod(creation, types, binding, candidates), file.Options, creation.SyntaxTree, "with no scaling")));
                    if (types.RegisterScalableTargetRequest == null || scaled == 1) return;
                    foreach (var creation in candidates.CreationsNamed(types.RegisterScalableTargetRequest.Name))
                        if (binding.Creates(creation, types.RegisterScalableTargetRequest)) Interlocked.Exchange(ref scaled, 1);
                });
                start.RegisterCompilationEndAction(end =>
                {
                    if (scaled == 1) return;
                    foreach (var (location, fleet) in endpoints) end.ReportDiagnostic(Diagnostic.Create(Rule, location, fleet));
                });
            });
        }
    }
}
