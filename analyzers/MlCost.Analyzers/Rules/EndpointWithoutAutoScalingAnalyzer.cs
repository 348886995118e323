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
                            endpoints.Add((new Request(creation, binding).Location, Fleet(creation, types, binding, candidates, file.Options)));
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

        /// <summary>
        /// "; 3 × ml.m5.xlarge around the clock: $503.70/month with no scaling", from the variants built in the same
        /// method as the endpoint (each variant's instance type and initial count); empty when the method builds none
        /// or a variant's type is known only at run time. A type without a price in the cache is named as such.
        /// </summary>
        private static string Fleet(BaseObjectCreationExpressionSyntax endpoint, AwsSdkTypes types, Binding binding, SdkCandidates candidates,
            AnalyzerOptions options)
        {
            if (types.ProductionVariant == null) return "";
            var method = endpoint.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            var variants = candidates.CreationsNamed(types.ProductionVariant.Name)
                .Where(v => v.FirstAncestorOrSelf<MemberDeclarationSyntax>() == method && binding.Creates(v, types.ProductionVariant))
                .Select(v => new Request(v, binding)).ToList();
            if (variants.Count == 0) return "";
            var region = MlCostOptions.Region(options, endpoint.SyntaxTree);
            var parts = variants.Select(v => (Type: v.InstanceType("InstanceType"), Count: v.Constant("InitialInstanceCount") is int n ? n : 1)).ToList();
            if (parts.Any(p => p.Type == null)) return "";
            var fleet = string.Join(" + ", parts.Select(p => $"{p.Count} × {p.Type}"));
            var prices = parts.Select(p => (p.Count, Price: PriceTable.Instance(region, p.Type, "Hosting"))).ToList();
            var missing = parts.Where((p, i) => prices[i].Price == null).Select(p => p.Type).Distinct().ToList();
            return missing.Count > 0
                ? $"; {fleet} around the clock (no {region} Hosting price in MlCost's cache for {string.Join(", ", missing)}: `mlcost prices refresh --services sagemaker --regions {region}`)"
                : $"; {fleet} around the clock: {CostText.Money(prices.Sum(p => p.Count * p.Price.UsdPerHour) * CostText.HoursPerMonth)}/month with no scaling";
        }
    }
}
