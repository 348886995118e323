using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0010: hyperparameter tuning whose training jobs run on on-demand capacity, many at once.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OnDemandTuningAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.OnDemandTuning,
            "Hyperparameter tuning without managed spot",
            "Hyperparameter tuning runs up to {0} training job(s) at once on on-demand capacity: {1} — set TrainingJobDefinition.EnableManagedSpotTraining = true",
            DiagnosticSeverity.Warning,
            "Tuning jobs run many short, interruptible training jobs: the kind managed spot training suits best.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateHyperParameterTuningJobRequest, (rule, request) =>
            {
                if (request.Constant("TrainingJobDefinition.EnableManagedSpotTraining") is true) return;
                var parallel = request.Constant("HyperParameterTuningJobConfig.ResourceLimits.MaxParallelTrainingJobs") is int p ? p : 1;
                var instance = request.InstanceType("TrainingJobDefinition.ResourceConfig.InstanceType");
                var count = request.Constant("TrainingJobDefinition.ResourceConfig.InstanceCount") is int n ? n : 1;
                var region = MlCostOptions.Region(rule.Options, request.Tree);
                var price = instance == null ? null : PriceTable.For(rule.Options).Instance(region, instance, "Training");
                var cost = instance == null ? "instance type known only at run time"
                    : price == null ? $"{count} × {instance} per job{CostText.Accelerated(instance)} ({CostText.NoPrice(region, "Training", instance)})"
                    : $"{parallel} × {count} × {instance} at {CostText.PerHour(price.UsdPerHour)} = {CostText.PerHour(price.UsdPerHour * count * parallel)} while tuning ({region})";
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, parallel, cost));
            });
        }
    }
}
