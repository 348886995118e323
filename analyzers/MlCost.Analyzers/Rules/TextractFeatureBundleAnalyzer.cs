using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>MLC0008: Textract AnalyzeDocument with a feature bundle, priced against DetectDocumentText.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TextractFeatureBundleAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.TextractFeatureBundle,
            "Textract AnalyzeDocument feature bundle",
            "AnalyzeDocument with {0} costs {1} per 1,000 pages ({2}), {3} DetectDocumentText's {4}: use DetectDocumentText where plain text is enough",
            DiagnosticSeverity.Info,
            "Each Textract feature bundle is its own, dearer SKU; text-only extraction is far cheaper.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.AnalyzeDocumentRequest, (rule, creation, properties) =>
            {
                if (!properties.TryGetValue("FeatureTypes", out var list)) return;
                var features = Features(list);
                if (features == null || features.Count == 0) return;
                var bundle = string.Join("+", features.OrderBy(f => f, System.StringComparer.Ordinal));
                var region = MlCostOptions.Region(rule.Options, creation.Syntax.SyntaxTree);
                var price = PriceTable.Pages(region, "AnalyzeDocument", bundle);
                var text = PriceTable.Pages(region, "DetectDocumentText", "");
                if (price == null || text == null) return;
                var times = text.UsdPerPage == 0 ? "" : $"{price.UsdPerPage / text.UsdPerPage:0.#}×";
                rule.ReportDiagnostic(Diagnostic.Create(Rule, RequestRule.Where(creation),
                    bundle, CostText.Money(price.UsdPerPage * 1000), region, times, CostText.Money(text.UsdPerPage * 1000)));
            });
        }

        /// <summary>The feature names in a FeatureTypes list built with a collection initializer; null when they are not all constants.</summary>
        private static List<string> Features(IOperation value)
        {
            var features = new List<string>();
            var unwrapped = RequestProperties.Unwrap(value);
            var initializer = unwrapped is IObjectCreationOperation creation ? creation.Initializer : unwrapped as IObjectOrCollectionInitializerOperation;
            if (initializer == null) return null;
            foreach (var add in initializer.Initializers.OfType<IInvocationOperation>())
            {
                if (add.Arguments.Length != 1) return null;
                var argument = RequestProperties.Unwrap(add.Arguments[0].Value);
                var name = argument.ConstantValue.HasValue ? argument.ConstantValue.Value as string
                    : argument is IFieldReferenceOperation field && field.Field.ContainingType?.ToDisplayString() == "Amazon.Textract.FeatureType" ? field.Field.Name
                    : null;
                if (name == null) return null;
                features.Add(name.ToUpperInvariant());
            }
            return features.Distinct().ToList();
        }
    }
}
