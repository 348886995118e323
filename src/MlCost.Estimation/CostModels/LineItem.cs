using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>One line of an option's monthly cost: quantity × unit price = cost, and the price it used.</summary>
public sealed record LineItem(
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitPriceUsd,
    decimal CostUsd,
    string? Sku,
    string? RateCode,
    string Source,
    string? PublicationDate = null,
    string? Quality = null)
{
    /// <summary>A line priced at one tier (or the flat price) of a cached price.</summary>
    public static LineItem From(string description, decimal quantity, string unit, PriceRecord price, PriceTier tier) =>
        new(description, quantity, unit, tier.UsdPerUnit, quantity * tier.UsdPerUnit, price.Sku, tier.RateCode,
            price.Source, price.PublicationDate, price.Quality);

    /// <summary>A flat-priced line.</summary>
    public static LineItem Flat(string description, decimal quantity, string unit, PriceRecord price) =>
        From(description, quantity, unit, price, price.Tiers[0]);

    /// <summary>One line per tier the quantity reaches (at least one, so a zero volume still shows its price).</summary>
    public static IEnumerable<LineItem> Tiered(string description, decimal quantity, string unit, PriceRecord price)
    {
        if (price.IsFlat)
        {
            yield return Flat(description, quantity, unit, price);
            yield break;
        }
        var any = false;
        foreach (var (tier, part) in TieredRate.Split(price.Tiers, quantity))
        {
            if (part == 0 && any) continue;
            any = true;
            var range = tier.End is { } end ? $"{tier.Begin:#,##0}–{end:#,##0}" : $"over {tier.Begin:#,##0}";
            yield return From($"{description} (tier {range})", part, unit, price, tier);
        }
    }
}

/// <summary>An option priced at one volume: its line items (which sum to its monthly cost) and what it would cost otherwise.</summary>
public sealed record OptionCost(
    string Id,
    string Kind,
    decimal RequestsPerMonth,
    IReadOnlyList<LineItem> LineItems,
    IReadOnlyList<LineItem> Alternatives,
    IReadOnlyList<string> Notes)
{
    public decimal MonthlyCostUsd => LineItems.Sum(l => l.CostUsd);

    public decimal? CostPer1000RequestsUsd => RequestsPerMonth > 0 ? MonthlyCostUsd / RequestsPerMonth * 1000m : null;
}
