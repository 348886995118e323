using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

/// <summary>
/// Billing rules an audit found wrong, each worked by hand from the committed cache's unit prices (quoted in the
/// comments with their SKUs or sources), never from the engine's own output.
/// </summary>
public class BillingRuleTests
{
    private static decimal Total(Estimator estimator, string id, decimal volume) =>
        estimator.Compare(volume).Ranked.Single(o => o.Id == id).MonthlyCostUsd;

    // Serverless 2 GB, us-east-1 (Infracost's Price List output): on-demand $0.00004/s, provisioned concurrency
    // warm $0.00001/s, inference under provisioned concurrency $0.0000233/s.
    private static Estimator Provisioned(decimal peak, int concurrency) => Scenarios.Estimate("us-east-1",
        $$"""{ "requestsPerMonth": 1, "peakToAverageRatio": {{peak}} }""",
        $$"""[{ "id": "s", "kind": "sagemaker-serverless", "memoryGb": 2, "secondsPerRequest": 0.5, "provisionedConcurrency": {{concurrency}} }]""");

    [Fact]
    public void Requests_within_provisioned_concurrency_are_billed_at_its_inference_rate()
    {
        // 3,000,000 × 0.5 s = 1,500,000 s. Average concurrency 1,500,000 / (730 × 3600 = 2,628,000) = 0.57 at peak 1× ≤ 2:
        // all served by provisioned concurrency: 1,500,000 × 0.0000233 = 34.95. Warm: 2 × 2,628,000 = 5,256,000 s × 0.00001 = 52.56.
        // Total 87.51 (before: every second on-demand, 60 + 52.56 = 112.56).
        var e = Provisioned(1, 2);
        Assert.Equal(87.51m, Total(e, "s", 3_000_000));
        Assert.DoesNotContain(e.Compare(3_000_000).Ranked[0].LineItems, l => l.Description.Contains("on-demand"));
    }

    [Fact]
    public void Compute_seconds_beyond_what_provisioned_concurrency_serves_are_on_demand()
    {
        // Peak 4× average, provisioned concurrency 1: it serves 1 × 2,628,000 / 4 = 657,000 s a month.
        // 12,000,000 × 0.5 = 6,000,000 s: 657,000 × 0.0000233 = 15.3081; 5,343,000 × 0.00004 = 213.72; warm 2,628,000 × 0.00001 = 26.28.
        // Total 255.3081
        var e = Provisioned(4, 1);
        Assert.Equal(255.3081m, Total(e, "s", 12_000_000));
        var lines = e.Compare(12_000_000).Ranked[0].LineItems;
        Assert.Equal([657_000m, 5_343_000m, 2_628_000m], lines.Select(l => l.Quantity));
        // The shares switch where the seconds reach what provisioned concurrency serves: 657,000 / 0.5 = 1,314,000 requests.
        Assert.Contains(1_314_000m, e.Models[0].Breakpoints(1, 10_000_000));
    }

    [Fact]
    public void Textract_FORMS_and_TABLES_without_a_bundle_SKU_are_billed_as_both_SKUs()
    {
        // us-east-1: FORMS (DSWYVCQ9QNW9CY2N) 0.05 to 1M pages, 0.04 above; TABLES (B2TF6MVSVF57QXDE) 0.015, then 0.01.
        // 1,000,001 pages: 1,000,000 × (0.05 + 0.015) + 1 × (0.04 + 0.01) = 65,000.05 — AWS's $0.065 a page for the first million.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "t", "kind": "ai-service", "service": "textract", "operation": "AnalyzeDocument", "features": ["TABLES", "FORMS"] }]""");
        var option = e.Compare(1_000_001).Ranked.Single();
        Assert.Equal(65_000.05m, option.MonthlyCostUsd);
        Assert.Equal(["DSWYVCQ9QNW9CY2N", "B2TF6MVSVF57QXDE"], option.LineItems.Select(l => l.Sku).Distinct());
        Assert.Contains(option.Notes, n => n.Contains("no FORMS+TABLES bundle SKU"));
    }

