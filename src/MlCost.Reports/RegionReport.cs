using MlCost.Estimation.Regions;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>
/// What <c>compare --regions</c> reports (camelCase in JSON): the regions ranked by their cheapest option, each
/// option's monthly cost there, and what is missing where an option has none.
/// </summary>
public sealed record RegionReport(string Scenario, decimal RequestsPerMonth, IReadOnlyList<string> OptionIds, IReadOnlyList<RegionRow> Regions, IReadOnlyList<string> Notes)
{
    public static RegionReport Build(string scenario, decimal volume, IReadOnlyList<string> optionIds, IReadOnlyList<RegionCosts> regions) =>
        new(scenario, volume, optionIds,
            regions.Select((r, i) => new RegionRow(i + 1, r.Region, r.Complete, r.Cheapest?.Id, r.Cheapest?.MonthlyCostUsd, r.Options)).ToList(),
            [
                "Regions where every option is priced come first, each ranked by its cheapest option; an option a region's prices do not cover is never priced from another region.",
                .. regions.Any(r => !r.Complete)
                    ? ["`mlcost prices refresh --services S --regions R` fetches a region's missing prices (--format json gives each reason)."]
                    : Array.Empty<string>(),
            ]);

    public void WriteTable(TextWriter output, int width = 80)
    {
        TextTable.WriteWrapped(output, $"{Scenario} — {Numbers.Count(RequestsPerMonth)} requests/month in {Regions.Count} region(s)", width);
        output.WriteLine();
        var columns = new List<TextTable.Column> { new("#", AlignRight: true), new("Region"), new("Cheapest", Flexible: true) };
        columns.AddRange(OptionIds.Select(id => new TextTable.Column(id, AlignRight: true)));
        var table = new TextTable([.. columns]);
        foreach (var row in Regions)
            table.Add([row.Rank.ToString(Numbers.Culture), row.Region, row.Cheapest ?? "–",
                .. row.Options.Select(o => o.MonthlyCostUsd is { } usd ? Numbers.Money(usd) : "–")]);
        table.Write(output, width);
        var incomplete = Regions.Where(r => !r.Complete).ToList();
        if (incomplete.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not priced there (–):");
            foreach (var row in incomplete)
                TextTable.WriteWrapped(output, $"  {row.Region}: {string.Join("; ", row.Options.Where(o => o.Missing is not null).Select(o => $"{o.Id}: {FirstSentence(o.Missing!)}"))}", width, "    ");
        }
        foreach (var note in Notes)
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, note, width, "  ");
        }
    }

    public void WriteMarkdown(TextWriter output)
    {
        output.WriteLine($"### {MarkdownReport.Escape(Scenario)} — {Numbers.Count(RequestsPerMonth)} requests/month in {Regions.Count} region(s)");
        output.WriteLine();
        output.WriteLine($"| # | Region | Cheapest | {string.Join(" | ", OptionIds.Select(MarkdownReport.Escape))} |");
        output.WriteLine($"|---:|---|---|{string.Concat(OptionIds.Select(_ => "---:|"))}");
        foreach (var row in Regions)
            output.WriteLine($"| {row.Rank} | {row.Region} | {MarkdownReport.Escape(row.Cheapest ?? "–")} | " +
                             $"{string.Join(" | ", row.Options.Select(o => o.MonthlyCostUsd is { } usd ? Numbers.Money(usd) : "–"))} |");
        output.WriteLine();
        foreach (var row in Regions.Where(r => !r.Complete))
            output.WriteLine($"- {row.Region}: {MarkdownReport.Escape(string.Join("; ", row.Options.Where(o => o.Missing is not null).Select(o => $"{o.Id}: {FirstSentence(o.Missing!)}")))}");
        foreach (var note in Notes) output.WriteLine($"- {MarkdownReport.Escape(note)}");
    }

    private static string FirstSentence(string text) =>
        text.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? text[..end] : text.TrimEnd('.');
}

public sealed record RegionRow(int Rank, string Region, bool Complete, string? Cheapest, decimal? CheapestMonthlyCostUsd, IReadOnlyList<RegionOption> Options);
