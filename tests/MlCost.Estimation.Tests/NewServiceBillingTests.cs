using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

/// <summary>
/// Forecast, Personalize, Lex, Bedrock, pipelines and LLM endpoints, each total worked by hand from the committed
/// cache's unit prices (quoted with their SKUs or sources), never from the engine's own output.
/// </summary>
public class NewServiceBillingTests
{
    private static decimal Total(Estimator estimator, string id, decimal volume) =>
        estimator.Compare(volume).Ranked.Single(o => o.Id == id).MonthlyCostUsd;

    [Fact]
    public void Bedrock_against_an_LLM_endpoint_breaks_even_where_the_endpoint_fleet_costs_what_the_tokens_do()
    {
        // Bedrock us-east-1 (genai-prices, secondary), per million tokens: Llama 3.1 8B $0.22 in and out; Claude Haiku 4.5
        // in-region $1.1 in, $5.5 out. 1,500 tokens in, 300 out a request:
        //   Llama: (1,500 + 300) × 0.22 / 1e6 = $0.000396 a request; 2,000,000 requests = $792.
        //   Haiku: 1,500 × 1.1 / 1e6 + 300 × 5.5 / 1e6 = 0.00165 + 0.00165 = $0.0033 a request; = $6,600.
        // ml.g5.2xlarge Hosting $1.515/h at 600 output tokens/s = 600 / 300 = 2 requests/s an instance. Peak 3× average:
        //   2,000,000 × 3 / (730 × 3,600) = 2.28 requests/s → 2 instances × 730 h × 1.515 = $2,211.90.
        var e = Scenarios.Example("llm-bedrock-vs-endpoint.json");
        Assert.Equal(792m, Total(e, "bedrock-llama31-8b", 2_000_000));
        Assert.Equal(6_600m, Total(e, "bedrock-haiku-45", 2_000_000));
        Assert.Equal(2_211.90m, Total(e, "llama-g5-2xlarge", 2_000_000));
        // One instance serves up to 2 × 730 × 3,600 / 3 = 1,752,000 requests for 730 × 1.515 = $1,105.95; Haiku costs that
        // at 1,105.95 / 0.0033 = 335,136.36… requests, 1,800 tokens each: 603,245,454.5… tokens a month.
        var crossing = Estimator.Crossings(e.Curves(20_000, 200_000_000)).Single(c => c.A == "bedrock-haiku-45" && c.B == "llama-g5-2xlarge");
        Assert.Equal(1_105.95m / 0.0033m, Assert.Single(crossing.RequestsPerMonth), 12);
        // Llama on Bedrock costs $0.000396 a request against the fleet's $1,105.95 per 1,752,000 ($0.00063): never crossed.
        Assert.Empty(Estimator.Crossings(e.Curves(20_000, 200_000_000)).Single(c => c.A == "bedrock-llama31-8b" && c.B == "llama-g5-2xlarge").RequestsPerMonth);
    }

    [Fact]
    public void Bedrock_prompt_cache_tokens_are_billed_at_their_own_prices_and_a_model_without_them_says_so()
    {
        // Nova Lite: $0.06 in, $0.24 out, $0.015 cache read per million. 1,000,000 requests × (100 in, 50 out, 2,000 read):
        //   100 × 0.06 + 50 × 0.24 + 2,000 × 0.015 = 6 + 12 + 30 = $48.
        var workload = """{ "requestsPerMonth": 1000000, "inputTokensPerRequest": 100, "outputTokensPerRequest": 50, "cacheReadTokensPerRequest": 2000 }""";
        var lite = Scenarios.Estimate("us-east-1", workload,
            """[{ "id": "b", "kind": "ai-service", "service": "bedrock", "operation": "InvokeModel", "model": "amazon.nova-lite-v1:0" }]""");
        Assert.Equal(48m, Total(lite, "b", 1_000_000));
        // Llama 3.1 8B has no cache-read price in the data: with cache tokens to bill, that is an error naming it.
        var error = Assert.Throws<ScenarioException>(() => Scenarios.Estimate("us-east-1", workload,
            """[{ "id": "b", "kind": "ai-service", "service": "bedrock", "operation": "InvokeModel", "model": "meta.llama3-1-8b-instruct-v1:0" }]"""));
        Assert.Contains("cache-read tokens", error.Message);
        Assert.Contains("meta.llama3-1-8b-instruct-v1:0", error.Message);
    }

