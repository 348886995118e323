using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>The one order records are stored in, so the same prices always give the same bytes.</summary>
internal static class PriceOrder
{
    public static IReadOnlyList<PriceRecord> Sort(IEnumerable<PriceRecord> records) =>
        records.OrderBy(r => r.Sku, StringComparer.Ordinal)
            .ThenBy(r => r.TermType, StringComparer.Ordinal)
            .ThenBy(r => string.Join(';', r.TermAttributes.Select(a => $"{a.Key}={a.Value}")), StringComparer.Ordinal)
            .ThenBy(r => r.Tiers[0].RateCode, StringComparer.Ordinal)
            .ThenBy(r => r.Source, StringComparer.Ordinal)
            .ToList();
}
