using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0007: endpoints or endpoint configurations created in a loop — one always-on endpoint per model.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointPerModelAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.EndpointPerModel,
            "One endpoint per model",
            "{0} created for each item of a collection: one always-on endpoint per model{1}; a multi-model endpoint serves many models from one fleet",
            DiagnosticSeverity.Warning,
            "Every real-time endpoint bills its instances every hour; models that share a container can share one multi-model endpoint.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            // Each endpoint's fleet, where the code builds it in the same place: the variants of the configuration itself,
            // or those built in the member that creates the endpoint.
            RequestRule.Register(context, types => types.CreateEndpointRequest, (rule, request) =>
            {
                if (!Loops.RunsPerItem(request.Creation)) return;
                var variants = FleetCost.VariantsInMethod(request.Creation, rule.Types, request.Binding, rule.Candidates);
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, "Endpoint", FleetCost.Describe(variants, rule.Options, request.Tree, "for each model")));
            });
            RequestRule.Register(context, types => types.CreateEndpointConfigRequest, (rule, request) =>
            {
                if (!Loops.RunsPerItem(request.Creation)) return;
                var variants = FleetCost.VariantsWithin(request.Creation, rule.Types, request.Binding);
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, "Endpoint configuration", FleetCost.Describe(variants, rule.Options, request.Tree, "for each model")));
            });
        }
    }
}
