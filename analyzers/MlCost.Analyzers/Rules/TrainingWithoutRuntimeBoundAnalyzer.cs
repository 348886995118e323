using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0003: a training job with no explicit runtime bound, so a hung job bills until SageMaker's default limit.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TrainingWithoutRuntimeBoundAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.TrainingWithoutRuntimeBound,
            "Training job without an explicit runtime bound",
            "Training job sets no StoppingCondition.MaxRuntimeInSeconds: {0} keeps billing until SageMaker's default limit if the job hangs",
            DiagnosticSeverity.Warning,
            "A training job should say how long it may run, so that a stuck job stops billing.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.CreateTrainingJobRequest, (rule, request) =>
            {
                // Set to anything but null (a constant or a value known at run time) is a bound.
                if (request.Value("StoppingCondition.MaxRuntimeInSeconds") is { } runtime && !request.Binding.IsNull(runtime)) return;
                var region = MlCostOptions.Region(rule.Options, request.Tree);
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, TrainingCost.Describe(request, "ResourceConfig", region, PriceTable.For(rule.Options))));
            });
        }
    }
}