    [Fact]
    public void Bedrock_batch_inference_is_half_the_on_demand_price_as_AWS_states()
    {
        // Nova Lite $0.06 in, $0.24 out per million; batch at 50% (Bedrock User Guide): 1,000,000 requests × (1,000 in, 200 out)
        //   = 1,000 × 0.03 + 200 × 0.12 = 30 + 24 = $54 (on-demand $108).
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000000, "inputTokensPerRequest": 1000, "outputTokensPerRequest": 200 }""",
            """
            [{ "id": "batch", "kind": "ai-service", "service": "bedrock", "operation": "CreateModelInvocationJob", "model": "amazon.nova-lite-v1:0" },
             { "id": "on-demand", "kind": "ai-service", "service": "bedrock", "operation": "InvokeModel", "model": "amazon.nova-lite-v1:0" }]
            """);
        var batch = e.Compare(1_000_000).Ranked.Single(o => o.Id == "batch");
        Assert.Equal(54m, batch.MonthlyCostUsd);
        Assert.Equal(108m, Total(e, "on-demand", 1_000_000));
        Assert.All(batch.LineItems, l => Assert.Contains("Capacity, Limits, and Cost Optimization", l.Source));
        Assert.Contains(batch.Notes, n => n.Contains("50% of the on-demand price"));
    }

    [Fact]
    public void An_unknown_Bedrock_model_is_answered_with_the_close_ones()
    {
        var error = Assert.Throws<ScenarioException>(() => Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1, "inputTokensPerRequest": 1 }""",
            """[{ "id": "b", "kind": "ai-service", "service": "bedrock", "operation": "Converse", "model": "amazon.nova-lite" }]"""));
        Assert.Contains("no model \"amazon.nova-lite\" is priced there", error.Message);
        Assert.Contains("Did you mean amazon.nova-lite-v1:0", error.Message);
        // A refresh would not bring Bedrock model prices: the message says how they are had instead.
        Assert.Contains("mlcost prices import FILE", error.Message);
        Assert.DoesNotContain("prices refresh --services bedrock", error.Message);
    }

    [Fact]
    public void Personalize_bills_the_minimum_TPS_every_hour_and_its_tiers_above_it()
    {
        // GetRecommendations (ZXJHRBT3ECV7U262): $0.000055555 a TPS-second to 72,000,000, $0.000027777 to 720,000,000.
        // Training (CreateSolutionVersion) $0.24/h × 40 = 9.60; data $0.05/GB × 5 = 0.25.
        var e = Scenarios.Example("recommendations.json");
        // 2,000,000 requests are fewer than the minimum's 1 × 730 × 3,600 = 2,628,000 TPS-seconds: 2,628,000 × 0.000055555 = 145.99854.
        Assert.Equal(145.99854m + 9.60m + 0.25m, Total(e, "personalize", 2_000_000));
        // 5,000,000 requests: 5,000,000 × 0.000055555 = 277.775.
        Assert.Equal(277.775m + 9.85m, Total(e, "personalize", 5_000_000));
        // 80,000,000: 72,000,000 × 0.000055555 + 8,000,000 × 0.000027777 = 3,999.96 + 222.216.
        Assert.Equal(3_999.96m + 222.216m + 9.85m, Total(e, "personalize", 80_000_000));
        // The floor ends where requests pass the minimum: a breakpoint at 2,628,000.
        Assert.Contains(2_628_000m, e.Models.Single(m => m.Id == "personalize").Breakpoints(1, 10_000_000));
        // ml.c5.xlarge: 2 instances × 730 × 0.204 = 297.84, training 12 h × 0.115 = 1.38, data 3 KB a request × 0.016/GB.
        // Personalize + 9.85 = 297.84 + 1.38 + v × 3 × 0.016 / 1,048,576 at v = 289.37 / (0.000055555 − 0.048 / 1,048,576).
        var crossing = Estimator.Crossings(e.Curves(50_000, 500_000_000)).Single();
        Assert.Equal(289.37m / (0.000055555m - 0.048m / 1_048_576m), Assert.Single(crossing.RequestsPerMonth), 6);
    }

    [Fact]
    public void Forecast_bills_data_points_in_thousands_across_tiers_and_says_it_is_closed_to_new_customers()
    {
        // eu-west-1 CreateForecast (FGYT6SXDD3BHNGEU), per 1,000 data points: $2 to 100, $0.8 to 1,000, $0.2 to 50,000, $0.02 above.
        // 50,000 forecasts × 90 = 4,500 thousand: 100 × 2 + 900 × 0.8 + 3,500 × 0.2 = 200 + 720 + 700 = 1,620.
        // Training 20 h × 0.24 = 4.80; data 2 GB × 0.088 = 0.176.
        var e = Scenarios.Example("demand-forecast.json");
        var forecast = e.Compare(50_000).Ranked.Single(o => o.Id == "forecast");
        Assert.Equal(1_620m + 4.80m + 0.176m, forecast.MonthlyCostUsd);
        Assert.Contains(forecast.Notes, n => n.Contains("closed Amazon Forecast to new customers"));
        // 600,000 × 90 = 54,000 thousand: 200 + 720 + 49,000 × 0.2 + 4,000 × 0.02 = 10,800.
        Assert.Equal(10_800m + 4.976m, Total(e, "forecast", 600_000));
    }

    [Fact]
    public void Lex_bills_requests_by_what_is_sent_and_conversations_in_whole_15_second_intervals()
    {
        // us-east-1: a text request $0.00075, a speech request $0.004; a streamed speech interval (CJMJETASG2W7J887) $0.0065.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 100000, "conversationSecondsPerRequest": 46 }""",
            """
            [{ "id": "text", "kind": "ai-service", "service": "lex", "operation": "RecognizeText" },
             { "id": "speech", "kind": "ai-service", "service": "lex", "operation": "RecognizeUtterance" },
             { "id": "stream", "kind": "ai-service", "service": "lex", "operation": "StartConversation" },
             { "id": "dtmf", "kind": "ai-service", "service": "lex", "operation": "StartConversation", "inputMode": "dtmf" }]
            """);
        Assert.Equal(75m, Total(e, "text", 100_000));
        Assert.Equal(400m, Total(e, "speech", 100_000));
        // 46 s is 4 intervals (the last partial one whole): 100,000 × 4 × 0.0065 = 2,600; DTMF (FZCXRPURB8FSTADG) × 0.002 = 800.
        Assert.Equal(2_600m, Total(e, "stream", 100_000));
        Assert.Equal(800m, Total(e, "dtmf", 100_000));
    }

    [Fact]
    public void A_pipeline_costs_the_sum_of_its_steps_with_each_steps_own_metrics()
    {
        // Textract DetectDocumentText $0.0015 a page: 200,000 × 2 pages = 400,000 pages = 600.
        // Comprehend DetectEntities on each page (2 calls), 3,000 characters = 30 units a call: 200,000 × 2 × 30 = 12,000,000
        // units: 10,000,000 × 0.0001 + 2,000,000 × 0.00005 = 1,000 + 100 = 1,100.
        var e = Scenarios.Example("document-pipeline.json");
        Assert.Equal(1_700m, Total(e, "textract-comprehend", 200_000));
    }

    [Fact]
    public void Steps_billed_at_one_price_share_its_tiers()
    {
        // Rekognition DetectLabels and DetectModerationLabels are both API Group2 (22JVRTPVPTB5SRD7): $0.001 to 1M images,
        // $0.0008 to 5M, $0.0006 to 35M. 3,000,000 requests × 1 image × 2 calls = 6,000,000 images together:
        // 1,000,000 × 0.001 + 4,000,000 × 0.0008 + 1,000,000 × 0.0006 = 1,000 + 3,200 + 600 = 4,800
        // (tiered apart, each 3,000,000: 2 × (1,000 + 1,600) = 5,200).
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 3000000 }""",
            """
            [{ "id": "p", "kind": "ai-service", "steps": [
                { "service": "rekognition", "operation": "DetectLabels" },
                { "service": "rekognition", "operation": "DetectModerationLabels" } ] }]
            """);
        var option = e.Compare(3_000_000).Ranked.Single();
        Assert.Equal(4_800m, option.MonthlyCostUsd);
        Assert.Contains(option.Notes, n => n.Contains("DetectLabels and DetectModerationLabels are billed at one price"));
    }

    [Fact]
    public void An_endpoint_throughput_in_tokens_becomes_requests_through_the_output_tokens_per_request()
    {
        // 2,400 output tokens/s ÷ 300 tokens a request = 8 requests/s an instance: peak 2,000,000 × 3 / 2,628,000 = 2.28 → 1 instance.
        // ml.g5.12xlarge $7.09 × 730 = 5,175.70. The 2nd instance comes past 8 × 2,628,000 / 3 = 7,008,000 requests.
        var e = Scenarios.Example("llm-bedrock-vs-endpoint.json");
        Assert.Equal(5_175.70m, Total(e, "llama-g5-12xlarge", 2_000_000));
        Assert.Contains(7_008_000m, e.Models.Single(m => m.Id == "llama-g5-12xlarge").Breakpoints(1, 10_000_000));
    }
}

public class NewServiceCoverageTests
{
    public static TheoryData<string> Services => new(["forecast", "personalize", "lex", "bedrock"]);

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_operation_prices_in_every_region_the_data_has_with_every_charge(string name)
    {
        var service = MlCost.Pricing.Model.Service.Find(name)!;
        var definition = MlCost.Estimation.AiServices.AiServiceCatalogue.Default.Find(name)!;
        var regions = Scenarios.Book.Cache.Regions(service);
        Assert.NotEmpty(regions);
        foreach (var region in regions)
            foreach (var operation in definition.Operations)
            {
                var extra = name switch
                {
                    "bedrock" => """, "model": "amazon.nova-lite-v1:0" """,
                    "forecast" => """, "trainingHoursPerMonth": 1, "dataGbPerMonth": 1, "explanationsPerMonth": 1000 """,
                    "personalize" => """, "trainingHoursPerMonth": 1, "dataGbPerMonth": 1 """,
                    _ => "",
                };
                var scenario = () => Scenarios.Estimate(region,
                    """{ "requestsPerMonth": 1000, "inputTokensPerRequest": 10, "outputTokensPerRequest": 10, "conversationSecondsPerRequest": 30 }""",
                    $$"""[{ "id": "o", "kind": "ai-service", "service": "{{name}}", "operation": "{{operation}}" {{extra}} }]""");
                // Where a region's data lacks a price the operation bills (Personalize has only real-time prices in
                // eu-west-2), the error names it and how to get it; everywhere else every charge is a priced line.
                var prices = Scenarios.Book.Prices(service, region);
                var charges = definition.Charges.Where(c => c.AppliesTo(operation) && !c.IsOptional).ToList();
                bool Has(string? op) => op is null || prices.Any(p => p.Attribute(MlCost.Pricing.Model.Attr.Operation) == op);
                if (!charges.All(c => Has(c.Key.GetValueOrDefault(MlCost.Pricing.Model.Attr.Operation) ?? operation)) || !Has(operation) && name != "bedrock")
                {
                    var error = Assert.Throws<ScenarioException>(scenario);
                    Assert.Contains($"--regions {region}", error.Message);
                    continue;
                }
                var option = scenario().Compare(1000).Ranked.Single();
                Assert.True(option.LineItems.Select(l => l.RateCode).Distinct().Count() >= charges.Count + (definition.Billing is null ? 0 : 1), $"{name} {operation} in {region}");
                Assert.True(option.MonthlyCostUsd > 0, $"{name} {operation} in {region}");
            }
    }
}
