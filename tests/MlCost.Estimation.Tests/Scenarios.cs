using MlCost.Estimation;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;

namespace MlCost.Estimation.Tests;

/// <summary>Builds scenarios from JSON text and prices them against the committed cache.</summary>
internal static class Scenarios
{
    public static readonly PriceBook Book = new(PriceCache.Open(TestPaths.PricingCache));

    public static Scenario Parse(string json) => ScenarioReader.Parse(json, "test.json");

    /// <summary>A scenario with one workload and the given options (JSON fragments), priced.</summary>
    public static Estimator Estimate(string region, string workload, string options, string training = "[]", string pricing = "{}") =>
        new(Parse($$"""{ "name": "test", "region": "{{region}}", "workload": {{workload}}, "options": {{options}}, "training": {{training}}, "pricing": {{pricing}} }"""), Book);

    public static Estimator Example(string name) => new(ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", name)), Book);

    public static IEnumerable<string> ExampleFiles => Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "examples"), "*.json").Select(Path.GetFileName).Order()!;
}
