using System.Globalization;

namespace MlCost.Pricing.PriceList;

/// <summary>Numbers as the Price List writes them: strings such as "0.0400000000", "34800" or "Inf".</summary>
internal static class PriceNumber
{
    public static decimal? Parse(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An end of range: "Inf" (or empty) is unbounded, returned as null.</summary>
    public static bool TryParseEnd(string text, out decimal? end)
    {
        end = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Equals("Inf", StringComparison.OrdinalIgnoreCase)) return true;
        end = Parse(trimmed);
        return end is not null;
    }
}
