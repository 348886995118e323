using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0004: a real-time endpoint variant on a GPU instance, or costing more an hour than the threshold.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostlyEndpointVariantAnalyzer : DiagnosticAnalyzer
    {
        public const string ThresholdOption = "mlcost.MLC0004.max_hourly_usd";
        public const decimal DefaultThreshold = 2m;

        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.CostlyEndpointVariant,
            "Costly real-time endpoint variant",
            "Endpoint variant runs {0} × {1} around the clock: {2} = {3}/month (730 h){4}",
            DiagnosticSeverity.Warning,
            "Real-time endpoints bill every hour whether or not they serve requests; GPU instances and large fleets should be a deliberate choice.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.ProductionVariant, (rule, request) =>
            {
                if (request.InstanceType("InstanceType") is not { } instance) return;
                var count = request.Constant("InitialInstanceCount") is int n ? n : 1;
                var tree = request.Tree;
                var region = MlCostOptions.Region(rule.Options, tree);
                var threshold = MlCostOptions.Decimal(rule.Options, tree, ThresholdOption, DefaultThreshold);
                var price = PriceTable.For(rule.Options).Instance(region, instance, "Hosting");
                var gpu = InstanceTypes.IsAccelerated(instance);
                var hourly = price == null ? (decimal?)null : price.UsdPerHour * count;
                if (!gpu && !(hourly > threshold)) return;
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location,
                    count, instance,
                    hourly is { } h ? CostText.PerHour(h) : CostText.NoPrice(region, "Hosting", instance),
                    hourly is { } m ? CostText.Money(m * CostText.HoursPerMonth) : "unknown",
                    gpu ? " on a GPU/accelerator instance; consider serverless, async (scales to zero) or a CPU instance" : $", over the {CostText.PerHour(threshold)} threshold"));
            });
        }
    }
}
