using MlCost.Estimation.CostModels;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Regions;

/// <summary>
/// The scenario priced in several regions: each option's monthly cost in each, by the same rules as
/// <c>compare</c>, and the regions ranked by their cheapest option. An option a region's prices do not cover is
/// listed with what is missing there, never priced from another region.
/// </summary>
public static class RegionComparison
{
    /// <summary>Every region the cache prices any service the scenario uses in.</summary>
    public static IReadOnlyList<string> Candidates(Scenario scenario, PriceBook book)
    {
        var services = scenario.Options.OfType<AiServiceOption>().SelectMany(o => o.Steps).Select(s => s.Service.Service).ToList();
        if (scenario.Options.Any(o => o.IsSageMaker) || scenario.Training.Count > 0) services.Add(Service.SageMaker);
        return services.Distinct().SelectMany(s => book.Cache.Regions(s)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<RegionCosts> Compare(Scenario scenario, PriceBook book, IReadOnlyList<string> regions, decimal volume)
    {
        var rows = regions.Select(region =>
        {
            var here = scenario with { Region = region };
            var context = new PricingContext(here, book);
            var options = scenario.Options.Select((option, i) =>
            {
                try
                {
                    return new RegionOption(option.Id, CostModelFactory.Create(option, i, context).Price(volume).MonthlyCostUsd, null);
                }
                catch (ScenarioException e)
                {
                    return new RegionOption(option.Id, null, e.Problem);
                }
            }).ToList();
            return new RegionCosts(region, options);
        }).ToList();
        // Regions where every option is priced first, then those with some, then none; each by its cheapest option.
        return rows.OrderBy(r => r.Options.Count(o => o.MonthlyCostUsd is null))
            .ThenBy(r => r.Cheapest?.MonthlyCostUsd ?? decimal.MaxValue)
            .ThenBy(r => r.Region, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One region's costs: each option's, or what is missing for it there.</summary>
public sealed record RegionCosts(string Region, IReadOnlyList<RegionOption> Options)
{
    public RegionOption? Cheapest => Options.Where(o => o.MonthlyCostUsd is not null).MinBy(o => o.MonthlyCostUsd);

    public bool Complete => Options.All(o => o.MonthlyCostUsd is not null);
}

/// <summary>An option's monthly cost in a region, or (null) the reason it has none there.</summary>
public sealed record RegionOption(string Id, decimal? MonthlyCostUsd, string? Missing);
