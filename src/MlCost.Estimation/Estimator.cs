using MlCost.Estimation.Breakeven;
using MlCost.Estimation.Components;
using MlCost.Estimation.CostModels;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;

namespace MlCost.Estimation;

/// <summary>
/// Prices a scenario's options against each other: at one volume (comparison), and across a volume range
/// (every crossing, and a sweep for charts). All prices are resolved when it is built, so a missing price is
/// an error before anything is printed.
/// </summary>
public sealed class Estimator
{
    private readonly PricingContext _context;

    public Estimator(Scenario scenario, PriceBook book)
    {
        Scenario = scenario;
        _context = new PricingContext(scenario, book);
        if (scenario.Options.Any(o => o.IsSageMaker)) _ = _context.Training;
        Models = scenario.Options.Select((o, i) => CostModelFactory.Create(o, i, _context)).ToList();
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<CostModel> Models { get; }

    /// <summary>The scenario's own inputs (volume, workload, ways to price), which every option's expressions read.</summary>
    public ScenarioInputs Inputs => _context.Inputs;

    /// <summary>The prices the options were priced from (the cache, and which one it is).</summary>
    public PriceBook Book => _context.Book;

    public IReadOnlyList<TrainingSummary> Training => Scenario.Options.Any(o => o.IsSageMaker) ? _context.Training.Summaries : [];

    /// <summary>Every option priced at <paramref name="requestsPerMonth"/>, cheapest first.</summary>
    public Comparison Compare(decimal requestsPerMonth)
    {
        if (requestsPerMonth < 0) throw new ArgumentOutOfRangeException(nameof(requestsPerMonth), "a volume cannot be negative");
        var costs = Models.Select(m => m.Price(requestsPerMonth))
            .OrderBy(c => c.MonthlyCostUsd).ThenBy(c => Scenario.Options.ToList().FindIndex(o => o.Id == c.Id))
            .ToList();
        return new Comparison(requestsPerMonth, costs);
    }

    /// <summary>The range breakeven searches when none is given: two decades either side of the volume priced (the scenario's by default).</summary>
    public (decimal From, decimal To) DefaultRange(decimal? priced = null)
    {
        var volume = priced ?? Scenario.Workload.RequestsPerMonth;
        return volume <= 0 ? (1, 1_000_000) : (Math.Max(1, Math.Round(volume / 100)), Math.Round(volume * 100));
    }

    /// <summary>Each option's cost curve over [from, to].</summary>
    public IReadOnlyList<CostCurve> Curves(decimal from, decimal to) => Models.Select(m => CostCurve.Build(m, from, to)).ToList();

    /// <summary>For every pair of options, every volume in [from, to] where the cheaper one changes.</summary>
    public static IReadOnlyList<Crossing> Crossings(IReadOnlyList<CostCurve> curves)
    {
        var crossings = new List<Crossing>();
        for (var i = 0; i < curves.Count; i++)
            for (var j = i + 1; j < curves.Count; j++)
                crossings.Add(new Crossing(curves[i].Id, curves[j].Id, BreakevenSolver.Crossings(curves[i], curves[j])));
        return crossings;
    }
}

/// <summary>All options at one volume, cheapest first.</summary>
public sealed record Comparison(decimal RequestsPerMonth, IReadOnlyList<OptionCost> Ranked)
{
    public OptionCost Cheapest => Ranked[0];
}

/// <summary>The volumes where options <see cref="A"/> and <see cref="B"/> swap places (empty: they never do in the range).</summary>
public sealed record Crossing(string A, string B, IReadOnlyList<decimal> RequestsPerMonth);
