using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

public enum PriceChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One tier price that appeared, disappeared or moved between two caches.</summary>
public sealed record PriceChange(
    PriceChangeKind Kind, string Service, string Region, string Name, string RateCode, string Unit, string TermType,
    decimal? OldUsd, decimal? NewUsd)
{
    /// <summary>Relative change in percent; null when either side is missing or the old price is zero.</summary>
    public decimal? Percent => OldUsd is { } old && NewUsd is { } now && old != 0 ? (now - old) / old * 100 : null;
}

/// <summary>What moved between two caches, price by price (each tier, by its rate code), for "what changed since last month".</summary>
public static class CacheDiff
{
    public static IReadOnlyList<PriceChange> Between(PriceCache old, PriceCache now)
    {
        var before = Tiers(old);
        var after = Tiers(now);
        var changes = new List<PriceChange>();
        foreach (var (key, (price, tier)) in after)
        {
            if (!before.TryGetValue(key, out var previous))
                changes.Add(Change(PriceChangeKind.Added, price, tier, null, tier.UsdPerUnit));
            else if (previous.Tier.UsdPerUnit != tier.UsdPerUnit)
                changes.Add(Change(PriceChangeKind.Changed, price, tier, previous.Tier.UsdPerUnit, tier.UsdPerUnit));
        }
        foreach (var (key, (price, tier)) in before)
            if (!after.ContainsKey(key)) changes.Add(Change(PriceChangeKind.Removed, price, tier, tier.UsdPerUnit, null));
        return changes.OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Region, StringComparer.Ordinal)
            .ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.RateCode, StringComparer.Ordinal).ToList();
    }

    private static PriceChange Change(PriceChangeKind kind, PriceRecord price, PriceTier tier, decimal? old, decimal? now) =>
        new(kind, Service.Find(price.Service)?.ShortName ?? price.Service, price.Region, PriceNames.Describe(price), tier.RateCode, price.Unit, price.TermType, old, now);

    private static Dictionary<string, (PriceRecord Price, PriceTier Tier)> Tiers(PriceCache cache)
    {
        var tiers = new Dictionary<string, (PriceRecord, PriceTier)>(StringComparer.Ordinal);
        foreach (var entry in cache.Manifest.Files)
        {
            var service = Service.Find(entry.Service);
            if (service is null) continue;
            foreach (var price in cache.Prices(entry))
                foreach (var tier in price.Tiers)
                    tiers[$"{price.Service}|{price.Region}|{price.Sku}|{price.TermType}|{string.Join(";", price.TermAttributes)}|{tier.RateCode}"] = (price, tier);
        }
        return tiers;
    }
}
