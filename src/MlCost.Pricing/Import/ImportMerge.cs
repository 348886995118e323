using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>What an import did to a cache's prices.</summary>
public sealed record MergeSummary(int Added, int Replaced, int Removed);

/// <summary>
/// Merges imported prices into the cache they are imported into, price by price: a file with 3 prices replaces
/// those 3 (the same SKU under the same term) and keeps the rest of its service and region. With
/// <c>replace</c>, each imported service/region file replaces the whole file, and the summary counts what went.
/// </summary>
public static class ImportMerge
{
    public static (IReadOnlyList<PriceFileContents> Files, MergeSummary Summary) Merge(PriceCache? current, IReadOnlyList<PriceFileContents> imported, bool replace)
    {
        var files = new List<PriceFileContents>();
        int added = 0, replaced = 0, removed = 0;
        foreach (var file in imported)
        {
            var existing = current is not null && current.Entry(file.Service, file.Region) is not null ? current.Prices(file.Service, file.Region) : [];
            var incoming = file.Prices.Select(Key).ToHashSet(StringComparer.Ordinal);
            var before = existing.Select(Key).ToHashSet(StringComparer.Ordinal);
            var stays = replace ? [] : existing.Where(p => !incoming.Contains(Key(p))).ToList();
            replaced += incoming.Count(before.Contains);
            added += incoming.Count(k => !before.Contains(k));
            removed += replace ? before.Count(k => !incoming.Contains(k)) : 0;
            files.Add(file with { Prices = PriceOrder.Sort(stays.Concat(file.Prices)) });
        }
        return (files, new MergeSummary(added, replaced, removed));
    }

    /// <summary>What makes two records the same price: SKU, term and the term's attributes.</summary>
    private static string Key(PriceRecord p) =>
        $"{p.Sku}\n{p.TermType}\n{string.Join(';', p.TermAttributes.Select(a => $"{a.Key}={a.Value}"))}";
}
