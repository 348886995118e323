using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// MLC0014: the <c>analyzer-prices.tsv</c> given to the analyzers as an additional file cannot be read, so the
    /// prices compiled into the analyzer are quoted instead. Said once per compilation, never an analyzer crash.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PriceFileAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.PriceFileUnreadable,
            "The price file given to MlCost's analyzers cannot be read",
            "{0}; MlCost's findings quote the prices compiled into the analyzer instead",
            DiagnosticSeverity.Warning,
            "analyzer-prices.tsv is written by MlCost's pricing core with every price cache; an edited or damaged copy is not read.",
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilation =>
            {
                if (PriceTable.ProblemWith(compilation.Options) is string problem)
                    compilation.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, problem));
            });
        }
    }
}
