using MlCost.Estimation;

namespace MlCost.Reports;

/// <summary>
/// The crossings of a report, each with the option cheaper below and above it and both costs there, and the option
/// cheapest overall between them: what the breakeven table and the HTML report say, worked out once.
/// </summary>
public sealed record CrossingRow(decimal RequestsPerMonth, decimal? TokensPerMonth, string CheaperBelow, string CheaperAbove, decimal CostBelowUsd, decimal CostAboveUsd)
{
    /// <summary>Equal to the cent at the crossing (no instance step jumps there).</summary>
    public bool CostsMeet => Math.Round(CostBelowUsd, 2) == Math.Round(CostAboveUsd, 2);

    /// <summary>Every crossing in the report's range, by volume.</summary>
    public static IReadOnlyList<CrossingRow> All(CostReport report, Estimator estimator)
    {
        var crossings = new List<CrossingRow>();
        foreach (var pair in report.Breakevens)
            for (var i = 0; i < pair.RequestsPerMonth.Count; i++)
            {
                var at = pair.RequestsPerMonth[i];
                var next = i + 1 < pair.RequestsPerMonth.Count ? pair.RequestsPerMonth[i + 1] : report.Range.To;
                var there = Costs(estimator, at);
                // Between one crossing and the next the pair keeps its order, so the midpoint says who leads above.
                var above = Costs(estimator, (at + next) / 2);
                var (low, high) = above[pair.A] <= above[pair.B] ? (pair.B, pair.A) : (pair.A, pair.B);
                crossings.Add(new CrossingRow(at, pair.TokensPerMonth?[i], low, high, there[low], there[high]));
            }
        return crossings.OrderBy(c => c.RequestsPerMonth).ToList();
    }

    /// <summary>
    /// The cheapest option over the report's range, as stretches: the first from the range's start, each next from the
    /// crossing where the cheapest changes. Each stretch is settled at its midpoint, where nothing crosses.
    /// </summary>
    public static IReadOnlyList<(decimal From, decimal To, string Cheapest)> CheapestStretches(CostReport report, Estimator estimator)
    {
        var bounds = report.Breakevens.SelectMany(b => b.RequestsPerMonth).Append(report.Range.From).Append(report.Range.To)
            .Where(v => v >= report.Range.From && v <= report.Range.To).Distinct().Order().ToList();
        var stretches = new List<(decimal From, decimal To, string Cheapest)>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var cheapest = estimator.Compare((bounds[i] + bounds[i + 1]) / 2).Ranked[0].Id;
            if (stretches.Count > 0 && stretches[^1].Cheapest == cheapest) stretches[^1] = (stretches[^1].From, bounds[i + 1], cheapest);
            else stretches.Add((bounds[i], bounds[i + 1], cheapest));
        }
        return stretches;
    }

    private static Dictionary<string, decimal> Costs(Estimator estimator, decimal volume) =>
        estimator.Compare(volume).Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
}
