using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>.editorconfig options: <c>mlcost.region</c> (default us-east-1) and per-rule thresholds.</summary>
    internal static class MlCostOptions
    {
        public static string Region(AnalyzerOptions options, SyntaxTree tree) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("mlcost.region", out var region) && !string.IsNullOrWhiteSpace(region)
                ? region.Trim()
                : Prices.PriceTable.DefaultRegion;

        public static decimal Decimal(AnalyzerOptions options, SyntaxTree tree, string key, decimal fallback) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : fallback;
    }
}
