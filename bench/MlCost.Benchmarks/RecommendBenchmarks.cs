using System.Globalization;
using BenchmarkDotNet.Attributes;
using MlCost.Estimation;
using MlCost.Estimation.Recommendations;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Benchmarks;

/// <summary>
/// recommend over every instance type the us-east-1 snapshot names (73: the Studio notebook page and the quotes) × the four
/// kinds it searches, with the scenario's own real-time, serverless, multi-model and AI-service options — against
/// the baseline of pricing the scenario's own options alone (what compare does), in the same run.
/// </summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private Scenario _scenario = null!;
    private PriceBook _book = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cache = PriceCache.Open(Environment.GetEnvironmentVariable(BreakevenBenchmarks.CacheVariable) ?? throw new InvalidOperationException("the cache is not set"));
        _book = new PriceBook(cache);
        _scenario = ScenarioReader.Parse(Scenario(cache), "recommend.json");
        if (_scenario.Throughputs.Count < 60) throw new InvalidOperationException($"only {_scenario.Throughputs.Count} instance types");
    }

    [Benchmark(Baseline = true, Description = "compare: the scenario's 4 options")]
    public decimal Compare() => new Estimator(_scenario, _book).Compare(_scenario.Workload.RequestsPerMonth).Cheapest.MonthlyCostUsd;

    [Benchmark(Description = "recommend: every instance type × 4 kinds + 4 options")]
    public int Recommend() => Recommender.Recommend(_scenario, _book, Recommender.Kinds, _scenario.Workload.RequestsPerMonth).Ranked.Count;

    /// <summary>A scenario measuring every instance type the cache names in us-east-1 (a made-up throughput each: this times the search, not a decision).</summary>
    public static string Scenario(PriceCache cache)
    {
        var types = cache.Prices(Service.SageMaker, "us-east-1").Select(p => p.Attribute(Attr.InstanceName)).OfType<string>()
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var throughput = string.Join(",\n", types.Select((t, i) => string.Create(CultureInfo.InvariantCulture,
            $$"""{ "instanceType": "{{t}}", "requestsPerSecondPerInstance": {{5 + i * 3}} }""")));
        return $$"""
            { "name": "Recommend over every instance type", "region": "us-east-1",
              "workload": { "requestsPerMonth": 30000000, "charactersPerRequest": 400, "payloadKbPerRequest": 2, "peakToAverageRatio": 3 },
              "options": [
                { "id": "comprehend", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" },
                { "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": 35, "minInstances": 2 },
                { "id": "serverless", "kind": "sagemaker-serverless", "memoryGb": 2, "secondsPerRequest": 0.05 },
                { "id": "mme", "kind": "sagemaker-multimodel", "instanceType": "ml.m5.xlarge", "models": 40, "modelsPerInstance": 20, "requestsPerSecondPerInstance": 30 }
              ],
              "throughput": [ {{throughput}} ]
            }
            """;
    }
}
