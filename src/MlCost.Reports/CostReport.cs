using MlCost.Estimation;
using MlCost.Estimation.Breakeven;
using MlCost.Estimation.Components;
using MlCost.Estimation.CostModels;

namespace MlCost.Reports;

/// <summary>
/// What compare and breakeven report, in the shape of the JSON contract (camelCase when serialised):
/// every option's line items at the scenario's volume, ranked, the cheapest, every crossing in the range,
/// and (for breakeven) a log-spaced sweep.
/// </summary>
public sealed record CostReport(
    string Scenario,
    string Region,
    decimal RequestsPerMonth,
    decimal HoursPerMonth,
    IReadOnlyList<OptionReport> Options,
    string Cheapest,
    IReadOnlyList<TrainingSummary> Training,
    RangeReport Range,
    IReadOnlyList<BreakevenReport> Breakevens,
    IReadOnlyList<string> BreakevensInWords,
    IReadOnlyList<SweepRow>? Sweep,
    IReadOnlyList<string> Notes)
{
    /// <summary>What the scenario's ranged assumptions do: bands, breakeven intervals, the sensitivity view (null without ranges).</summary>
    public Estimation.Ranges.RangeResult? Ranges { get; init; }

    /// <summary>Prices the estimator's scenario at <paramref name="volume"/> and searches [from, to] for crossings.</summary>
    /// <param name="searchOptional">
    /// When the range has too many cost steps to search, report the comparison without breakevens (and say so)
    /// instead of failing: what compare wants, which prices one volume; breakeven's job is the search.
    /// </param>
    public static CostReport Build(Estimator estimator, decimal volume, decimal from, decimal to, int? sweepPointsPerDecade, bool searchOptional = false)
    {
        var comparison = estimator.Compare(volume);
        var notes = new List<string>();
        IReadOnlyList<CostCurve> curves;
        try
        {
            curves = estimator.Curves(from, to);
        }
        catch (RangeTooLargeException tooLarge) when (searchOptional && sweepPointsPerDecade is null)
        {
            curves = [];
            notes.Add($"Breakevens were not searched: {tooLarge.Message}.");
        }
        var crossings = Estimator.Crossings(curves);
        List<SweepRow>? sweep = null;
        if (sweepPointsPerDecade is { } points)
        {
            var volumes = WithSteps(Estimation.Breakeven.Sweep.Volumes(from, to, points), curves);
            var costs = curves.Select(c => c.Costs(volumes)).ToList();
            sweep = volumes.Select((v, i) => new SweepRow(v, curves.Select((c, j) => (c.Id, Cost: costs[j][i])).ToDictionary(p => p.Id, p => p.Cost))).ToList();
        }
        var scenario = estimator.Scenario;
        if (scenario.Pricing.FreeTier)
            notes.Add("Free tier is on: AWS free tiers last only the first months of an account (3 or 12), so these totals rise after that.");
        if (comparison.Ranked.SelectMany(o => o.LineItems).Any(l => l.Quality == "secondary"))
            notes.Add("Some prices are secondary (quoted by a third party, not read from an AWS price file): see each line item's source.");
        return new CostReport(
            scenario.Name, scenario.Region, volume, scenario.Pricing.HoursPerMonth,
            comparison.Ranked.Select((o, i) => new OptionReport(o.Id, o.Kind, i + 1, o.MonthlyCostUsd, o.CostPer1000RequestsUsd, o.LineItems, o.Alternatives, o.Notes)).ToList(),
            comparison.Cheapest.Id,
            estimator.Training,
            new RangeReport(from, to),
            crossings.Select(c => new BreakevenReport(c.A, c.B, c.RequestsPerMonth)
                { TokensPerMonth = TokensPerRequest(scenario) is { } tokens ? c.RequestsPerMonth.Select(v => v * tokens).ToList() : null }).ToList(),
            crossings.Where(c => c.RequestsPerMonth.Count > 0).Select(c => InWords(c, curves, from, TokensPerRequest(scenario))).ToList(),
            sweep,
            notes);
    }

    /// <summary>At most this many of the curves' breaks are added to a sweep, so that charts draw steps as steps.</summary>
    public const int MaxStepsInSweep = 400;

    /// <summary>
    /// The log-spaced volumes with each break of the curves and a point just past it, where a curve jumps or bends
    /// (an instance step, a tier), so that a chart of the sweep draws a step as a vertical rise, not a ramp; when
    /// the curves have more breaks than <see cref="MaxStepsInSweep"/>, the log-spaced volumes alone.
    /// </summary>
    private static IReadOnlyList<decimal> WithSteps(IReadOnlyList<decimal> volumes, IReadOnlyList<CostCurve> curves)
    {
        var breaks = curves.SelectMany(c => c.Breaks.Skip(1).SkipLast(1)).Distinct().ToList();
        if (breaks.Count == 0 || breaks.Count > MaxStepsInSweep) return volumes;
        return volumes.Concat(breaks).Concat(breaks.Select(b => b + Math.Max(b * 0.000001m, 0.5m)))
            .Where(v => v >= volumes[0] && v <= volumes[^1]).Distinct().Order().ToList();
    }

    /// <summary>
    /// Tokens a request carries (input, output and prompt-cache tokens) when the workload states any: an LLM's
    /// breakevens are then also given in tokens a month.
    /// </summary>
    private static decimal? TokensPerRequest(Estimation.Scenarios.Scenario scenario)
    {
        Estimation.AiServices.WorkloadMetric[] kinds =
        [
            Estimation.AiServices.WorkloadMetric.InputTokens, Estimation.AiServices.WorkloadMetric.OutputTokens,
            Estimation.AiServices.WorkloadMetric.CacheReadTokens, Estimation.AiServices.WorkloadMetric.CacheWriteTokens,
        ];
        var tokens = scenario.Workload.PerRequest.Where(m => kinds.Contains(m.Metric)).Sum(m => m.Value);
        return tokens > 0 ? tokens : null;
    }

    /// <summary>"textract is cheaper below 1.3 M requests/month, realtime above."</summary>
    private static string InWords(Crossing crossing, IReadOnlyList<CostCurve> curves, decimal from, decimal? tokensPerRequest)
    {
        var (a, b) = (curves.Single(c => c.Id == crossing.A), curves.Single(c => c.Id == crossing.B));
        var below = (from + crossing.RequestsPerMonth[0]) / 2;
        var (cheaper, other) = a.Cost(below) <= b.Cost(below) ? (crossing.A, crossing.B) : (crossing.B, crossing.A);
        var points = string.Join(", ", crossing.RequestsPerMonth.Select(Text.Numbers.Volume)) + " requests/month";
        if (tokensPerRequest is { } t) points += $" ({string.Join(", ", crossing.RequestsPerMonth.Select(v => Text.Numbers.Volume(v * t)))} tokens)";
        return crossing.RequestsPerMonth.Count == 1
            ? $"{cheaper} is cheaper below {points}, {other} above."
            : $"{cheaper} is cheaper at the low end; {cheaper} and {other} swap places at {points}.";
    }
}

public sealed record OptionReport(
    string Id, string Kind, int Rank, decimal MonthlyCostUsd, decimal? CostPer1000RequestsUsd,
    IReadOnlyList<LineItem> LineItems, IReadOnlyList<LineItem> NotCounted, IReadOnlyList<string> Notes);

public sealed record RangeReport(decimal From, decimal To);

public sealed record BreakevenReport(string A, string B, IReadOnlyList<decimal> RequestsPerMonth)
{
    /// <summary>The same volumes in tokens a month (requests × tokens per request), when the workload states tokens.</summary>
    public IReadOnlyList<decimal>? TokensPerMonth { get; init; }
}

public sealed record SweepRow(decimal RequestsPerMonth, IReadOnlyDictionary<string, decimal> CostsUsd);
