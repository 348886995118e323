using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

/// <summary>
/// Hand-worked totals, one or more per option kind. Unit prices are the committed cache's (shown in each
/// comment with where they come from); the arithmetic is written out so a reader can check it.
/// </summary>
public class CostModelTests
{
    private static decimal Total(Estimator estimator, string id, decimal volume) =>
        estimator.Compare(volume).Ranked.Single(o => o.Id == id).MonthlyCostUsd;

    // Textract AnalyzeDocument FORMS+QUERIES, us-east-1: first 1M pages $0.055, over 1M $0.045 (SKU VWGDYXPE27886VFB).
    private static readonly Estimator Textract = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "pagesPerRequest": 1 }""",
        """[{ "id": "t", "kind": "ai-service", "service": "textract", "operation": "AnalyzeDocument", "features": ["QUERIES", "FORMS"] }]""");

    [Fact]
    public void Textract_exactly_one_million_pages_stay_in_the_first_tier()
    {
        // 1,000,000 × 0.055 = 55,000
        Assert.Equal(55_000m, Total(Textract, "t", 1_000_000));
    }

    [Fact]
    public void Textract_page_one_million_and_one_is_billed_at_the_second_tier()
    {
        // 1,000,000 × 0.055 + 1 × 0.045 = 55,000.045
        Assert.Equal(55_000.045m, Total(Textract, "t", 1_000_001));
        var lines = Textract.Compare(1_000_001).Ranked[0].LineItems;
        Assert.Equal([1_000_000m, 1m], lines.Select(l => l.Quantity));
        Assert.Equal(["VWGDYXPE27886VFB.JRTCKXETXF.SB2VSFF4TP", "VWGDYXPE27886VFB.JRTCKXETXF.VNJQCFJPS4"], lines.Select(l => l.RateCode));
    }

    [Fact]
    public void Comprehend_bills_a_120_character_request_as_the_3_unit_minimum()
    {
        // DetectSentiment, us-east-1: $0.0001 per unit up to 10M. 120 characters = 2 units of 100, billed as the minimum of 3.
        // 1,000 requests × 3 units × 0.0001 = 0.30
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000, "charactersPerRequest": 120 }""",
            """[{ "id": "c", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" }]""");
        Assert.Equal(0.30m, Total(e, "c", 1000));
        Assert.Equal(3000m, e.Compare(1000).Ranked[0].LineItems[0].Quantity);
    }

    [Fact]
    public void Comprehend_rounds_characters_up_to_whole_units()
    {
        // 550 characters = 6 units (5.5 rounded up). 100,000 requests × 6 × 0.0001 = 60
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "charactersPerRequest": 550 }""",
            """[{ "id": "c", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" }]""");
        Assert.Equal(60m, Total(e, "c", 100_000));
    }

    [Fact]
    public void Rekognition_DetectLabels_is_priced_in_API_group_2_tiers()
    {
        // Group2, us-east-1: 1M × 0.001 + 4M × 0.0008 + 1M × 0.0006 = 1,000 + 3,200 + 600 = 4,800 for 6M images
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "r", "kind": "ai-service", "service": "rekognition", "operation": "DetectLabels" }]""");
        Assert.Equal(4_800m, Total(e, "r", 6_000_000));
    }

    [Fact]
    public void Translate_and_Polly_are_per_character()
    {
        // Translate, us-east-1: 1,000,000 × 800 characters × $0.000015 = 12,000
        // Polly neural, us-east-1: 1,000,000 × 800 characters × $0.000016 = 12,800
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "charactersPerRequest": 800 }""",
            """[{ "id": "tr", "kind": "ai-service", "service": "translate", "operation": "TranslateText" }, { "id": "p", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech", "engine": "neural" }]""");
        Assert.Equal(12_000m, Total(e, "tr", 1_000_000));
        Assert.Equal(12_800m, Total(e, "p", 1_000_000));
    }

    [Fact]
    public void Transcribe_bills_whole_seconds_with_a_15_second_minimum()
    {
        // StartTranscriptionJob, us-east-1: $0.0004/s for the first 15M seconds.
        // 10 s of audio bills 15 s: 1,000 × 15 × 0.0004 = 6.00.  12.3 s bills 15 s too; 20.2 s bills 21 s: 1,000 × 21 × 0.0004 = 8.40
        Assert.Equal(6.00m, Total(Transcribe(10), "s", 1000));
        Assert.Equal(6.00m, Total(Transcribe(12.3m), "s", 1000));
        Assert.Equal(8.40m, Total(Transcribe(20.2m), "s", 1000));

        static Estimator Transcribe(decimal seconds) => Scenarios.Estimate("us-east-1", $$"""{ "requestsPerMonth": 1, "audioSecondsPerRequest": {{seconds}} }""",
            """[{ "id": "s", "kind": "ai-service", "service": "transcribe", "operation": "StartTranscriptionJob" }]""");
    }

    // ml.g4dn.xlarge Hosting, us-east-1: $0.7364/h (FMBench table, secondary). 20 requests/s per instance, peak 3× average.
    // Peak reaches 20 requests/s at V = 20 × 730 × 3600 / 3 = 17,520,000 requests/month.
    private static readonly Estimator Realtime = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "peakToAverageRatio": 3 }""",
        """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 20, "minInstances": 1 }]""");

    [Fact]
    public void Realtime_fleet_steps_up_one_instance_past_the_peak_a_single_instance_serves()
    {
        // At 17,520,000: peak exactly 20/s → 1 instance × 730 h × 0.7364 = 537.572
        // One more request: 2 instances × 730 × 0.7364 = 1,075.144
        Assert.Equal(537.572m, Total(Realtime, "rt", 17_520_000));
        Assert.Equal(1_075.144m, Total(Realtime, "rt", 17_520_001));
        Assert.Contains(17_520_000m, Realtime.Models[0].Breakpoints(1, 40_000_000));
    }

    [Fact]
    public void Volumes_on_endpoint_instances_add_ML_storage_per_instance()
    {
        // eu-west-1: ml.g4dn.xlarge Hosting $0.821/h, endpoint ML storage $0.154/GB-month (AWS bill).
        // 1 instance × 730 h × 0.821 = 599.33; 1 × 30 GB × 0.154 = 4.62; total 603.95
        var e = Scenarios.Estimate("eu-west-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5, "volumeSizeGb": 30 }]""");
        Assert.Equal(603.95m, Total(e, "rt", 1000));
    }

    [Fact]
    public void One_endpoint_per_model_multiplies_the_fleet()
    {
        // 10 endpoints of ml.m5.large ($0.115/h, Infracost), at least 1 instance each: 10 × 730 × 0.115 = 839.50
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 10, "endpoints": 10 }]""");
        Assert.Equal(839.50m, Total(e, "rt", 1000));
    }

    [Fact]
    public void Serverless_is_memory_seconds_plus_data_processed()
    {
        // 2 GB, us-east-1: $0.00004/s; data in/out $0.016/GB.
        // 1,000,000 × 0.3 s = 300,000 s × 0.00004 = 12.00
        // 1,000,000 × 40 KB / 1,048,576 = 38.14697265625 GB × 0.016 = 0.6103515625
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "payloadKbPerRequest": 40 }""",
            """[{ "id": "s", "kind": "sagemaker-serverless", "memoryGb": 2, "secondsPerRequest": 0.3 }]""");
        Assert.Equal(12.6103515625m, Total(e, "s", 1_000_000));
    }

    [Fact]
    public void Async_inference_scales_to_zero_but_keeps_its_minimum()
    {
        // ml.g4dn.2xlarge AsyncInf, eu-west-3: $1.099/h. 0.01 requests/s per instance, requests in bursts (the work's hours alone).
        // 20,000 requests = 20,000 / (0.01 × 3600) = 555.5… h × 1.099 = 610.5555…
        var zero = Scenarios.Estimate("eu-west-3", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "a", "kind": "sagemaker-async", "instanceType": "ml.g4dn.2xlarge", "requestsPerSecondPerInstance": 0.01, "arrival": "bursts" }]""");
        Assert.Equal(20_000m / 36m * 1.099m, Total(zero, "a", 20_000), 20);
        Assert.Equal(0m, Total(zero, "a", 0));
        // With one instance always on, the month is at least 730 h × 1.099 = 802.27
        var one = Scenarios.Estimate("eu-west-3", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "a", "kind": "sagemaker-async", "instanceType": "ml.g4dn.2xlarge", "requestsPerSecondPerInstance": 0.01, "minInstances": 1 }]""");
        Assert.Equal(802.27m, Total(one, "a", 20_000));
    }

    [Fact]
    public void Batch_transform_is_work_hours_plus_startup_per_job_per_instance()
    {
        // ml.m5.xlarge BatchTransform, eu-west-1: $0.257/h (AWS bill).
        // Work: 500,000 / (2 requests/s × 3600) = 69.444… h. Start-up: 30 jobs × 2 instances × 6 min = 6 h.
        // (69.444… + 6) × 0.257 = 19.3891…
        var e = Scenarios.Estimate("eu-west-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "b", "kind": "sagemaker-batch", "instanceType": "ml.m5.xlarge", "requestsPerSecondPerInstance": 2, "instanceCount": 2, "jobsPerMonth": 30, "startupMinutesPerJob": 6 }]""");
        Assert.Equal((500_000m / 7_200m + 6m) * 0.257m, Total(e, "b", 500_000), 20);
    }

    [Fact]
    public void Multi_model_endpoint_needs_the_larger_of_what_models_and_traffic_need()
    {
        // ml.m5.xlarge Hosting, us-east-1: $0.23/h. 200 models / 40 per instance = 5 instances: 5 × 730 × 0.23 = 839.50.
        // Traffic needs a 6th instance once peak passes 5 × 100/s: V = 500 × 730 × 3600 / 3 = 438,000,000 → 6 × 730 × 0.23 = 1,007.40
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "peakToAverageRatio": 3 }""",
            """[{ "id": "m", "kind": "sagemaker-multimodel", "instanceType": "ml.m5.xlarge", "models": 200, "modelsPerInstance": 40, "requestsPerSecondPerInstance": 100 }]""");
        Assert.Equal(839.50m, Total(e, "m", 438_000_000));
        Assert.Equal(1_007.40m, Total(e, "m", 438_000_001));
    }

    [Fact]
    public void A_spot_training_month_counts_spot_and_shows_on_demand_beside_it()
    {
        // ml.p3.2xlarge Training, eu-west-1: $4.131/h (AWS bill). 2 instances × 10 h × 4 runs = 80 h.
        // On-demand: 80 × 4.131 = 330.48.  Managed spot, 70% saving, 10% more hours: 88 h × (4.131 × 0.3 = 1.2393) = 109.0584
        // The realtime endpoint (ml.g4dn.xlarge Hosting $0.821, 1 instance): 730 × 0.821 = 599.33; total 599.33 + 109.0584 = 708.3884
        var e = Scenarios.Estimate("eu-west-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5 }]""",
            """[{ "id": "train", "instanceType": "ml.p3.2xlarge", "instanceCount": 2, "hoursPerRun": 10, "runsPerMonth": 4, "managedSpot": true, "spotSavingsPercent": 70, "spotOverheadPercent": 10 }]""");
        var option = e.Compare(1000).Ranked.Single();
        Assert.Equal(708.3884m, option.MonthlyCostUsd);
        Assert.Equal(330.48m, Assert.Single(option.Alternatives).CostUsd);
        Assert.Equal(new TrainingSummaryValues(330.48m, 109.0584m, "managed-spot"), Values(Assert.Single(e.Training)));
    }

    [Fact]
    public void Training_is_not_added_to_AI_service_options()
    {
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000, "charactersPerRequest": 100 }""",
            """[{ "id": "c", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" }]""",
            """[{ "id": "train", "instanceType": "ml.m5.large", "hoursPerRun": 1, "runsPerMonth": 1 }]""");
        Assert.Equal(0.30m, Total(e, "c", 1000));
    }

    [Fact]
    public void The_enterprise_discount_is_a_line_that_keeps_the_sum()
    {
        // 10 endpoints × 730 × 0.115 = 839.50, less 10% = 755.55
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 10, "endpoints": 10 }]""",
            pricing: """{ "discountPercent": 10 }""");
        var option = e.Compare(1000).Ranked.Single();
        Assert.Equal(755.55m, option.MonthlyCostUsd);
        Assert.Equal(-83.95m, option.LineItems[^1].CostUsd);
        Assert.Equal(option.MonthlyCostUsd, option.LineItems.Sum(l => l.CostUsd));
    }

    [Fact]
    public void A_savings_plan_uses_the_given_discount_where_the_cache_has_no_plan_rate()
    {
        // 730 × 0.7364 × (1 − 0.20) = 430.0576
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5 }]""",
            pricing: """{ "savingsPlan": { "term": "1yr", "discountPercent": 20 } }""");
        Assert.Equal(430.0576m, Total(e, "rt", 1000));
    }

    [Fact]
    public void A_savings_plan_without_a_rate_or_a_discount_is_an_error_naming_the_option()
    {
        var error = Assert.Throws<ScenarioException>(() => Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 5 }]""",
            pricing: """{ "savingsPlan": { "term": "3yr" } }"""));
        Assert.Contains("options[0] (\"rt\")", error.Message);
        Assert.Contains("discountPercent", error.Message);
    }

    [Fact]
    public void The_free_tier_takes_the_first_units_off_and_says_it_is_time_limited()
    {
        // DetectDocumentText, us-east-1: 1,000 free pages a month (first 3 months). 5,000 pages: (5,000 − 1,000) × 0.0015 = 6.00
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1 }""",
            """[{ "id": "t", "kind": "ai-service", "service": "textract", "operation": "DetectDocumentText" }]""",
            pricing: """{ "freeTier": true }""");
        var option = e.Compare(5000).Ranked.Single();
        Assert.Equal(6.00m, option.MonthlyCostUsd);
        Assert.Contains("first 3 months", option.LineItems[^1].Description);
        Assert.Contains(option.Notes, n => n.Contains("first 3 months"));
    }

    [Fact]
    public void Costs_per_thousand_requests_follow_the_total()
    {
        var option = Realtime.Compare(1_000_000).Ranked.Single();
        Assert.Equal(537.572m / 1_000_000m * 1000m, option.CostPer1000RequestsUsd);
        Assert.Null(Realtime.Compare(0).Ranked.Single().CostPer1000RequestsUsd);
    }

    private sealed record TrainingSummaryValues(decimal? OnDemand, decimal? Spot, string Counted);

    private static TrainingSummaryValues Values(CostModels.TrainingSummary s) => new(s.OnDemandUsd, s.ManagedSpotUsd, s.Counted);
}
