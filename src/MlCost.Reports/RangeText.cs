using MlCost.Estimation.Ranges;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>The ranges' view in words and tables: bands, who is cheapest, breakeven intervals, what moves each option most.</summary>
public static class RangeText
{
    public static IReadOnlyList<string> Verdict(RangeResult ranges) =>
    [
        ranges.CheapestThroughout is { } always
            ? $"{always} is the cheapest at every combination of the ranges' ends."
            : $"The cheapest depends on the assumptions: {string.Join(" or ", ranges.CheapestAtSomeCombination)}, by combination" +
              (ranges.Deciding.Count > 0 ? $"; moved alone, {string.Join("; ", ranges.Deciding)}." : "; no single assumption decides it alone."),
        .. ranges.Breakevens.Select(b =>
            $"{b.A} and {b.B} first cross between {Numbers.Volume(b.FromRequestsPerMonth)} and {Numbers.Volume(b.ToRequestsPerMonth)} requests/month" +
            (b.AtEveryCombination ? "." : " (at some combinations only; at the others they do not cross in the range)."))
    ];

    public static void Write(TextWriter output, RangeResult ranges, int width = 80)
    {
        output.WriteLine();
        TextTable.WriteWrapped(output, $"Ranges: {ranges.Ranges.Count} assumption(s), {1 << ranges.Ranges.Count} combinations of their ends priced:", width);
        foreach (var range in ranges.Ranges)
            TextTable.WriteWrapped(output, $"  {range.Path}: {Numbers.Quantity(range.Low)} – {Numbers.Quantity(range.Base)} – {Numbers.Quantity(range.High)}", width, "    ");
        var bands = new TextTable(new("Option", Flexible: true), new("Lowest", AlignRight: true), new("Highest", AlignRight: true));
        foreach (var band in ranges.Bands) bands.Add(band.Option, Numbers.Money(band.LowUsd), Numbers.Money(band.HighUsd));
        bands.Write(output, width);
        foreach (var line in Verdict(ranges)) TextTable.WriteWrapped(output, "  " + line, width, "    ");
        output.WriteLine();
        output.WriteLine("Sensitivity (one assumption at a time, the others at base; largest swing first):");
        foreach (var option in ranges.Sensitivity)
        {
            var moving = option.Swings.Where(s => s.CostAtLow != s.CostAtHigh).ToList();
            TextTable.WriteWrapped(output,
                $"  {option.Option} ({Numbers.Money(option.BaseUsd)}): " + (moving.Count == 0 ? "none of the ranges moves it." : string.Join("; ", moving.Select(s =>
                    $"{s.Assumption} {Numbers.Quantity(s.Low)}→{Numbers.Quantity(s.High)}: {Numbers.Money(s.CostAtLow)}→{Numbers.Money(s.CostAtHigh)}"))),
                width, "    ");
        }
    }
}
