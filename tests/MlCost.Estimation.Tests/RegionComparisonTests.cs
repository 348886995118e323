using MlCost.Estimation.Regions;

namespace MlCost.Estimation.Tests;

/// <summary>compare --regions, worked by hand from the committed cache's rates in each region.</summary>
public class RegionComparisonTests
{
    private const string Workload = """{ "requestsPerMonth": 500000, "pagesPerRequest": 1, "peakToAverageRatio": 2 }""";

    private const string Options = """
        [{ "id": "textract", "kind": "ai-service", "service": "textract", "operation": "DetectDocumentText" },
         { "id": "g4dn", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5 },
         { "id": "c5", "kind": "sagemaker-realtime", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": 5 }]
        """;

    [Fact]
    public void Each_region_is_priced_at_its_own_rates_and_ranked_by_its_cheapest_option()
    {
        var scenario = Scenarios.Parse($$"""{ "name": "r", "region": "us-east-1", "workload": {{Workload}}, "options": {{Options}} }""");
        var rows = RegionComparison.Compare(scenario, Scenarios.Book, ["eu-west-1", "us-east-1"], 500_000);
        // Textract DetectDocumentText is $0.0015 a page in both (MU9BPN7BUTB9FTQJ, SQENCYNCS978Y973): 500,000 × 0.0015 = 750.
        // One instance each (peak 500,000 × 2 / 2,628,000 = 0.38 requests/s): ml.g4dn.xlarge Hosting 730 h × 0.7364 = 537.572 in
        // us-east-1, × 0.821 = 599.33 in eu-west-1; ml.c5.xlarge 730 × 0.204 = 148.92 in us-east-1 and no eu-west-1 price.
        var usEast = rows[0];
        Assert.Equal(("us-east-1", true, "c5"), (usEast.Region, usEast.Complete, usEast.Cheapest!.Id));
        Assert.Equal([750m, 537.572m, 148.92m], usEast.Options.Select(o => o.MonthlyCostUsd!.Value));
        var euWest = rows[1];
        Assert.Equal(("eu-west-1", false, "g4dn"), (euWest.Region, euWest.Complete, euWest.Cheapest!.Id));
        Assert.Equal([750m, 599.33m, null], euWest.Options.Select(o => o.MonthlyCostUsd));
        Assert.Contains("no Hosting price for ml.c5.xlarge in eu-west-1", euWest.Options[2].Missing);
        Assert.Contains("mlcost prices refresh --services sagemaker --regions eu-west-1", euWest.Options[2].Missing);
    }

    [Fact]
    public void The_candidates_are_the_regions_the_cache_prices_a_service_of_the_scenario_in()
    {
        var scenario = Scenarios.Parse("""
            { "name": "r", "region": "us-east-1", "workload": { "requestsPerMonth": 1 },
              "options": [{ "id": "f", "kind": "ai-service", "service": "forecast", "operation": "CreateForecast" }] }
            """);
        Assert.Equal(Scenarios.Book.Cache.Regions(MlCost.Pricing.Model.Service.Forecast).Order(), RegionComparison.Candidates(scenario, Scenarios.Book));
    }
}
