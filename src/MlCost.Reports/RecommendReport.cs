using MlCost.Estimation.Components;
using MlCost.Estimation.Recommendations;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>
/// What <c>recommend</c> reports (camelCase in JSON): every configuration priced at the volume, cheapest first, with
/// the throughput it was sized by and where that figure comes from, the instance's vCPU and memory where the price
/// data states them, and why it costs what it does; then the configurations the cache could not price.
/// </summary>
public sealed record RecommendReport(
    string Scenario,
    string Region,
    decimal RequestsPerMonth,
    decimal PeakRequestsPerSecond,
    IReadOnlyList<RecommendedOption> Ranking,
    IReadOnlyList<Unpriced> NotPriced,
    IReadOnlyList<string> Notes)
{
    public static RecommendReport Build(Recommendation recommendation, int top, IEnumerable<string> notes)
    {
        var ranking = recommendation.Ranked.Take(top).Select((r, i) => new RecommendedOption(
            i + 1, r.Option.Id, r.Option.Kind, r.Measured?.InstanceType, r.Measured?.Throughput.ToString(), r.Measured?.Source,
            r.Facts?.VCpu, r.Facts?.Memory, r.Cost.MonthlyCostUsd, r.Cost.CostPer1000RequestsUsd, r.Why, r.Cost.LineItems)).ToList();
        List<string> all =
        [
            "Throughputs are the ones given (the scenario's throughput table, --throughput files); MlCost never assumes one.",
            .. recommendation.Skipped.Select(s => $"Not searched: {s}."),
            .. notes,
        ];
        if (recommendation.Ranked.Count > top) all.Add($"{recommendation.Ranked.Count - top} more configuration(s) priced; --top N shows more.");
        var scenario = recommendation.Scenario;
        return new RecommendReport(scenario.Name, scenario.Region, recommendation.RequestsPerMonth, recommendation.PeakRequestsPerSecond,
            ranking, recommendation.Unpriced, all);
    }

    public void WriteTable(TextWriter output, int width = 80)
    {
        TextTable.WriteWrapped(output, $"{Scenario} — {Region}, {Numbers.Count(RequestsPerMonth)} requests/month, peak {PeakRequestsPerSecond:0.###} requests/s", width);
        output.WriteLine();
        var table = new TextTable(new("#", AlignRight: true), new("Configuration", Flexible: true), new("Kind"), new("Throughput"),
            new("Monthly cost", AlignRight: true), new("Per 1,000 req", AlignRight: true));
        foreach (var row in Ranking)
            table.Add(row.Rank.ToString(Numbers.Culture), row.Id, row.Kind.Replace("sagemaker-", ""), row.Throughput ?? "–", Numbers.Money(row.MonthlyCostUsd),
                row.CostPer1000RequestsUsd is { } per ? Numbers.Money4(per) : "–");
        table.Write(output, width);
        output.WriteLine();
        output.WriteLine("Why:");
        foreach (var row in Ranking)
            TextTable.WriteWrapped(output, $"  {row.Rank}. {row.Id}{(row.VCpu is null ? "" : $" ({row.VCpu} vCPU, {row.Memory})")}: {row.Why}.", width, "     ");
        if (NotPriced.Count > 0)
        {
            // One line per configuration with the first sentence of its reason; how to get the prices is the same for all.
            output.WriteLine();
            output.WriteLine("Not priced (--format json gives each reason in full):");
            foreach (var missing in NotPriced) TextTable.WriteWrapped(output, $"  {missing.Id}: {FirstSentence(missing.Reason)}", width, "    ");
            foreach (var howTo in NotPriced.Select(m => HowToGet(m.Reason)).OfType<string>().Distinct())
                TextTable.WriteWrapped(output, "  " + howTo, width, "    ");
        }
        foreach (var note in Notes)
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, note, width, "  ");
        }
    }

    public void WriteMarkdown(TextWriter output)
    {
        output.WriteLine($"### {MarkdownReport.Escape(Scenario)} — {Region}, {Numbers.Count(RequestsPerMonth)} requests/month, peak {PeakRequestsPerSecond:0.###} requests/s");
        output.WriteLine();
        output.WriteLine("| # | Configuration | Instance | Throughput | Monthly cost | Per 1,000 req | Why |");
        output.WriteLine("|---:|---|---|---|---:|---:|---|");
        foreach (var row in Ranking)
            output.WriteLine($"| {row.Rank} | {MarkdownReport.Escape(row.Id)} | {MarkdownReport.Escape(Instance(row))} | {row.Throughput ?? "–"} | {Numbers.Money(row.MonthlyCostUsd)} | " +
                             $"{(row.CostPer1000RequestsUsd is { } per ? Numbers.Money4(per) : "–")} | {MarkdownReport.Escape(row.Why)} |");
        if (NotPriced.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("**Not priced:**");
            foreach (var missing in NotPriced) output.WriteLine($"- {MarkdownReport.Escape(missing.Id)}: {MarkdownReport.Escape(missing.Reason)}");
        }
        output.WriteLine();
        foreach (var note in Notes) output.WriteLine($"- {MarkdownReport.Escape(note)}");
    }

    private static string FirstSentence(string reason) =>
        reason.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? reason[..(end + 1)] : reason;

    /// <summary>The "(Read from ...; `mlcost prices refresh ...` ...)" part of a missing-price message, if it has one.</summary>
    private static string? HowToGet(string reason) =>
        reason.IndexOf("(Read from ", StringComparison.Ordinal) is var start and >= 0 ? reason[(start + 1)..].TrimEnd(')', '.') + "." : null;

    private static string Instance(RecommendedOption row) =>
        row.InstanceType is null ? "–" : row.InstanceType + (row.VCpu is { } cpu ? $" ({cpu} vCPU, {row.Memory})" : "");
}

public sealed record RecommendedOption(
    int Rank, string Id, string Kind, string? InstanceType, string? Throughput, string? ThroughputSource, string? VCpu, string? Memory,
    decimal MonthlyCostUsd, decimal? CostPer1000RequestsUsd, string Why, IReadOnlyList<LineItem> LineItems);
