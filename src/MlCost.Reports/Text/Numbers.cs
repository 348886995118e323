using System.Globalization;

namespace MlCost.Reports.Text;

/// <summary>Money and quantities formatted the same on every machine (en-US), whatever its culture.</summary>
public static class Numbers
{
    // Invariant formatting with a literal "$" prints what en-US prints, on any machine culture (and without ICU).
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"$1,234.57" — for totals shown to people (2 decimals).</summary>
    public static string Money(decimal usd) => usd.ToString("$#,##0.00;-$#,##0.00", Culture);

    /// <summary>"$0.0062" — small per-request amounts, 4 decimals.</summary>
    public static string Money4(decimal usd) => usd.ToString("$#,##0.0000;-$#,##0.0000", Culture);

    /// <summary>A unit price with all its significant digits, the sign before the dollar: "$0.0015", "-$0.0000233".</summary>
    public static string UnitPrice(decimal usd) => usd.ToString("$0.##########;-$0.##########", Culture);

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.##########", Culture);

    /// <summary>A line item's quantity and unit: "1,000 pages"; a line priced per dollar of other lines (a discount) shows the dollars.</summary>
    public static string LineQuantity(decimal quantity, string unit) =>
        unit == "USD" ? Money(quantity) : $"{Quantity(Math.Round(quantity, 4))} {unit}";

    /// <summary>A line item's unit price: a price per unit, or — for a line priced per dollar of other lines — the percentage it is.</summary>
    public static string LineUnitPrice(decimal usd, string unit) =>
        unit == "USD" ? (usd * 100).ToString("0.##;-0.##", Culture) + "%" : UnitPrice(usd);

    /// <summary>A whole-number amount: 1,000,000.</summary>
    public static string Count(decimal quantity) => quantity.ToString("#,##0", Culture);

    /// <summary>"0 – 1,000,000" or "1,000,000 – ∞".</summary>
    public static string Range(decimal begin, decimal? end) => $"{Count(begin)} – {(end is { } e ? Count(e) : "∞")}";

    /// <summary>A training run's monthly cost each way it could be priced: "$330.48 on-demand, $109.06 with managed spot".</summary>
    public static string TrainingWays(Estimation.CostModels.TrainingSummary run) => string.Join(", ", new[]
    {
        run.OnDemandUsd is { } onDemand ? $"{Money(onDemand)} on-demand" : "no on-demand price",
        run.ManagedSpotUsd is { } spot ? $"{Money(spot)} with managed spot" : null,
        run.SavingsPlanUsd is { } plan ? $"{Money(plan)} under the Savings Plan" : null,
    }.OfType<string>());

    /// <summary>Machine-readable decimal, full precision, invariant.</summary>
    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A volume in words people read: 950, 12.5 K, 1.3 M, 2.25 B (three significant digits).</summary>
    public static string Volume(decimal value)
    {
        var (scaled, suffix) = value switch
        {
            >= 1_000_000_000 => (value / 1_000_000_000, " B"),
            >= 1_000_000 => (value / 1_000_000, " M"),
            >= 10_000 => (value / 1_000, " K"),
            _ => (value, ""),
        };
        var digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
        return Math.Round(scaled, digits).ToString("#,##0.##", Culture) + suffix;
    }
}
