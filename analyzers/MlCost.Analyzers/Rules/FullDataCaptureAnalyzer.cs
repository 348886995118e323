using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0011: endpoint data capture sampling every request.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FullDataCaptureAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.FullDataCapture,
            "Endpoint data capture at 100% sampling",
            "Data capture samples 100% of requests: every request and response is written to S3, so storage and request costs grow with all traffic — sample a fraction (InitialSamplingPercentage)",
            DiagnosticSeverity.Warning,
            "Model monitoring rarely needs every request; a sample keeps capture costs proportionate.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.DataCaptureConfig, (rule, request) =>
            {
                if (request.Constant("EnableCapture") is true && request.Constant("InitialSamplingPercentage") is 100)
                    rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location));
            });
        }
    }
}