    [Fact]
    public void A_bundle_with_its_own_SKU_is_never_priced_as_a_sum()
    {
        // FORMS+QUERIES+TABLES has SKU E7GKQXTN22TKKDQX at 0.07 a page (the sum of its features would be 0.08).
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "t", "kind": "ai-service", "service": "textract", "operation": "AnalyzeDocument", "features": ["FORMS", "TABLES", "QUERIES"] }]""");
        Assert.Equal(70m, Total(e, "t", 1_000));
    }

    [Fact]
    public void Polly_generative_and_long_form_have_their_free_tier()
    {
        // us-east-1 Polly: generative $0.00003, long-form $0.0001 a character. 1,000 requests × 200 characters = 200,000.
        // Generative: 100,000 free → 100,000 × 0.00003 = 3.00. Long-form: 500,000 free covers it all → 0.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "charactersPerRequest": 200 }""",
            """[{ "id": "g", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech", "engine": "generative" }, { "id": "l", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech", "engine": "long-form" }]""",
            pricing: """{ "freeTier": true }""");
        Assert.Equal(3.00m, Total(e, "g", 1_000));
        Assert.Equal(0m, Total(e, "l", 1_000));
    }

    [Fact]
    public void SageMaker_has_a_free_tier_too_and_the_notes_say_which_accounts_get_it()
    {
        // us-east-1: ml.m5.xlarge Hosting $0.23/h: 730 h − 125 free = 605 × 0.23 = 139.15.
        // Serverless 2 GB $0.00004/s: 1,000,000 × 0.3 s = 300,000 s − 150,000 free = 150,000 × 0.00004 = 6.00.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.m5.xlarge", "requestsPerSecondPerInstance": 100 }, { "id": "s", "kind": "sagemaker-serverless", "memoryGb": 2, "secondsPerRequest": 0.3 }]""",
            pricing: """{ "freeTier": true }""");
        Assert.Equal(139.15m, Total(e, "rt", 1_000_000));
        Assert.Equal(6.00m, Total(e, "s", 1_000_000));
        var notes = e.Compare(1_000_000).Ranked.SelectMany(o => o.Notes).ToList();
        Assert.Contains(notes, n => n.Contains("first 2 months") && n.Contains("15 July 2025") && n.Contains("aws.amazon.com/sagemaker/pricing"));
        // A type outside the free tier gets none: ml.g4dn.xlarge 730 × 0.7364 = 537.572.
        var other = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 100 }]""",
            pricing: """{ "freeTier": true }""");
        Assert.Equal(537.572m, Total(other, "rt", 1_000));
    }

    [Fact]
    public void Free_training_hours_come_off_on_demand_runs_only()
    {
        // eu-west-1 ml.m5.xlarge Training $0.257/h (AWS bill). Hosting ml.m5.large is not in eu-west-1's cache, so the
        // endpoint is ml.g4dn.xlarge at $0.821/h: 730 × 0.821 = 599.33.
        // On-demand run: 1 × 30 h × 2 runs = 60 h − 50 free = 10 × 0.257 = 2.57. Total 601.90.
        // On managed spot (70% saving, no overhead): 60 × 0.0771 = 4.626, nothing free. Total 603.956.
        Assert.Equal(601.90m, Total(Run(false), "rt", 1_000));
        Assert.Equal(603.956m, Total(Run(true), "rt", 1_000));

        static Estimator Run(bool spot) => Scenarios.Estimate("eu-west-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 100 }]""",
            $$"""[{ "id": "train", "instanceType": "ml.m5.xlarge", "hoursPerRun": 30, "runsPerMonth": 2, "managedSpot": {{(spot ? "true" : "false")}}, "spotSavingsPercent": 70 }]""",
            pricing: """{ "freeTier": true }""");
    }

    [Fact]
    public void A_number_too_large_for_decimal_is_an_error_naming_the_field()
    {
        var error = Assert.Throws<ScenarioException>(() => Scenarios.Parse(
            """{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 1e30 }, "options": [{ "id": "a", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech" }] }"""));
        Assert.Contains("workload.requestsPerMonth", error.Message);
        Assert.Contains("1e30 is too large", error.Message);
        // A malformed number is not called too large.
        var malformed = Assert.Throws<ScenarioException>(() => Scenarios.Parse(
            """{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 1.2.3 }, "options": [{ "id": "a", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech" }] }"""));
        Assert.DoesNotContain("too large", malformed.Message);
        Assert.Contains("not valid JSON", malformed.Message);
    }

    [Fact]
    public void A_plan_rate_prices_a_run_the_cache_has_no_on_demand_rate_for()
    {
        // us-east-1 ml.m4.16xlarge Training: only a 1yr Partial Upfront plan rate, $2.60544/h. 1 × 10 h × 2 runs = 20 h × 2.60544 = 52.1088.
        // The endpoint has no plan rate, so the scenario's 20% discount applies: ml.m5.large $0.115 × 0.8 = 0.092 × 730 = 67.16. Total 119.2688.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 10 }]""",
            """[{ "id": "train", "instanceType": "ml.m4.16xlarge", "hoursPerRun": 10, "runsPerMonth": 2 }]""",
            pricing: """{ "savingsPlan": { "term": "1yr", "purchaseOption": "Partial Upfront", "discountPercent": 20 } }""");
        Assert.Equal(119.2688m, Total(e, "rt", 1000));
        var run = Assert.Single(e.Training);
        Assert.Equal(("savings-plan", (decimal?)null, 52.1088m), (run.Counted, run.OnDemandUsd, run.SavingsPlanUsd!.Value));
    }

    [Fact]
    public void Managed_spot_without_an_on_demand_rate_says_so()
    {
        var error = Assert.Throws<ScenarioException>(() => Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 10 }]""",
            """[{ "id": "train", "instanceType": "ml.m4.16xlarge", "hoursPerRun": 10, "runsPerMonth": 2, "managedSpot": true }]""",
            pricing: """{ "savingsPlan": { "term": "1yr", "purchaseOption": "Partial Upfront", "discountPercent": 20 } }"""));
        Assert.Contains("training[0] (\"train\")", error.Message);
        Assert.Contains("managed spot is priced from it", error.Message);
    }

    [Fact]
    public void Under_a_plan_managed_spot_is_not_discounted_twice_and_each_way_is_labelled_for_what_it_is()
    {
        // eu-west-1 (AWS bill): ml.p3.2xlarge Training $4.131/h, ml.g4dn.xlarge Hosting $0.821/h; plan discount 20% (no plan rates cached).
        // Spot, counted: 2 × 10 h × 4 runs = 80 h + 10% = 88 h × 4.131 × 0.3 = 109.0584 (not 4.131 × 0.8 × 0.3).
        // Endpoint: 730 × 0.821 × 0.8 = 479.464. Total 588.5224.
        // Beside it: the plan's 80 × 4.131 × 0.8 = 264.384 and the true on-demand 80 × 4.131 = 330.48.
        var e = Scenarios.Estimate("eu-west-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5 }]""",
            """[{ "id": "train", "instanceType": "ml.p3.2xlarge", "instanceCount": 2, "hoursPerRun": 10, "runsPerMonth": 4, "managedSpot": true, "spotSavingsPercent": 70, "spotOverheadPercent": 10 }]""",
            pricing: """{ "savingsPlan": { "term": "1yr", "discountPercent": 20 } }""");
        var option = e.Compare(1000).Ranked.Single();
        Assert.Equal(588.5224m, option.MonthlyCostUsd);
        Assert.Equal([264.384m, 330.48m], option.Alternatives.Select(l => l.CostUsd));
        Assert.Contains("under the Savings Plan", option.Alternatives[0].Description);
        Assert.Contains("on-demand (without the Savings Plan)", option.Alternatives[1].Description);
        Assert.Contains(option.Notes, n => n.Contains("not stacked"));
    }

    // ml.g4dn.2xlarge AsyncInf, eu-west-3: $1.099/h.
    private static Estimator Async(string arrival) => Scenarios.Estimate("eu-west-3", """{ "requestsPerMonth": 1 }""",
        $$"""[{ "id": "a", "kind": "sagemaker-async", "instanceType": "ml.g4dn.2xlarge", {{arrival}} }]""");

    [Fact]
    public void Async_requests_spread_evenly_keep_an_instance_in_service_while_gaps_are_shorter_than_the_idle_time()
    {
        // 360,000 requests at 0.5 requests/s per instance: 200 h of work, but a request every 2,628,000 / 360,000 = 7.3 s,
        // far under the 15-minute scale-in: one instance in service all month, 730 × 1.099 = 802.27.
        var even = Async("\"requestsPerSecondPerInstance\": 0.5");
        Assert.Equal(802.27m, Total(even, "a", 360_000));
        // 100 requests (2 s of work each), 7.3 hours apart: each keeps an instance up 2 s + 15 min; 100 × (1/1800 + 1/4) h = 25.0555… h × 1.099.
        Assert.Equal(100m * (1m / 1800m + 15m / 60m) * 1.099m, Total(even, "a", 100), 20);
        // 3,000,000 requests at 0.5/s: 1,666.66… h of work, a load of 2.28 instances: two more all month beyond the first.
        // (3 − 1) × 730 + min(730, …) = 2,190 h × 1.099 = 2,406.81
        Assert.Equal(2_406.81m, Total(even, "a", 3_000_000));
    }

    [Fact]
    public void Async_requests_in_busy_windows_keep_the_window_s_fleet_up_for_the_window_and_the_idle_time()
    {
        // 100,000 requests at 0.05/s: 100,000 / 180 = 555.55… h of work in 2 windows a day of 3 h, 730 / 24 × 2 = 60.8333… windows a month:
        // 9.13… h of work a window over 3 h → 4 instances; each window 4 × (3 h + 15 min) = 13 h; 60.8333… × 13 = 790.8333… h × 1.099.
        var windows = Async("\"requestsPerSecondPerInstance\": 0.05, \"arrival\": \"windows\", \"busyWindowsPerDay\": 2, \"busyHoursPerWindow\": 3");
        Assert.Equal(730m / 24m * 2m * 13m * 1.099m, Total(windows, "a", 100_000), 18);
    }

    [Fact]
    public void Busy_window_fields_belong_to_the_windows_pattern()
    {
        var error = Assert.Throws<ScenarioException>(() => Async("\"requestsPerSecondPerInstance\": 0.05, \"busyWindowsPerDay\": 2"));
        Assert.Contains("only \"arrival\": \"windows\" takes busyWindowsPerDay", error.Message);
    }
}
