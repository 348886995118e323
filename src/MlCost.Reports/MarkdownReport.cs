using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>Markdown for pull-request comments and docs: ranking, breakevens, line items with rate codes.</summary>
public static class MarkdownReport
{
    public static void Write(TextWriter output, CostReport report, string? chartPath = null)
    {
        output.WriteLine($"### {Escape(report.Scenario)} — {report.Region}, {Numbers.Count(report.RequestsPerMonth)} requests/month");
        output.WriteLine();
        if (chartPath is not null)
        {
            output.WriteLine($"![Monthly cost against requests per month]({chartPath.Replace('\\', '/').Replace(" ", "%20")})");
            output.WriteLine();
        }
        output.WriteLine("| # | Option | Kind | Monthly cost | Per 1,000 requests |");
        output.WriteLine("|--:|--------|------|-------------:|-------------------:|");
        foreach (var o in report.Options)
            output.WriteLine($"| {o.Rank} | {(o.Id == report.Cheapest ? $"**{Escape(o.Id)}**" : Escape(o.Id))} | {o.Kind} | {Numbers.Money(o.MonthlyCostUsd)} | {(o.CostPer1000RequestsUsd is { } p ? Numbers.Money4(p) : "–")} |");
        output.WriteLine();
        output.WriteLine($"**Cheapest:** {Escape(report.Cheapest)}.");
        output.WriteLine();
        output.WriteLine($"**Breakeven** ({Numbers.Count(report.Range.From)} – {Numbers.Count(report.Range.To)} requests/month):");
        output.WriteLine();
        if (report.BreakevensInWords.Count == 0) output.WriteLine("- No two options swap places in this range.");
        foreach (var words in report.BreakevensInWords) output.WriteLine($"- {Escape(words)}");
        if (report.Ranges is { } ranges)
        {
            output.WriteLine();
            output.WriteLine($"**Ranges** ({ranges.Ranges.Count} assumption(s), {1 << ranges.Ranges.Count} combinations):");
            output.WriteLine();
            output.WriteLine("| Option | Lowest | Highest | Moved most by |");
            output.WriteLine("|---|---:|---:|---|");
            foreach (var band in ranges.Bands)
                output.WriteLine($"| {Escape(band.Option)} | {Numbers.Money(band.LowUsd)} | {Numbers.Money(band.HighUsd)} | " +
                                 $"{Escape(ranges.Sensitivity.Single(t => t.Option == band.Option).Swings.First().Assumption)} |");
            output.WriteLine();
            foreach (var line in RangeText.Verdict(ranges)) output.WriteLine($"- {Escape(line)}");
        }
        foreach (var run in report.Training)
        {
            output.WriteLine();
            output.WriteLine($"Training **{Escape(run.Id)}**: {Numbers.TrainingWays(run)} ({run.Counted} counted).");
        }
        foreach (var o in report.Options)
        {
            output.WriteLine();
            output.WriteLine($"<details><summary>{o.Rank}. {Escape(o.Id)} — {Numbers.Money(o.MonthlyCostUsd)}/month</summary>");
            output.WriteLine();
            output.WriteLine("| Line item | Quantity | Unit price | Cost | Rate code | Quality |");
            output.WriteLine("|-----------|---------:|-----------:|-----:|-----------|---------|");
            foreach (var l in o.LineItems)
                output.WriteLine($"| {Escape(l.Description)} | {Numbers.LineQuantity(l.Quantity, l.Unit)} | {Numbers.LineUnitPrice(l.UnitPriceUsd, l.Unit)} | {Numbers.Money(l.CostUsd)} | {Escape(l.RateCode ?? "–")} | {l.Quality ?? "–"} |");
            foreach (var note in o.Notes) output.WriteLine($"\n{Escape(note)}");
            output.WriteLine();
            output.WriteLine("</details>");
        }
        foreach (var note in report.Notes)
        {
            output.WriteLine();
            output.WriteLine($"> {Escape(note)}");
        }
    }

    /// <summary>User text cannot break the table or become markup.</summary>
    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("*", "\\*").Replace("_", "\\_").Replace("\n", " ");
}
