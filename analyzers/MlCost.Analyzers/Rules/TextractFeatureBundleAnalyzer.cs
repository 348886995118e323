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
    /// <summary>
    /// MLC0008: Textract AnalyzeDocument (or its asynchronous StartDocumentAnalysis) with a feature bundle, priced against
    /// text detection (DetectDocumentText, StartDocumentTextDetection). A bundle the price data has no SKU for —
    /// FORMS+TABLES, the most common — is billed as its features' SKUs together, as AWS's pricing page quotes it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TextractFeatureBundleAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = RuleIdentifiers.Create(
            RuleIdentifiers.TextractFeatureBundle,
            "Textract AnalyzeDocument feature bundle",
            "{0} with {1}{2}: use {3} where plain text is enough",
            DiagnosticSeverity.Info,
            "Each Textract feature bundle is its own, dearer SKU; text-only extraction is far cheaper.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            RequestRule.Register(context, types => types.AnalyzeDocumentRequest, (rule, request) => Check(rule, request, "AnalyzeDocument", "DetectDocumentText"));
            RequestRule.Register(context, types => types.StartDocumentAnalysisRequest, (rule, request) => Check(rule, request, "StartDocumentAnalysis", "StartDocumentTextDetection"));
        }

        private static void Check(RuleContext rule, Request request, string operation, string textOperation)
        {
            if (!(request.Value("FeatureTypes") is { } list)) return;
            var features = Features(list, request.Binding, 0);
            if (features == null || features.Count == 0) return;
            features.Sort(System.StringComparer.Ordinal);
            var bundle = string.Join("+", features);
            var region = MlCostOptions.Region(rule.Options, request.Tree);
            var prices = PriceTable.For(rule.Options);
            var text = prices.Page(region, textOperation, "");
            var price = prices.Page(region, operation, bundle)?.UsdPerPage;
            var described = bundle;
            if (price == null && features.Count > 1)
            {
                // No SKU for the bundle: billed as each feature's SKU together (FORMS+TABLES is FORMS plus TABLES).
                var singles = features.Select(f => prices.Page(region, operation, f)).ToList();
                if (singles.All(p => p != null))
                {
                    price = singles.Sum(p => p.UsdPerPage);
                    described = $"{bundle} (billed as {string.Join(" plus ", features)}, each its own SKU)";
                }
            }
            // Never silent: without a price the finding says which is missing and how to get it.
            string cost;
            if (price == null || text == null)
                cost = $" (no {region} {(price == null ? $"{operation} {bundle}" : textOperation)} page price in MlCost's prices: {CostText.Refresh("textract", region)})";
            else
                cost = $" costs {CostText.Money(price.Value * 1000)} per 1,000 pages ({region}), "
                       + $"{(text.UsdPerPage == 0 ? "" : $"{price.Value / text.UsdPerPage:0.#}× ")}{textOperation}'s {CostText.Money(text.UsdPerPage * 1000)}";
            rule.ReportDiagnostic(Diagnostic.Create(Rule, request.Location, operation, described, cost, textOperation));
        }

        /// <summary>
        /// The feature names in a FeatureTypes list written out in the code (a collection initializer, with or
        /// without <c>new</c>, or a collection expression); null when they are not all constants.
        /// </summary>
        private static List<string> Features(ExpressionSyntax value, Binding binding, int depth)
        {
            IEnumerable<ExpressionSyntax> elements;
            switch (Expressions.Unwrap(value))
            {
                // A local or field holding the list, written once with an initializer and never changed: its initializer.
                case IdentifierNameSyntax name when depth < 2 && InitializedOnce(name) is ExpressionSyntax initial:
                    return Features(initial, binding, depth + 1);
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
            foreach (var written in elements)
            {
                // FeatureType.FORMS.Value is the constant's string.
                var element = written is MemberAccessExpressionSyntax { Name: { Identifier: { ValueText: "Value" } } } dotValue ? dotValue.Expression : written;
                var name = Expressions.Literal(element, out var literal) ? literal as string
                    : binding.Symbol(element) is IFieldSymbol field && !field.HasConstantValue && IsFeatureType(field.ContainingType) ? field.Name
                    : binding.Constant(element) as string;
                if (name == null) return null;
                features.Add(name.ToUpperInvariant());
            }
            return features.Distinct().ToList();
        }

        /// <summary>
        /// The initializer of the local (in the enclosing member) or field (in the enclosing type) of that name, when it is
        /// declared once and nothing assigns it again or calls a method on it (<c>Add</c>, <c>Clear</c>); null otherwise.
        /// </summary>
        private static ExpressionSyntax InitializedOnce(IdentifierNameSyntax name)
        {
            var text = name.Identifier.ValueText;
            foreach (var scope in new SyntaxNode[] { name.FirstAncestorOrSelf<MemberDeclarationSyntax>(), name.FirstAncestorOrSelf<TypeDeclarationSyntax>() })
            {
                if (scope == null) continue;
                var declared = scope.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Identifier.ValueText == text).ToList();
                if (declared.Count == 0) continue;
                if (declared.Count > 1 || declared[0].Initializer == null) return null;
                var type = name.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? scope;
                var changed = type.DescendantNodes().Any(n =>
                    n is AssignmentExpressionSyntax assignment && assignment.Left is IdentifierNameSyntax left && left.Identifier.ValueText == text
                    || n is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax member
                       && member.Expression is IdentifierNameSyntax receiver && receiver.Identifier.ValueText == text);
                return changed ? null : declared[0].Initializer.Value;
            }
            return null;
        }

        /// <summary>The SDK's constant class Amazon.Textract.FeatureType.</summary>
        private static bool IsFeatureType(INamedTypeSymbol type) =>
            type != null && type.Name == "FeatureType" && type.Arity == 0 && type.ContainingType == null
            && AwsSdkTypes.IsServiceNamespace(type.ContainingNamespace, "Textract");
    }
}
