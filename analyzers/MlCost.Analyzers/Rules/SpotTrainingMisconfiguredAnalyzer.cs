using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0002: managed spot training set up so that it fails, or restarts from scratch on every interruption.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpotTrainingMisconfiguredAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.SpotTrainingMisconfigured,
            "Managed spot training set up wrong",
            "Managed spot training {0}",
            DiagnosticSeverity.Warning,
            "Spot training needs MaxWaitTimeInSeconds at least MaxRuntimeInSeconds, and checkpoints for runs longer than an hour so an interruption does not restart the job.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateTrainingJobRequest, (rule, request) =>
            {
                if (!(request.Constant("EnableManagedSpotTraining") is true)) return;
                var runtime = request.Constant("StoppingCondition.MaxRuntimeInSeconds") as int?;
                var wait = request.Constant("StoppingCondition.MaxWaitTimeInSeconds") as int?;
                var where = request.Location;
                if (!request.Sets("StoppingCondition.MaxWaitTimeInSeconds"))
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, where, "sets no StoppingCondition.MaxWaitTimeInSeconds: SageMaker refuses the job (it must be at least MaxRuntimeInSeconds)"));
                else if (wait < runtime)
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, where, $"waits {wait} s in all, less than its {runtime} s runtime bound: SageMaker refuses the job"));
                if (runtime > 3600 && !request.Sets("CheckpointConfig"))
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, where, $"has no CheckpointConfig for a run of up to {runtime / 3600.0:0.#} h: every interruption restarts it from the beginning, paying again for the hours already run"));
            });
        }
    }
}
