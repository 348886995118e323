using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// MLC0013: a Comprehend, Textract or Bedrock Runtime call made once per item of a collection where the service has
    /// a batch or asynchronous API for collections (<see cref="BatchAlternatives"/>), priced per 1,000 items where the
    /// price is known: Comprehend at its per-request minimum of 3 units, Textract per page.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AiServiceCallPerItemAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Comprehend bills every request (and every document of a batch) at least 3 units of 100 characters.</summary>
        public const int ComprehendMinimumUnits = 3;

        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.AiServiceCallPerItem,
            "AI-service call for each item of a collection",
            "{0} is called for each item of a collection{1}: {2} {3}",
            DiagnosticSeverity.Info,
            "Comprehend, Textract and Bedrock have batch or asynchronous APIs for collections: fewer calls, and for Bedrock half the token price.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var clients = AwsSdkTypes.For(start.Compilation).AiServiceClients;
                if (clients.Length == 0) return;
                bool IsClient(ITypeSymbol type) => type != null && clients.Any(c => SymbolEqualityComparer.Default.Equals(type, c));
                start.RegisterSemanticModelAction(file =>
                {
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    foreach (var call in SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken).AiServiceCalls)
                    {
                        if (!Loops.RunsPerItem(call) || !binding.CalledOn(call, IsClient)) continue;
                        var name = SdkCandidates.CalledName(call);
                        var alternative = BatchAlternatives.For(name);
                        var region = MlCostOptions.Region(file.Options, call.SyntaxTree);
                        file.ReportDiagnostic(Diagnostic.Create(Rule, call.GetLocation(),
                            name, Cost(alternative, region, PriceTable.For(file.Options)), alternative.Alternative, alternative.How));
                    }
                });
            });
        }

        /// <summary>" (at least $0.30 per 1,000 items, us-east-1, ...)", or the missing price and how to get it; empty for Bedrock (token counts are not in the code).</summary>
        private static string Cost(BatchAlternative alternative, string region, PriceTable prices)
        {
            switch (alternative.Service)
            {
                case "comprehend":
                    var unit = prices.Unit(region, alternative.Operation);
                    return unit == null
                        ? $" (no {region} {alternative.Operation} price in MlCost's prices: {CostText.Refresh("comprehend", region)})"
                        : $" (at least {CostText.Money(unit.UsdPerUnit * ComprehendMinimumUnits * 1000)} per 1,000 items in {region}: {ComprehendMinimumUnits} units of 100 characters at least, each)";
                case "textract" when alternative.Operation == "AnalyzeDocument":
                    return ""; // its page price depends on the features it asks for: MLC0008 prices them
                case "textract":
                    var page = prices.Page(region, alternative.Operation, "");
                    return page == null
                        ? $" (no {region} {alternative.Operation} page price in MlCost's prices: {CostText.Refresh("textract", region)})"
                        : $" ({CostText.Money(page.UsdPerPage * 1000)} per 1,000 pages in {region})";
                default:
                    return "";
            }
        }
    }
}
