using System.Text.Json;
using ClosedXML.Excel;

namespace MlCost.Cli.Tests;

public class RecommendCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    [Fact]
    public void Json_ranks_the_configurations_cheapest_first_with_their_throughput_source_and_reasons()
    {
        var run = CliRun.WithCache("recommend", Example("choose-instance.json"), "--kinds", "realtime", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var ranking = json.RootElement.GetProperty("ranking").EnumerateArray().ToList();
        var costs = ranking.Select(r => r.GetProperty("monthlyCostUsd").GetDecimal()).ToList();
        Assert.Equal(costs.Order(), costs);
        Assert.Equal("realtime-c5", ranking[0].GetProperty("id").GetString());
        var m5 = ranking.Single(r => r.GetProperty("id").GetString() == "realtime-m5.xlarge");
        Assert.Equal("load test 2026-11-18, p99 < 200 ms", m5.GetProperty("throughputSource").GetString());
        Assert.Contains("sized by peak load", m5.GetProperty("why").GetString());
        Assert.True(m5.GetProperty("lineItems").GetArrayLength() > 0);
    }

    [Fact]
    public void An_Inference_Recommender_file_adds_the_types_the_scenario_does_not_measure()
    {
        // The job measured ml.g4dn.xlarge (kept: the scenario's own 180/s is used) and ml.c5.xlarge (the scenario's too);
        // a scenario without a throughput table takes both from the job.
        using var folder = new TempFolder();
        var scenario = folder.File("s.json");
        File.WriteAllText(scenario, """
            { "name": "s", "region": "us-east-1", "workload": { "requestsPerMonth": 20000000, "peakToAverageRatio": 2 },
              "options": [{ "id": "comprehend", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" }] }
            """);
        var job = Path.Combine(AppContext.BaseDirectory, "Fixtures", "inference-recommender-job.json");
        var run = CliRun.WithCache("recommend", scenario, "--throughput", job, "--kinds", "realtime", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var ids = json.RootElement.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["realtime-c5.xlarge", "realtime-g4dn.xlarge", "comprehend"], ids);
        // 20,000,000 × 2 / 2,628,000 = 15.2 requests/s; c5.xlarge at 600 a minute = 10/s → 2 instances × 730 × 0.204 = 297.84.
        Assert.Equal(297.84m, json.RootElement.GetProperty("ranking")[0].GetProperty("monthlyCostUsd").GetDecimal());
    }

    [Fact]
    public void Without_any_measured_throughput_it_refuses_rather_than_assume_one()
    {
        var run = CliRun.WithCache("recommend", Example("sentiment.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("never assumes one", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void The_workbook_holds_the_top_configurations_with_live_formulas()
    {
        using var folder = new TempFolder();
        var book = folder.File("top.xlsx");
        var run = CliRun.WithCache("recommend", Example("choose-instance.json"), "--kinds", "realtime", "--top", "3", "--xlsx", book);
        Assert.Equal(0, run.ExitCode);
        using var workbook = new XLWorkbook(book);
        var summary = workbook.Worksheet("Summary").CellsUsed().Where(c => !c.HasFormula).Select(c => c.Value.ToString()).ToList();
        Assert.Contains("realtime-c5", summary);
        Assert.Contains("realtime-c5.2xlarge", summary);
        Assert.DoesNotContain("realtime-inf2.xlarge", summary);
    }
}

public class CompareRegionsTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    [Fact]
    public void Regions_are_ranked_in_json_with_what_is_missing_where()
    {
        var run = CliRun.WithCache("compare", Example("chatbot.json"), "--regions", "eu-west-1,us-east-1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var regions = json.RootElement.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(["us-east-1", "eu-west-1"], regions.Select(r => r.GetProperty("region").GetString()));
        Assert.Equal("classifier-serverless", regions[0].GetProperty("cheapest").GetString());
        // Lex RecognizeText is $0.00075 a request in eu-west-1 too: 3,000,000 × 0.00075 = 2,250; the SageMaker options have no price there.
        var euWest = regions[1].GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(2_250m, euWest[0].GetProperty("monthlyCostUsd").GetDecimal());
        Assert.Contains("eu-west-1", euWest[1].GetProperty("missing").GetString());
    }

    [Fact]
    public void A_region_the_cache_does_not_price_the_scenario_in_is_named_with_the_close_ones()
    {
        var run = CliRun.WithCache("compare", Example("chatbot.json"), "--regions", "eu-west-9");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean eu-west-1", run.Error);
    }
}

public class HorizonCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    [Fact]
    public void Json_gives_every_month_and_the_plan_breakeven_utilisation()
    {
        var run = CliRun.WithCache("horizon", Example("recommendations.json"), "--months", "3", "--growth-percent", "10",
            "--commit-usd-per-hour", "0.3", "--plan-discount-percent", "20", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var fm = json.RootElement.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "fm-c5-xlarge");
        Assert.Equal([5_000_000m, 5_500_000m, 6_050_000m], fm.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("requestsPerMonth").GetDecimal()));
        Assert.Equal(0.8m, fm.GetProperty("breakevenUtilisation").GetDecimal());
        // Hosting 297.84 + training 1.38 on-demand = 299.22 eligible; at plan rates 239.376 > 219 committed: 20.376 × 299.22 / 239.376 = 25.47 above.
        Assert.Equal(25.47m, fm.GetProperty("months")[0].GetProperty("plan").GetProperty("onDemandAboveUsd").GetDecimal());
    }

    [Theory]
    [InlineData("--months", "40", "--months must be 1 to 36")]
    [InlineData("--plan-discount-percent", "20", "give --commit-usd-per-hour too")]
    [InlineData("--commit-usd-per-hour", "0.3", "--plan-discount-percent to price the plan")]
    public void Mistakes_are_exit_2_with_what_to_do(string option, string value, string message)
    {
        var run = CliRun.WithCache("horizon", Example("recommendations.json"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}

public class RangeOutputTests
{
    [Fact]
    public void Ranges_give_bands_in_json_and_a_sensitivity_sheet_in_the_workbook()
    {
        using var folder = new TempFolder();
        var book = folder.File("ranges.xlsx");
        var example = Path.Combine(TestPaths.Root, "examples", "uncertain-throughput.json");
        var run = CliRun.WithCache("compare", example, "--format", "json", "--xlsx", book);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var serverless = json.RootElement.GetProperty("ranges").GetProperty("bands").EnumerateArray().Single(b => b.GetProperty("option").GetString() == "serverless-2gb");
        // 20,000,000 × 0.05 s × $0.00004 = 40 and × 0.2 s = 160, plus 20,000,000 × 1.2 KB / 1,048,576 × $0.016 = 0.3662109375 of data.
        Assert.Equal((40.3662109375m, 160.3662109375m), (serverless.GetProperty("lowUsd").GetDecimal(), serverless.GetProperty("highUsd").GetDecimal()));
        using var workbook = new XLWorkbook(book);
        var sheet = workbook.Worksheet("Sensitivity");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "options[2].secondsPerRequest");
        var table = CliRun.WithCache("compare", example);
        Assert.Contains("The cheapest depends on the assumptions", table.Out);
        // Serverless at 0.2 s: 20,000,000 × 0.2 × $0.00004 + 0.37 = $160.37, above the real-time fleet's $149.29 at base.
        Assert.Contains("options[2].secondsPerRequest at 0.2: realtime-c5", table.Out.Replace("\n    ", " "));
    }
}
