using MlCost.Estimation.Components;
using MlCost.Estimation.CostModels;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Recommendations;

/// <summary>
/// Searches the ways to serve a workload on SageMaker: every option kind asked for on every instance type whose
/// throughput the user measured, each priced by the same cost components as <c>compare</c>, ranked with the
/// scenario's own options (AI services included), cheapest first, each with why it costs what it does. A kind
/// the scenario already has an option of keeps that option's other settings (minimum instances, arrival, jobs a
/// month); it is the template. Configurations whose prices the cache lacks are listed with what is missing.
/// </summary>
public static class Recommender
{
    /// <summary>The kinds recommend searches, as scenario files name them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [OptionKinds.Realtime, OptionKinds.Async, OptionKinds.Batch, OptionKinds.MultiModel];

    public static Recommendation Recommend(Scenario scenario, PriceBook book, IReadOnlyList<string> kinds, decimal volume)
    {
        var context = new PricingContext(scenario, book);
        var unpriced = new List<Unpriced>();
        var skipped = new List<string>();
        var candidates = new List<(OptionSpec Option, MeasuredThroughput? Measured)>();
        candidates.AddRange(scenario.Options.Select(o => (o, Own(o))));
        foreach (var kind in kinds)
        {
            var template = scenario.Options.FirstOrDefault(o => o.Kind == kind);
            if (kind == OptionKinds.MultiModel && template is null)
            {
                skipped.Add($"{kind}: the scenario has no multi-model option to take the number of models from");
                continue;
            }
            foreach (var measured in scenario.Throughputs)
            {
                var option = Candidate(kind, measured, template);
                // The scenario's own option already is this configuration: it is ranked under its own name.
                if (scenario.Options.Any(o => o.Id == option.Id || o == option with { Id = o.Id, Location = o.Location })) continue;
                candidates.Add((option, measured));
            }
        }

        var ranked = new List<Ranked>();
        foreach (var ((option, measured), index) in candidates.Select((c, i) => (c, i)))
        {
            CostModel model;
            try
            {
                model = CostModelFactory.Create(option, index, context);
            }
            catch (ScenarioException e)
            {
                unpriced.Add(new Unpriced(option.Id, option.Kind, measured?.InstanceType, e.Problem));
                continue;
            }
            var cost = model.Price(volume);
            ranked.Add(new Ranked(option, measured, cost, Why(option, cost, context, volume),
                measured is null ? null : book.Facts(scenario.Region, measured.InstanceType)));
        }
        var order = ranked.OrderBy(r => r.Cost.MonthlyCostUsd).ThenBy(r => r.Option.Id, StringComparer.Ordinal).ToList();
        return new Recommendation(scenario, volume, Peak(context, volume), order, unpriced, skipped);
    }

    /// <summary>The throughput a scenario's own SageMaker option states, as the figure it is sized by.</summary>
    private static MeasuredThroughput? Own(OptionSpec option) => option switch
    {
        RealtimeOption o => new(o.InstanceType, o.Throughput, $"the scenario's option {o.Id}", o.Location),
        AsyncOption o => new(o.InstanceType, o.Throughput, $"the scenario's option {o.Id}", o.Location),
        BatchOption o => new(o.InstanceType, o.Throughput, $"the scenario's option {o.Id}", o.Location),
        MultiModelOption o => new(o.InstanceType, o.Throughput, $"the scenario's option {o.Id}", o.Location),
        _ => null,
    };

    /// <summary>An option of <paramref name="kind"/> on the measured instance type, with the template's other settings.</summary>
    private static OptionSpec Candidate(string kind, MeasuredThroughput measured, OptionSpec? template)
    {
        var id = $"{kind.Replace("sagemaker-", "")}-{measured.InstanceType.Replace("ml.", "")}";
        var (type, throughput, at) = (measured.InstanceType, measured.Throughput, measured.Location);
        return kind switch
        {
            OptionKinds.Realtime => template is RealtimeOption r
                ? r with { Id = id, InstanceType = type, Throughput = throughput, Location = at }
                : new RealtimeOption(id, type, throughput, MinInstances: 1, Endpoints: 1, VolumeSizeGb: 0, at),
            OptionKinds.Async => template is AsyncOption a
                ? a with { Id = id, InstanceType = type, Throughput = throughput, Location = at }
                : new AsyncOption(id, type, throughput, MinInstances: 0, new AsyncArrival(), at),
            OptionKinds.Batch => template is BatchOption b
                ? b with { Id = id, InstanceType = type, Throughput = throughput, Location = at }
                : new BatchOption(id, type, throughput, InstanceCount: 1, JobsPerMonth: 1, StartupMinutesPerJob: 0, at),
            OptionKinds.MultiModel => ((MultiModelOption)template!) with { Id = id, InstanceType = type, Throughput = throughput, Location = at },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "recommend searches realtime, async, batch and multi-model"),
        };
    }

    private static decimal Peak(PricingContext context, decimal volume) =>
        Compiler.Evaluate(context.PeakRequestsPerSecond, new Point(volume, 0));

    /// <summary>
    /// Why the option costs what it does: for an always-on fleet, what decides its size (peak load, the minimum, or
    /// the models it must hold); otherwise its first line (hours in service, work hours).
    /// </summary>
    private static string Why(OptionSpec option, OptionCost cost, PricingContext context, decimal volume)
    {
        var first = cost.LineItems.FirstOrDefault()?.Description ?? "";
        if (option is not (RealtimeOption or MultiModelOption)) return first;
        var throughput = option is RealtimeOption realtime ? realtime.Throughput : ((MultiModelOption)option).Throughput;
        var perInstance = throughput.InTokens
            ? throughput.PerSecond / context.Workload.PerRequest.First(m => m.Metric == AiServices.WorkloadMetric.OutputTokens).Value
            : throughput.PerSecond;
        var peak = Peak(context, volume);
        var forLoad = (int)Math.Ceiling(peak / perInstance);
        var (minimum, forModels) = option switch
        {
            RealtimeOption r => (r.MinInstances, 0),
            MultiModelOption m => (m.MinInstances, (int)Math.Ceiling((decimal)m.Models / m.ModelsPerInstance)),
            _ => (0, 0),
        };
        var binding = forModels > Math.Max(forLoad, minimum) ? $"the models it holds ({forModels} instances)"
            : forLoad >= minimum ? $"peak load ({forLoad} instance(s) for {peak:0.###} requests/s at {perInstance:0.###} each)"
            : $"the minimum of {minimum} instance(s) (peak load needs {forLoad})";
        return $"{first}; sized by {binding}";
    }
}

/// <summary>Every configuration priced, cheapest first, and those that could not be.</summary>
public sealed record Recommendation(Scenario Scenario, decimal RequestsPerMonth, decimal PeakRequestsPerSecond,
    IReadOnlyList<Ranked> Ranked, IReadOnlyList<Unpriced> Unpriced, IReadOnlyList<string> Skipped);

/// <summary>A configuration and its cost; <see cref="Measured"/> is the throughput it was sized by (null for the scenario's own options).</summary>
public sealed record Ranked(OptionSpec Option, MeasuredThroughput? Measured, OptionCost Cost, string Why, InstanceFacts? Facts);

/// <summary>A configuration the cache cannot price, and what is missing (with the command that gets it).</summary>
public sealed record Unpriced(string Id, string Kind, string? InstanceType, string Reason);
