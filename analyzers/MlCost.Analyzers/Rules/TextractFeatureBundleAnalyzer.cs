using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
            RequestRule.Register(context, types => types.AnalyzeDocumentRequest, (rule, request) =>
            {
                if (!(request.Value("FeatureTypes") is { } list)) return;
                var features = Features(list, request.Binding);
                if (features == null || features.Count == 0) return;
                var bundle = string.Join("+", features.OrderBy(f => f, System.StringComparer.Ordinal));
                var region = MlCostOptions.Region(rule.Options, request.Tree);
                var price = PriceTable.Pages(region, "AnalyzeDocument", bundle);
                var text = PriceTable.Pages(region, "DetectDocumentText", "");
                if (price == null || text == null) return;
                var times = text.UsdPerPage == 0 ? "" : $"{price.UsdPerPage / text.UsdPerPage:0.#}×";
                rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location,
                    bundle, CostText.Money(price.UsdPerPage * 1000), region, times, CostText.Money(text.UsdPerPage * 1000)));
            });
        }

        /// <summary>
        /// The feature names in a FeatureTypes list written out in the code (a collection initializer, with or
        /// without <c>new</c>, or a collection expression); null when they are not all constants.
        /// </summary>
        private static List<string> Features(ExpressionSyntax value, Binding binding)
        {
            IEnumerable<ExpressionSyntax> elements;
            switch (Expressions.Unwrap(value))
            {
                case BaseObjectCreationExpressionSyntax creation when creation.Initializer != null && creation.Initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    elements = creation.Initializer.Expressions;
                    break;
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    elements = initializer.Expressions;
                    break;
                case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax):
                    elements = collection.Elements.Select(e => ((ExpressionElementSyntax)e).Expression);
                    break;
                default:
                    return null;
            }
            var features = new List<string>();
            foreach (var element in elements)
            {
                var name = Expressions.Literal(element, out var literal) ? literal as string
                    : binding.Symbol(element) is IFieldSymbol field && !field.HasConstantValue && IsFeatureType(field.ContainingType) ? field.Name
                    : binding.Constant(element) as string;
                if (name == null) return null;
                features.Add(name.ToUpperInvariant());
            }
            return features.Distinct().ToList();
        }

        /// <summary>The SDK's constant class Amazon.Textract.FeatureType.</summary>
        private static bool IsFeatureType(INamedTypeSymbol type) =>
            type != null && type.Name == "FeatureType" && type.Arity == 0 && type.ContainingType == null
            && AwsSdkTypes.IsServiceNamespace(type.ContainingNamespace, "Textract");
    }
}
