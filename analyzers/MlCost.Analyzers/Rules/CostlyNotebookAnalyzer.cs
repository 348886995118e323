using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0009: a notebook instance on a GPU or large instance, or with no lifecycle configuration to stop it when idle.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CostlyNotebookAnalyzer : DiagnosticAnalyzer
    {
        public const string ThresholdOption = "mlcost.MLC0009.max_hourly_usd";
        public const decimal DefaultThreshold = 0.5m;

        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.CostlyNotebook,
            "Costly or never-stopping notebook instance",
            "Notebook instance {0}: {1}",
            DiagnosticSeverity.Warning,
            "Notebook instances bill every hour they are running; GPU notebooks and notebooks without an idle-shutdown lifecycle configuration are the usual forgotten spend.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateNotebookInstanceRequest, (rule, request) =>
            {
                var instance = request.InstanceType("InstanceType");
                var tree = request.Tree;
                var region = MlCostOptions.Region(rule.Options, tree);
                var price = instance == null ? null : PriceTable.For(rule.Options).Instance(region, instance, "Notebook");
                var cost = price == null ? "" : $" ({CostText.PerHour(price.UsdPerHour)}, {CostText.Money(price.UsdPerHour * CostText.HoursPerMonth)} a month left running)";
                var threshold = MlCostOptions.Decimal(rule.Options, tree, ThresholdOption, DefaultThreshold);
                var where = request.Location;
                var what = instance == null ? "of a type known only at run time" : $"on {instance}{cost}";
                if (InstanceTypes.IsAccelerated(instance) || price?.UsdPerHour > threshold)
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, where, what,
                        InstanceTypes.IsAccelerated(instance) ? "a GPU notebook; develop on a small CPU instance and train with training jobs" : $"over the {CostText.PerHour(threshold)} threshold"));
                if (!request.Sets("LifecycleConfigName") || request.Constant("LifecycleConfigName") is string name && name.Length == 0)
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, where, what, "no LifecycleConfigName, so nothing stops it when idle"));
            });
        }
    }
}
