using System.Globalization;

namespace MlCost.Cli.Output;

/// <summary>Money and quantities formatted the same on every machine (en-US), whatever its culture.</summary>
internal static class Numbers
{
    // Invariant formatting with a literal "$" prints what en-US prints, on any machine culture (and without ICU).
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"$1,234.57" — for totals shown to people (2 decimals).</summary>
    public static string Money(decimal usd) => usd.ToString("$#,##0.00;-$#,##0.00", Culture);

    /// <summary>A unit price with all its significant digits: "$0.0015", "$0.0000233".</summary>
    public static string UnitPrice(decimal usd) => "$" + usd.ToString("0.##########", Culture);

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.##########", Culture);

    /// <summary>A whole-number amount: 1,000,000.</summary>
    public static string Count(decimal quantity) => quantity.ToString("#,##0", Culture);

    /// <summary>"0 – 1,000,000" or "1,000,000 – ∞".</summary>
    public static string Range(decimal begin, decimal? end) => $"{Count(begin)} – {(end is { } e ? Count(e) : "∞")}";

    /// <summary>Machine-readable decimal, full precision, invariant.</summary>
    public static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
