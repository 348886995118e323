using MlCost.Pricing.Model;

namespace MlCost.Reports.Excel;

/// <summary>
/// One line item as spreadsheet formulas: its quantity as an expression of the monthly volume (a cell or
/// name given at each use, so the same line serves the option's sheet and the sweep), and its unit price
/// as an expression over the Prices sheet and the assumptions.
/// </summary>
internal sealed record FormulaLine(string Description, Func<string, string> Quantity, string Unit, string UnitPrice, PriceRecord? Price, PriceTier? Tier)
{
    /// <summary>The line's cost at <paramref name="volume"/>: quantity × unit price.</summary>
    public string Cost(string volume) => $"({Quantity(volume)})*({UnitPrice})";

    /// <summary>False for lines whose cost does not change with volume (training, start-up, warm capacity).</summary>
    public bool DependsOnVolume { get; } = Quantity("\u0001").Contains('\u0001');
}
