using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>How a <see cref="ScenarioDiff"/> reads: a terminal table, and Markdown made for a pull-request comment.</summary>
public sealed partial record ScenarioDiff
{
    public void WriteTable(TextWriter output, int width = 80)
    {
        TextTable.WriteWrapped(output, $"{Scenario}: {Before?.Source ?? "(new)"} → {After.Source}", width);
        TextTable.WriteWrapped(output, "  " + Context(), width, "  ");
        output.WriteLine();
        var table = new TextTable(new("Option", Flexible: true), new("Before", AlignRight: true), new("After", AlignRight: true),
            new("Change", AlignRight: true), new("%", AlignRight: true), new(""));
        foreach (var option in Options)
            table.Add(option.Id + (option.Id == After.Cheapest ? " *" : ""), Money(option.BeforeUsd), Money(option.AfterUsd),
                option.Status == "unchanged" ? "–" : Signed(option.ChangeUsd), Percent(option), option.Status is "added" or "removed" ? option.Status : "");
        table.Write(output, width);
        output.WriteLine();
        output.WriteLine("* the cheapest option after the change.");
        foreach (var line in Summary()) TextTable.WriteWrapped(output, line, width, "  ");
    }

    /// <param name="heading">The Markdown heading level's marks ("###"): a pull-request comment nests several scenarios.</param>
    public void WriteMarkdown(TextWriter output, string heading = "###")
    {
        output.WriteLine($"{heading} {MarkdownReport.Escape(Scenario)}");
        output.WriteLine();
        output.WriteLine($"`{After.Source}` ({(Before is null ? "new" : $"was `{Before.Source}`")}) · {MarkdownReport.Escape(Context())}");
        output.WriteLine();
        output.WriteLine("| Option | Before | After | Change |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var option in Options)
        {
            var name = MarkdownReport.Escape(option.Id);
            if (option.Id == After.Cheapest) name = $"**{name}** (cheapest)";
            var change = option.Status switch
            {
                "unchanged" => "–",
                "added" => $"{Signed(option.ChangeUsd)} (added)",
                "removed" => $"{Signed(option.ChangeUsd)} (removed)",
                _ => option.ChangePercent is null ? Signed(option.ChangeUsd) : $"{Signed(option.ChangeUsd)} ({Percent(option)})",
            };
            output.WriteLine($"| {name} | {Money(option.BeforeUsd)} | {Money(option.AfterUsd)} | {change} |");
        }
        output.WriteLine();
        foreach (var line in Summary()) output.WriteLine($"- {MarkdownReport.Escape(line)}");
    }

    /// <summary>Region and volume, before → after where they changed.</summary>
    private string Context()
    {
        var region = Before is null || Before.Region == After.Region ? After.Region : $"{Before.Region} → {After.Region}";
        var volume = Before is null || Before.RequestsPerMonth == After.RequestsPerMonth
            ? Numbers.Count(After.RequestsPerMonth)
            : $"{Numbers.Count(Before.RequestsPerMonth)} → {Numbers.Count(After.RequestsPerMonth)}";
        return $"{region}, {volume} requests/month";
    }

    private IEnumerable<string> Summary()
    {
        if (Before is null)
        {
            yield return $"A new scenario: the cheapest is {After.Cheapest} at {Numbers.Money(After.CheapestMonthlyCostUsd)}/month.";
            yield break;
        }
        if (!Changed) yield return "No cost changed.";
        yield return Before.Cheapest == After.Cheapest
            ? $"Cheapest: {After.Cheapest}, {Numbers.Money(Before.CheapestMonthlyCostUsd)} → {Numbers.Money(After.CheapestMonthlyCostUsd)}/month."
            : $"The cheapest option changed: {Before.Cheapest} ({Numbers.Money(Before.CheapestMonthlyCostUsd)}/month) → {After.Cheapest} ({Numbers.Money(After.CheapestMonthlyCostUsd)}/month).";
        foreach (var moved in Breakevens)
            yield return $"Breakeven {moved.A} / {moved.B} moved: {Volumes(moved.Before)} → {Volumes(moved.After)}.";
    }

    private static string Volumes(IReadOnlyList<decimal> volumes) =>
        volumes.Count == 0 ? "none" : string.Join(" and ", volumes.Select(v => Numbers.Quantity(Math.Round(v, 2)))) + " requests/month";

    private static string Money(decimal? usd) => usd is { } value ? Numbers.Money(value) : "–";

    private static string Signed(decimal usd) => (usd > 0 ? "+" : "") + Numbers.Money(usd);

    private static string Percent(OptionDiff option) =>
        option.ChangePercent is { } p && option.Status == "changed" ? (p > 0 ? "+" : "") + p.ToString("0.0", Numbers.Culture) + "%" : "";
}
