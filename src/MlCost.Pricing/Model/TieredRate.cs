namespace MlCost.Pricing.Model;

/// <summary>
/// Exact cost of a monthly quantity across tiers: each tier bills the part of the quantity that falls
/// inside [Begin, End), never "the whole volume at the tier it lands in".
/// </summary>
public static class TieredRate
{
    /// <summary>The quantity billed in each tier, in tier order (zero where the quantity does not reach).</summary>
    public static IReadOnlyList<(PriceTier Tier, decimal Quantity)> Split(IReadOnlyList<PriceTier> tiers, decimal quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var parts = new (PriceTier, decimal)[tiers.Count];
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var top = tier.End is { } end ? Math.Min(end, quantity) : quantity;
            parts[i] = (tier, Math.Max(0m, top - tier.Begin));
        }
        return parts;
    }

    /// <summary>USD for <paramref name="quantity"/> units billed across <paramref name="tiers"/>.</summary>
    public static decimal Cost(IReadOnlyList<PriceTier> tiers, decimal quantity)
    {
        var total = 0m;
        foreach (var (tier, part) in Split(tiers, quantity))
            total += part * tier.UsdPerUnit;
        return total;
    }

    /// <summary>Checks that tiers start at zero and follow each other without gaps or overlaps.</summary>
    public static string? Problem(IReadOnlyList<PriceTier> tiers)
    {
        if (tiers.Count == 0) return "has no tiers";
        if (tiers[0].Begin != 0) return $"first tier begins at {tiers[0].Begin}, not 0";
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].UsdPerUnit < 0) return $"tier {i + 1} has a negative price";
            if (i < tiers.Count - 1 && tiers[i].End != tiers[i + 1].Begin)
                return $"tier {i + 1} ends at {tiers[i].End?.ToString() ?? "Inf"} but tier {i + 2} begins at {tiers[i + 1].Begin}";
        }
        return tiers[^1].End is null ? null : $"last tier ends at {tiers[^1].End} instead of Inf";
    }
}
