using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0001: a training job on on-demand capacity, when managed spot training would cost a fraction.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OnDemandTrainingAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.OnDemandTraining,
            "Training job on on-demand capacity",
            "Training job runs on on-demand capacity: {0}; managed spot training typically saves {1} — set EnableManagedSpotTraining = true",
            DiagnosticSeverity.Warning,
            "CreateTrainingJobRequest without EnableManagedSpotTraining = true pays the on-demand rate for every training hour.");

        public const string SpotSavings = "60–90%";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateTrainingJobRequest, (rule, request) =>
            {
                if (request.Constant("EnableManagedSpotTraining") is true) return;
                var region = MlCostOptions.Region(rule.Options, request.Tree);
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, TrainingCost.Describe(request, "ResourceConfig", region, PriceTable.For(rule.Options)), SpotSavings));
            });
        }
    }

    /// <summary>"2 × ml.p3.2xlarge at $3.825/h on-demand (us-east-1)", or what is not known and how to get it.</summary>
    internal static class TrainingCost
    {
        public static string Describe(Request request, string resourceConfig, string region, PriceTable prices)
        {
            var instance = request.InstanceType(resourceConfig + ".InstanceType");
            var count = request.Constant(resourceConfig + ".InstanceCount") is int n ? n : 1;
            if (instance == null) return $"{count} instance(s) of a type known only at run time";
            var price = prices.Instance(region, instance, "Training");
            return price == null
                ? $"{count} × {instance}{CostText.Accelerated(instance)} ({CostText.NoPrice(region, "Training", instance)})"
                : $"{count} × {instance} at {CostText.PerHour(price.UsdPerHour)} on-demand ({region}), {CostText.PerHour(price.UsdPerHour * count)} in all";
        }
    }
}
