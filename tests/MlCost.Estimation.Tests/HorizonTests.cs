using MlCost.Estimation.Horizon;

namespace MlCost.Estimation.Tests;

/// <summary>The months ahead and a Savings Plan commitment, worked by hand from the committed cache's us-east-1 rates.</summary>
public class HorizonTests
{
    // ml.c5.xlarge Hosting $0.204/h, at least 2 instances; 40 requests/s each; peak = average. No data processed.
    private static Estimator Fleet(decimal volume) => Scenarios.Estimate("us-east-1", $$"""{ "requestsPerMonth": {{volume}} }""",
        """
        [{ "id": "c5", "kind": "sagemaker-realtime", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": 40, "minInstances": 2 },
         { "id": "comprehend", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" }]
        """);

    [Fact]
    public void Volume_grows_month_by_month_and_each_month_is_priced_by_the_same_rules()
    {
        // 100,000,000 requests, +50% a month: 100M, 150M, 225M. Instances = max(2, ceil(v / (40 × 2,628,000 = 105,120,000))):
        // 2, 2, 3 → 2 × 730 × 0.204 = 297.84, 297.84, 3 × 730 × 0.204 = 446.76.
        var result = HorizonProjection.Project(Fleet(100_000_000), 3, 50, null);
        var c5 = result.Options.Single(o => o.Id == "c5");
        Assert.Equal([100_000_000m, 150_000_000m, 225_000_000m], c5.Months.Select(m => m.RequestsPerMonth));
        Assert.Equal([297.84m, 297.84m, 446.76m], c5.Months.Select(m => m.OnDemandUsd));
        Assert.Null(c5.WithPlanTotalUsd);
    }

    [Fact]
    public void A_commitment_covers_usage_at_plan_rates_bills_the_excess_on_demand_and_wastes_what_is_not_used()
    {
        // Plan rates at 20% off (no cache plan rate for ml.c5.xlarge Hosting): $0.30/h × 730 = $219 a month committed.
        // Month 1 (2 instances): eligible 297.84 on-demand = 238.272 at plan rates > 219: 19.272 at plan rates above it,
        //   billed on-demand: 19.272 / 0.8 = 24.09. With the plan: 219 + 24.09 = 243.09 (utilisation 238.272 / 219 = 108.8%).
        // At 10,000,000 requests and a $0.40/h commitment (292 a month): 238.272 used, 53.728 wasted; with the plan 292.
        var plan = new SavingsPlanCommitment(0.30m, DiscountPercent: 20);
        var month = HorizonProjection.Project(Fleet(100_000_000), 1, 0, plan).Options.Single(o => o.Id == "c5").Months[0].Plan!;
        Assert.Equal((297.84m, 238.272m, 219m, 219m, 24.09m, 0m, 243.09m), (month.EligibleOnDemandUsd, month.AtPlanRatesUsd, month.CommitmentUsd,
            month.CoveredUsd, month.OnDemandAboveUsd, month.WastedUsd, month.WithPlanUsd));
        Assert.Equal(238.272m / 219m, month.Utilisation);
        var idle = HorizonProjection.Project(Fleet(10_000_000), 1, 0, plan with { UsdPerHour = 0.40m }).Options.Single(o => o.Id == "c5");
        Assert.Equal((53.728m, 292m), (idle.Months[0].Plan!.WastedUsd, idle.Months[0].Plan!.WithPlanUsd));
        // The plan breaks even at the utilisation where committed dollars buy what on-demand would cost: 80% (1 − 20%).
        Assert.Equal(0.8m, idle.BreakevenUtilisation);
        // AI services are not covered.
        Assert.Null(HorizonProjection.Project(Fleet(10_000_000), 1, 0, plan).Options.Single(o => o.Id == "comprehend").Months[0].Plan);
    }

    [Fact]
    public void Months_past_the_term_are_on_demand_and_an_upfront_plan_says_what_it_pays_before()
    {
        // 1yr All Upfront at $0.30/h: 0.30 × 730 × 12 = 2,628 paid before the term.
        var result = HorizonProjection.Project(Fleet(100_000_000), 14, 0, new SavingsPlanCommitment(0.30m, "1yr", "All Upfront", 20));
        Assert.Equal(2_628m, result.UpfrontUsd);
        var c5 = result.Options.Single(o => o.Id == "c5");
        Assert.All(c5.Months.Take(12), m => Assert.NotNull(m.Plan));
        Assert.All(c5.Months.Skip(12), m => Assert.Null(m.Plan));
        Assert.Equal(12 * 243.09m + 2 * 297.84m, c5.WithPlanTotalUsd);
    }

    [Fact]
    public void Without_a_plan_rate_or_a_discount_the_commitment_is_an_error_naming_the_instance()
    {
        var error = Assert.Throws<MlCost.Pricing.Lookup.PriceNotFoundException>(() => HorizonProjection.Project(Fleet(1_000_000), 1, 0, new SavingsPlanCommitment(0.3m)));
        Assert.Contains("ml.c5.xlarge Hosting", error.Message);
        Assert.Contains("--plan-discount-percent", error.Message);
    }
}
