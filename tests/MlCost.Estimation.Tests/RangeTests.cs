using MlCost.Estimation.Ranges;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

/// <summary>Assumptions as low/base/high ranges: bands, breakeven intervals and the sensitivity view, against the engine at each end.</summary>
public class RangeTests
{
    private static string Scenario(string throughput, string peak = "4") => $$"""
        { "name": "r", "region": "us-east-1",
          "workload": { "requestsPerMonth": 20000000, "charactersPerRequest": 550, "payloadKbPerRequest": 1, "responseKbPerRequest": 0.2, "peakToAverageRatio": {{peak}} },
          "options": [
            { "id": "comprehend", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" },
            { "id": "c5", "kind": "sagemaker-realtime", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": {{throughput}}, "minInstances": 1 }] }
        """;

    private static RangeResult Analyse(string json)
    {
        var scenario = ScenarioReader.Parse(json, "r.json");
        return RangeAnalysis.Analyse(scenario, json, Scenarios.Book, 20_000_000, 200_000, 2_000_000_000);
    }

    private static decimal Cost(string json, string id) =>
        new Estimator(ScenarioReader.Parse(json, "r.json"), Scenarios.Book).Compare(20_000_000).Ranked.Single(o => o.Id == id).MonthlyCostUsd;

    [Fact]
    public void A_band_ends_at_the_engines_cost_at_the_low_and_the_high_input()
    {
        // Peak 20,000,000 × 4 / 2,628,000 = 30.44 requests/s: at 55 an instance, 1 instance (730 × 0.204 = 148.92); at 30, 2 (297.84).
        // Data processed 20,000,000 × 1.2 KB / 1,048,576 × 0.016 = 0.3662109375 either way.
        var ranges = Analyse(Scenario("""{ "low": 30, "base": 40, "high": 55 }"""));
        var band = ranges.Bands.Single(b => b.Option == "c5");
        Assert.Equal((148.92m + 0.3662109375m, 297.84m + 0.3662109375m), (band.LowUsd, band.HighUsd));
        Assert.Equal(Cost(Scenario("55"), "c5"), band.LowUsd);
        Assert.Equal(Cost(Scenario("30"), "c5"), band.HighUsd);
        Assert.Contains("requestsPerSecondPerInstance high 55", band.LowAt);
        Assert.Equal("c5", ranges.CheapestThroughout);
    }

    [Fact]
    public void Sensitivity_ranks_what_moves_an_option_most_and_the_cheapest_can_depend_on_the_assumptions()
    {
        // Peak 2 to 8 moves c5 from 1 instance (30.44 / 2 × ... = 15.2 requests/s at 40) to 2 (60.9 at 40 → 2); throughput 30–55 moves
        // it from 2 (30.44 / 30) to 1. Comprehend (6 units × 20,000,000 = 120,000,000 units) moves with neither.
        var ranges = Analyse(Scenario("""{ "low": 30, "base": 40, "high": 55 }""", """{ "low": 2, "base": 4, "high": 8 }"""));
        var c5 = ranges.Sensitivity.Single(t => t.Option == "c5");
        Assert.All(c5.Swings, s => Assert.Equal(297.84m - 148.92m, Math.Abs(s.CostAtHigh - s.CostAtLow)));
        Assert.All(ranges.Sensitivity.Single(t => t.Option == "comprehend").Swings, s => Assert.Equal(s.CostAtLow, s.CostAtHigh));
        // At every combination c5 is cheaper than Comprehend, so the cheapest holds; both still cross Comprehend below the volume.
        Assert.Equal("c5", ranges.CheapestThroughout);
        Assert.Contains(ranges.Breakevens, b => b.A == "comprehend" && b.B == "c5" && b.AtEveryCombination && b.FromRequestsPerMonth < 20_000_000);
    }

    [Theory]
    [InlineData("""{ "low": 50, "base": 40, "high": 55 }""", "low ≤ base ≤ high")]
    [InlineData("""{ "low": 30, "base": 40 }""", "high: is required")]
    [InlineData("""{ "low": 30, "base": 40, "high": "lots" }""", "must be a number")]
    [InlineData("""{ "low": 0, "base": 40, "high": 55 }""", "greater than 0")]
    public void A_range_is_checked_end_by_end(string range, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Scenario(range), "r.json"));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_whole_number_field_takes_whole_ends_only()
    {
        var json = Scenario("40").Replace("\"minInstances\": 1", "\"minInstances\": { \"low\": 1, \"base\": 2, \"high\": 2.5 }");
        Assert.Contains("must be a whole number, not 2.5", Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(json, "r.json")).Message);
    }
}
