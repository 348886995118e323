namespace MlCost.Estimation.Components;

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
    string? Quality = null);

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
