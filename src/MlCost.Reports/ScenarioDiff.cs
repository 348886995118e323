namespace MlCost.Reports;

/// <summary>
/// <c>mlcost diff</c>: one scenario before and after a change — each option's monthly cost both times, the change in
/// dollars and percent, options added or removed, and the breakeven volumes that moved. Each side is priced at its
/// own volume and breakevens are searched over one range covering both.
/// </summary>
public sealed partial record ScenarioDiff(
    string Scenario,
    DiffSide? Before,
    DiffSide After,
    IReadOnlyList<OptionDiff> Options,
    IReadOnlyList<BreakevenDiff> Breakevens)
{
    /// <summary>Whether anything a reader would act on changed: a cost, an option, a breakeven, the cheapest, the volume or region.</summary>
    public bool Changed =>
        Before is null || Options.Any(o => o.Status != "unchanged") || Breakevens.Count > 0 || Before.Cheapest != After.Cheapest
        || Before.RequestsPerMonth != After.RequestsPerMonth || Before.Region != After.Region;

    /// <param name="before">The scenario before the change; null when it did not exist.</param>
    public static ScenarioDiff Build(CostReport? before, string? beforeSource, CostReport after, string afterSource)
    {
        var beforeOptions = before?.Options.ToDictionary(o => o.Id) ?? [];
        var afterIds = after.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var options = after.Options.Select(o => Compare(beforeOptions.GetValueOrDefault(o.Id), o))
            .Concat(before?.Options.Where(o => !afterIds.Contains(o.Id)).Select(o => Compare(o, null)) ?? [])
            .ToList();
        return new ScenarioDiff(after.Scenario,
            before is null ? null : Side(before, beforeSource!),
            Side(after, afterSource),
            options,
            before is null ? [] : MovedBreakevens(before, after));
    }

    private static DiffSide Side(CostReport report, string source) =>
        new(source, report.Scenario, report.Region, report.RequestsPerMonth, report.Cheapest,
            report.Options.Single(o => o.Id == report.Cheapest).MonthlyCostUsd);

    private static OptionDiff Compare(OptionReport? before, OptionReport? after)
    {
        var option = after ?? before!;
        if (before is null) return new OptionDiff(option.Id, option.Kind, "added", null, after!.MonthlyCostUsd, after.MonthlyCostUsd, null);
        if (after is null) return new OptionDiff(option.Id, option.Kind, "removed", before.MonthlyCostUsd, null, -before.MonthlyCostUsd, null);
        var change = after.MonthlyCostUsd - before.MonthlyCostUsd;
        return new OptionDiff(option.Id, option.Kind, Math.Round(change, 2) == 0 ? "unchanged" : "changed",
            before.MonthlyCostUsd, after.MonthlyCostUsd, change,
            before.MonthlyCostUsd == 0 ? null : Math.Round(change / before.MonthlyCostUsd * 100, 2));
    }

    /// <summary>Pairs whose crossings differ (to the cent of a request), including crossings that appeared or went.</summary>
    private static List<BreakevenDiff> MovedBreakevens(CostReport before, CostReport after)
    {
        static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}\n{b}" : $"{b}\n{a}";
        var old = before.Breakevens.ToDictionary(b => Key(b.A, b.B));
        var moved = new List<BreakevenDiff>();
        foreach (var pair in after.Breakevens)
        {
            var was = old.GetValueOrDefault(Key(pair.A, pair.B))?.RequestsPerMonth ?? [];
            if (!was.Select(v => Math.Round(v, 2)).SequenceEqual(pair.RequestsPerMonth.Select(v => Math.Round(v, 2))))
                moved.Add(new BreakevenDiff(pair.A, pair.B, was, pair.RequestsPerMonth));
        }
        var now = after.Breakevens.Select(b => Key(b.A, b.B)).ToHashSet(StringComparer.Ordinal);
        moved.AddRange(before.Breakevens.Where(b => b.RequestsPerMonth.Count > 0 && !now.Contains(Key(b.A, b.B)))
            .Select(b => new BreakevenDiff(b.A, b.B, b.RequestsPerMonth, [])));
        return moved;
    }
}

/// <summary>One side of a diff: where the scenario was read from, and its volume, region and cheapest option.</summary>
public sealed record DiffSide(string Source, string Scenario, string Region, decimal RequestsPerMonth, string Cheapest, decimal CheapestMonthlyCostUsd);

/// <param name="Status">added, removed, changed or unchanged (to the cent).</param>
/// <param name="ChangePercent">Null when there is no before, or it was $0.</param>
public sealed record OptionDiff(string Id, string Kind, string Status, decimal? BeforeUsd, decimal? AfterUsd, decimal ChangeUsd, decimal? ChangePercent);

/// <summary>A pair's crossings before and after (requests a month); an empty list where there was, or is, none.</summary>
public sealed record BreakevenDiff(string A, string B, IReadOnlyList<decimal> Before, IReadOnlyList<decimal> After);
