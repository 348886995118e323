using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Tests;

/// <summary>
/// A SageMaker region file at the Price List's real size — every instance type of the service model × every
/// instance-hour component, on-demand and under six Savings Plans, tens of thousands of prices — made synthetic by
/// tests/Shared/SyntheticSageMaker.cs (the speed at that size is measured by bench/scale.sh).
/// </summary>
public class FullSizeCacheTests
{
    [Fact]
    public void A_full_size_SageMaker_cache_prices_every_example_as_the_snapshot_does()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        var regions = Scenarios.ExampleFiles.Select(e => ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", e)).Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var perRegion = SyntheticSageMaker.WriteCache(TestPaths.PricingCache, cache, TestPaths.SharedAwsSdkModel, regions);

        var types = SyntheticSageMaker.InstanceTypes(TestPaths.SharedAwsSdkModel);
        Assert.True(types.Count > 350, $"{types.Count} instance types in the service model");
        // 1 on-demand + 6 plan rates for every (type, component): at least that many prices in each region's file.
        Assert.True(perRegion >= types.Count * SageMakerComponent.InstanceComponents.Count * 7, $"{perRegion} prices in a region");
        var full = PriceCache.Open(cache);
        Assert.DoesNotContain(full.Verify(), v => v.Problem is not null);

        // The snapshot's own prices are kept, so every example costs exactly what it costs on the snapshot...
        var book = new PriceBook(full);
        foreach (var example in Scenarios.ExampleFiles)
        {
            var scenario = ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", example));
            var before = new Estimator(scenario, Scenarios.Book).Compare(scenario.Workload.RequestsPerMonth).Ranked.Select(o => (o.Id, o.MonthlyCostUsd));
            var after = new Estimator(scenario, book).Compare(scenario.Workload.RequestsPerMonth).Ranked.Select(o => (o.Id, o.MonthlyCostUsd));
            Assert.Equal(before, after);
        }
        // ...and every type of the model is found by the indexed lookup, under every plan too.
        foreach (var type in types)
        {
            Assert.NotNull(book.FindSageMakerInstance("us-east-1", type, SageMakerComponent.Hosting));
            Assert.Equal(6, book.SavingsPlanRates("us-east-1", type, SageMakerComponent.Training).Count);
        }
        // The analyzers' price file carries the components the rules quote, for every type, and stays small.
        var analyzerRows = full.Manifest.AnalyzerPrices!.Rows;
        Assert.True(analyzerRows >= regions.Count * types.Count * AnalyzerPriceFile.Components.Count, $"{analyzerRows} analyzer rows");
    }
}
