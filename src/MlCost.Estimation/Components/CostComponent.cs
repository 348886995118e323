using MlCost.Pricing.Model;

namespace MlCost.Estimation.Components;

/// <summary>
/// One thing an option is billed for: a quantity (an expression over the inputs) at a unit price (an expression
/// over a cached rate), and the price it reads. It becomes a line item in the engine and a formula row in the
/// workbook; quantity × unit price is its cost in both.
/// </summary>
/// <param name="Description">The line item's text, with the priced values filled in.</param>
/// <param name="Name">The same line in words, without values, for the workbook (whose cells hold the values).</param>
/// <param name="Price">The cached price the unit price reads (SKU, rate code, source, date, quality); null for a scenario adjustment.</param>
/// <param name="Tier">The tier of <paramref name="Price"/> the line is priced at.</param>
/// <param name="Source">Where a unit price that is not a cached price comes from, or what adjusts the cached one (Bedrock's batch half-price).</param>
public sealed record CostComponent(Label Description, string Name, string Unit, Expr Quantity, Expr UnitPrice,
    PriceRecord? Price, PriceTier? Tier, string? Source = null)
{
    /// <summary>False for a line shown beside the option for comparison (training's other mode), not in its total.</summary>
    public bool Counted { get; init; } = true;

    /// <summary>A free-tier allowance taken off: true only for an account's first months.</summary>
    public bool IsFreeTier { get; init; }

    /// <summary>When the engine lists it as a line item (the workbook always writes it, so an edit can bring it in).</summary>
    public Shown Shown { get; init; } = Shown.Always;

    /// <summary>A line billed at a flat cached price.</summary>
    public static CostComponent Flat(Label description, string name, string unit, Expr quantity, PriceRecord price) =>
        new(description, name, unit, quantity, Expr.Rate(price), price, price.Tiers[0]);

    /// <summary>
    /// A quantity billed across a price's tiers, tier by tier: one line per tier, each the quantity's slice of
    /// that tier at its rate; lines of tiers past the first that the quantity does not reach are hidden.
    /// </summary>
    public static IEnumerable<CostComponent> Tiered(string description, string unit, Expr quantity, PriceRecord price)
    {
        if (price.IsFlat)
        {
            yield return Flat(Label.Of(description), description, unit, quantity, price);
            yield break;
        }
        foreach (var (tier, i) in price.Tiers.Select((t, i) => (t, i)))
        {
            var range = tier.End is { } end ? $"{tier.Begin:#,##0}–{end:#,##0}" : $"over {tier.Begin:#,##0}";
            var text = $"{description} (tier {range})";
            yield return new CostComponent(Label.Of(text), text, unit, Expr.TierSlice(quantity, price, tier), Expr.Rate(price, tier), price, tier)
                { Shown = i > 0 ? Shown.WhenQuantityIsNotZero : Shown.Always };
        }
    }
}

/// <summary>When a component appears among the engine's line items.</summary>
public enum Shown
{
    Always,
    /// <summary>A tier the volume does not reach.</summary>
    WhenQuantityIsNotZero,
    /// <summary>A scenario adjustment that is switched off (a 0% discount).</summary>
    WhenUnitPriceIsNotZero,
}

/// <summary>An option's cost as data: its components in line-item order, and notes on how it was sized.</summary>
public sealed record OptionComponents(string Id, string Kind, IReadOnlyList<CostComponent> Components, IReadOnlyList<Label> Notes);
