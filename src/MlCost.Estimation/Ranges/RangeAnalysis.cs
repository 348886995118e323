using MlCost.Estimation.Breakeven;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;

namespace MlCost.Estimation.Ranges;

/// <summary>
/// What a scenario's ranged assumptions do to the answer. Every combination of their ends (each low or high,
/// at most <see cref="MaxRanges"/> of them: 2^n scenarios) is priced by the same rules as the base: each option's
/// cost becomes a band from its lowest to its highest, each breakeven an interval, and the cheapest option is
/// either the same at every combination or named with the ones that can overtake it. The sensitivity view moves
/// one assumption at a time (the others at base) and ranks the assumptions by how far they move each option.
/// </summary>
public static class RangeAnalysis
{
    public const int MaxRanges = 10;

    /// <param name="json">The scenario file's text: each variant is it read with each range at one of its values.</param>
    public static RangeResult Analyse(Scenario scenario, string json, PriceBook book, decimal volume, decimal from, decimal to)
    {
        var ranges = scenario.Ranges;
        if (ranges.Count > MaxRanges)
            throw new ScenarioException(ranges[MaxRanges].Location, ranges[MaxRanges].Path,
                $"at most {MaxRanges} assumptions may be ranges (every combination of their ends is priced: 2^{ranges.Count} would be too many); give the others as numbers");
        var ids = scenario.Options.Select(o => o.Id).ToList();

        Estimator Variant(IReadOnlyList<decimal> values) => new(ScenarioReader.Parse(json, scenario.Location.File,
            rangesAt: ranges.Select((r, i) => (r.Path, Value: values[i])).ToDictionary(r => r.Path, r => r.Value, StringComparer.Ordinal)), book);

        // Every corner of the box of ranges.
        var corners = new List<(IReadOnlyList<decimal> Values, Dictionary<string, decimal> Costs, IReadOnlyList<Crossing> Crossings, string Cheapest)>();
        for (var mask = 0; mask < 1 << ranges.Count; mask++)
        {
            var values = ranges.Select((r, i) => (mask >> i & 1) == 1 ? r.High : r.Low).ToList();
            var estimator = Variant(values);
            var comparison = estimator.Compare(volume);
            corners.Add((values, comparison.Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd), Estimator.Crossings(estimator.Curves(from, to)), comparison.Cheapest.Id));
        }
        var bands = ids.Select(id =>
        {
            var low = corners.MinBy(c => c.Costs[id]);
            var high = corners.MaxBy(c => c.Costs[id]);
            return new CostBand(id, low.Costs[id], Describe(ranges, low.Values), high.Costs[id], Describe(ranges, high.Values)) { LowValues = low.Values, HighValues = high.Values };
        }).ToList();
        var cheapest = corners.Select(c => c.Cheapest).Distinct().ToList();

        var intervals = new List<BreakevenInterval>();
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
            {
                var (a, b) = (ids[i], ids[j]);
                var firsts = corners.Select(c => c.Crossings.Single(x => x.A == a && x.B == b).RequestsPerMonth.FirstOrDefault()).ToList();
                if (firsts.All(f => f == 0)) continue;
                var found = firsts.Where(f => f > 0).ToList();
                intervals.Add(new BreakevenInterval(a, b, found.Min(), found.Max(), found.Count == corners.Count));
            }

        var baseValues = ranges.Select(r => r.Base).ToList();
        var baseCosts = Variant(baseValues).Compare(volume).Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
        var swings = new List<Swing>();
        for (var k = 0; k < ranges.Count; k++)
        {
            decimal[] At(decimal value)
            {
                var values = baseValues.ToList();
                values[k] = value;
                var costs = Variant(values).Compare(volume).Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
                return ids.Select(id => costs[id]).ToArray();
            }
            var (atLow, atHigh) = (At(ranges[k].Low), At(ranges[k].High));
            swings.AddRange(ids.Select((id, i) => new Swing(id, ranges[k].Path, ranges[k].Low, ranges[k].High, atLow[i], atHigh[i])));
        }
        var tornado = swings.GroupBy(s => s.Option)
            .Select(g => new Tornado(g.Key, baseCosts[g.Key], g.OrderByDescending(s => Math.Abs(s.CostAtHigh - s.CostAtLow)).ToList())).ToList();
        // The assumptions that, moved alone to an end, make another option the cheapest.
        var baseCheapest = baseCosts.MinBy(c => c.Value).Key;
        var deciding = new List<string>();
        foreach (var range in ranges)
        {
            var moved = swings.Where(s => s.Assumption == range.Path).ToList();
            var atLow = moved.MinBy(s => s.CostAtLow)!.Option;
            var atHigh = moved.MinBy(s => s.CostAtHigh)!.Option;
            if (atLow != baseCheapest) deciding.Add($"{range.Path} at {range.Low}: {atLow}");
            if (atHigh != baseCheapest) deciding.Add($"{range.Path} at {range.High}: {atHigh}");
        }
        return new RangeResult(volume, ranges, bands, cheapest, intervals, tornado) { Deciding = deciding };
    }

    private static string Describe(IReadOnlyList<AssumptionRange> ranges, IReadOnlyList<decimal> values) =>
        string.Join(", ", ranges.Select((r, i) => $"{r.Path} {(values[i] == r.Low ? "low" : "high")} {values[i]}"));
}

public sealed record RangeResult(decimal RequestsPerMonth, IReadOnlyList<AssumptionRange> Ranges, IReadOnlyList<CostBand> Bands,
    IReadOnlyList<string> CheapestAtSomeCombination, IReadOnlyList<BreakevenInterval> Breakevens, IReadOnlyList<Tornado> Sensitivity)
{
    /// <summary>Each assumption end that, moved alone (the others at base), makes another option the cheapest: "path at value: option".</summary>
    public IReadOnlyList<string> Deciding { get; init; } = [];

    /// <summary>The option cheapest at every combination of the ranges' ends, if one is.</summary>
    public string? CheapestThroughout => CheapestAtSomeCombination.Count == 1 ? CheapestAtSomeCombination[0] : null;
}

/// <summary>An option's lowest and highest monthly cost over the ranges, and the combination that gives each.</summary>
public sealed record CostBand(string Option, decimal LowUsd, string LowAt, decimal HighUsd, string HighAt)
{
    /// <summary>Each range's value at the lowest cost, in the order of <see cref="RangeResult.Ranges"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<decimal> LowValues { get; init; } = [];

    /// <summary>Each range's value at the highest cost.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<decimal> HighValues { get; init; } = [];
}

/// <summary>The first crossing of two options over the ranges: from its lowest to its highest volume; <see cref="AtEveryCombination"/> false when some combinations never cross.</summary>
public sealed record BreakevenInterval(string A, string B, decimal FromRequestsPerMonth, decimal ToRequestsPerMonth, bool AtEveryCombination);

/// <summary>One assumption moved from its low to its high end, the others at base: an option's cost at each end.</summary>
public sealed record Swing(string Option, string Assumption, decimal Low, decimal High, decimal CostAtLow, decimal CostAtHigh);

/// <summary>An option's assumptions ranked by how far each moves its cost, largest first.</summary>
public sealed record Tornado(string Option, decimal BaseUsd, IReadOnlyList<Swing> Swings);
