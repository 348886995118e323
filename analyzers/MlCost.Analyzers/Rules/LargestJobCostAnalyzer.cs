using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// MLC0012: the largest bill a training, processing or tuning job can run up — instances × hourly rate ×
    /// <c>MaxRuntimeInSeconds</c>, × <c>MaxNumberOfTrainingJobs</c> for tuning — the projection SageMaker users ask for at
    /// job creation. Info; a warning above <c>mlcost.max_job_usd</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LargestJobCostAnalyzer : DiagnosticAnalyzer
    {
        public const string LimitOption = "mlcost.max_job_usd";

        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.LargestJobCost,
            "The largest cost a SageMaker job can run up",
            "{0} can run {1}: {2}",
            DiagnosticSeverity.Info,
            "A job's runtime bound caps its bill: instances × hourly rate × MaxRuntimeInSeconds (× the number of training jobs for tuning). "
            + "Set mlcost.max_job_usd in .editorconfig to make jobs that could cost more a warning.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateTrainingJobRequest, (rule, request) =>
                Check(rule, request, "Training job", "ResourceConfig", "StoppingCondition.MaxRuntimeInSeconds", "Training", null));
            RequestRule.Register(context, types => types.CreateProcessingJobRequest, (rule, request) =>
                Check(rule, request, "Processing job", "ProcessingResources.ClusterConfig", "StoppingCondition.MaxRuntimeInSeconds", "Processing", null));
            RequestRule.Register(context, types => types.CreateHyperParameterTuningJobRequest, (rule, request) =>
                Check(rule, request, "Hyperparameter tuning", "TrainingJobDefinition.ResourceConfig", "TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds", "Training",
                    request.Constant("HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs") as int? ?? 0));
        }

        /// <param name="jobs">For tuning, the training jobs it may run in all (0: not known at compile time); null for one job.</param>
        private static void Check(RuleContext rule, Request request, string what, string resources, string runtimePath, string component, int? jobs)
        {
            // Without a constant bound there is no ceiling to state (MLC0003 reports a training job with none).
            if (!(request.Constant(runtimePath) is int seconds) || seconds <= 0) return;
            // Nor without a type known at compile time: there is no rate to multiply.
            var instance = request.InstanceType(resources + ".InstanceType");
            if (instance == null) return;
            var hours = seconds / 3600m;
            var count = request.Constant(resources + ".InstanceCount") is int n ? n : 1;
            var region = MlCostOptions.Region(rule.Options, request.Tree);
            var each = jobs == null ? "" : " each";
            var price = PriceTable.For(rule.Options).Instance(region, instance, component);
            var fleet = $"{count} × {instance}{(price == null ? CostText.Accelerated(instance) : "")}";
            var runs = (jobs is int total && total > 0 ? $"{total} training jobs of " : jobs == 0 ? "training jobs of " : "")
                       + $"{fleet} for up to {hours.ToString("#,##0.##", CultureInfo.InvariantCulture)} h{each} ({runtimePath.Substring(runtimePath.LastIndexOf('.') + 1)} = {seconds.ToString("#,##0", CultureInfo.InvariantCulture)})";
            if (price == null)
            {
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, what, runs, CostText.NoPrice(region, component, instance)));
                return;
            }
            var perJob = price.UsdPerHour * count * hours;
            if (jobs == 0)
            {
                // A tuning job without a constant MaxNumberOfTrainingJobs: the ceiling per training job.
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, what, runs,
                    $"at most {CostText.Money(perJob)} per training job at on-demand rates ({region}); set HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs to bound the whole"));
                return;
            }
            var ceiling = perJob * (jobs ?? 1);
            var limit = MlCostOptions.Decimal(rule.Options, request.Tree, LimitOption, 0m);
            var over = limit > 0 && ceiling > limit;
            var text = $"at most {CostText.Money(ceiling)} at on-demand rates ({CostText.PerHour(price.UsdPerHour)} each, {region})"
                       + (over ? $", over the {LimitOption} limit of {CostText.Money(limit)}" : "");
            rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, over ? DiagnosticSeverity.Warning : Rule.DefaultSeverity,
                null, null, what, runs, text));
        }
    }
}
