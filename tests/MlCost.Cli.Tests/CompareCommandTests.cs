using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlCost.Cli.Tests;

public class CompareCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    public static TheoryData<string> Examples => new(Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "examples"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    /// <summary>
    /// `compare --format json` of each example against its reviewed expected file in Golden/. After a reviewed change
    /// (new prices, a model fix), MLCOST_UPDATE_GOLDEN=1 rewrites them; the diff is then reviewed like code.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Compare_json_of_each_example_matches_its_reviewed_golden_file(string example)
    {
        var run = CliRun.WithCache("compare", Example(example + ".json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var golden = Path.Combine(TestPaths.Root, "tests", "MlCost.Cli.Tests", "Golden", example + ".json");
        if (Environment.GetEnvironmentVariable("MLCOST_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, run.Out);
        Assert.True(File.Exists(golden), $"no golden file {golden}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(golden)), JsonNode.Parse(run.Out)),
            $"compare --format json of {example} differs from {golden}");
    }

    [Fact]
    public void Json_follows_the_contract_and_line_items_add_up()
    {
        var run = CliRun.WithCache("compare", Example("document-extraction.json"), "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("Invoice extraction", root.GetProperty("scenario").GetString());
        Assert.Equal("eu-west-1", root.GetProperty("region").GetString());
        Assert.Equal(500_000m, root.GetProperty("requestsPerMonth").GetDecimal());
        var options = root.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(options[0].GetProperty("id").GetString(), root.GetProperty("cheapest").GetString());
        foreach (var option in options)
        {
            var lines = option.GetProperty("lineItems").EnumerateArray().ToList();
            Assert.Equal(option.GetProperty("monthlyCostUsd").GetDecimal(), lines.Sum(l => l.GetProperty("costUsd").GetDecimal()));
            foreach (var line in lines)
                Assert.Equal(line.GetProperty("costUsd").GetDecimal(), line.GetProperty("quantity").GetDecimal() * line.GetProperty("unitPriceUsd").GetDecimal(), 18);
        }
        var costs = options.Select(o => o.GetProperty("monthlyCostUsd").GetDecimal()).ToList();
        Assert.Equal(costs.Order(), costs);
        var pair = root.GetProperty("breakevens").EnumerateArray().First();
        Assert.Equal(JsonValueKind.Array, pair.GetProperty("requestsPerMonth").ValueKind);
        Assert.Equal(options.Count * (options.Count - 1) / 2, root.GetProperty("breakevens").GetArrayLength());
    }

    [Fact]
    public void Table_is_readable_at_80_columns_with_money_in_dollars()
    {
        var run = CliRun.WithCache("compare", Example("document-extraction.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cheapest:", run.Out);
        Assert.Contains("$27,500.00", run.Out);
        Assert.All(run.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"wider than 80 columns: {line}"));
    }

    [Fact]
    public void Volume_option_prices_at_another_volume()
    {
        // DetectDocumentText, eu-west-1 at 2,000,000 pages: 1,000,000 × 0.0015 + 1,000,000 × 0.0006 = 2,100
        var run = CliRun.WithCache("compare", Example("document-extraction.json"), "--volume", "2000000", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var textOnly = json.RootElement.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "textract-text-only");
        Assert.Equal(2_100m, textOnly.GetProperty("monthlyCostUsd").GetDecimal());
    }

    [Fact]
    public void Markdown_and_csv_carry_rate_codes()
    {
        var markdown = CliRun.WithCache("compare", Example("sentiment.json"), "--format", "markdown");
        Assert.Contains("| # | Option |", markdown.Out);
        Assert.Contains("Y43GAZS26PRCFXJW.JRTCKXETXF.HWDSBTNJX9", markdown.Out);
        var csv = CliRun.WithCache("compare", Example("sentiment.json"), "--format", "csv");
        Assert.StartsWith("optionId,kind,rank,monthlyCostUsd,description", csv.Out);
        Assert.Contains("Y43GAZS26PRCFXJW.JRTCKXETXF.HWDSBTNJX9", csv.Out);
    }

    [Fact]
    public void Breakeven_json_has_crossings_and_a_log_spaced_sweep()
    {
        var run = CliRun.WithCache("breakeven", Example("sentiment.json"), "--from", "10000", "--to", "100000000", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var sweep = json.RootElement.GetProperty("sweep").EnumerateArray().ToList();
        var volumes = sweep.Select(r => r.GetProperty("requestsPerMonth").GetDecimal()).ToList();
        Assert.Equal(volumes.Order(), volumes);
        // 10 points a decade over 4 decades (41), and each break of a curve with a point just past it, so that charts
        // draw steps as steps: the second ml.c5.xlarge comes past 40 requests/s × 2,628,000 / 4 = 26,280,000.
        var logSpaced = MlCost.Estimation.Breakeven.Sweep.Volumes(10_000, 100_000_000, 10);
        Assert.Equal(41, logSpaced.Count);
        Assert.All(logSpaced, v => Assert.Contains(v, volumes));
        var step = volumes.IndexOf(26_280_000m);
        Assert.True(step > 0 && volumes[step + 1] - 26_280_000m <= 26.28m, "the step and a point just past it");
        Assert.Equal(10_000m, sweep[0].GetProperty("requestsPerMonth").GetDecimal());
        Assert.Equal(100_000_000m, sweep[^1].GetProperty("requestsPerMonth").GetDecimal());
        Assert.Equal(3, sweep[0].GetProperty("costsUsd").EnumerateObject().Count());
        var comprehendVsRealtime = json.RootElement.GetProperty("breakevens").EnumerateArray()
            .Single(b => b.GetProperty("a").GetString() == "comprehend" && b.GetProperty("b").GetString() == "realtime-c5");
        Assert.Single(comprehendVsRealtime.GetProperty("requestsPerMonth").EnumerateArray());
    }

    [Fact]
    public void Breakeven_table_lists_each_crossing_with_both_options_and_their_cost_there()
    {
        var json = JsonNode.Parse(CliRun.WithCache("breakeven", Example("llm-bedrock-vs-endpoint.json"), "--format", "json").Out)!;
        var crossings = json["breakevens"]!.AsArray()
            .SelectMany(b => b!["requestsPerMonth"]!.AsArray().Select(v => (A: (string)b["a"]!, B: (string)b["b"]!, At: (decimal)v!))).ToList();
        Assert.NotEmpty(crossings);
        var run = CliRun.WithCache("breakeven", Example("llm-bedrock-vs-endpoint.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Requests/month", run.Out);
        Assert.DoesNotContain("Line item", run.Out); // the crossings, not the compare report
        foreach (var (a, b, at) in crossings)
        {
            var row = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith(Math.Round(at, 2).ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal));
            Assert.Contains(a, row);
            Assert.Contains(b, row);
            // Cost there is what compare gives at that volume.
            var there = JsonNode.Parse(CliRun.WithCache("compare", Example("llm-bedrock-vs-endpoint.json"), "--volume", at.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json").Out)!;
            var cost = there["options"]!.AsArray().Single(o => (string)o!["id"]! == a)!["monthlyCostUsd"]!.GetValue<decimal>();
            Assert.Contains(Math.Round(cost, 2).ToString("$#,##0.00", System.Globalization.CultureInfo.InvariantCulture), row);
        }
    }

    [Fact]
    public void Breakeven_csv_is_the_sweep_table()
    {
        var run = CliRun.WithCache("breakeven", Example("sentiment.json"), "--format", "csv", "--points-per-decade", "2");
        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("requestsPerMonth,comprehend,realtime-c5,serverless-2gb", lines[0]);
        Assert.True(lines.Length > 5);
    }

    [Theory]
    [InlineData(new[] { "--volume", "-3" }, "--volume: \"-3\" must be a volume of 0 or more")]
    [InlineData(new[] { "--volume", "many" }, "many")]
    public void Bad_volumes_are_exit_code_2(string[] extra, string expected)
    {
        var run = CliRun.WithCache(["compare", Example("sentiment.json"), .. extra]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public void A_bad_range_is_exit_code_2()
    {
        var run = CliRun.WithCache("breakeven", Example("sentiment.json"), "--from", "1000", "--to", "10");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to (10) must be greater than --from (1000)", run.Error);
    }

    [Fact]
    public void A_scenario_mistake_is_exit_code_2_naming_file_line_and_field()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.json");
        File.WriteAllText(file, File.ReadAllText(Example("sentiment.json")).Replace("\"memoryGb\": 2", "\"memoryGb\": 5"));
        var run = CliRun.WithCache("compare", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}, line 16", run.Error);
        Assert.Contains("options[2] (\"serverless-2gb\")", run.Error);
        Assert.Contains("1 GB, 2 GB, 3 GB", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_missing_scenario_file_is_exit_code_2()
    {
        var run = CliRun.WithCache("compare", "/no/such/file.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/file.json: no such file", run.Error);
    }

    [Fact]
    public void Compare_at_another_volume_searches_breakevens_around_that_volume()
    {
        // Two decades either side of the volume priced: 10,000 / 100 = 100 to 10,000 × 100 = 1,000,000.
        var run = CliRun.WithCache("compare", Example("sentiment.json"), "--volume", "10000", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(100m, json.RootElement.GetProperty("range").GetProperty("from").GetDecimal());
        Assert.Equal(1_000_000m, json.RootElement.GetProperty("range").GetProperty("to").GetDecimal());
        Assert.Contains("Breakeven between 100 and 1,000,000", CliRun.WithCache("compare", Example("sentiment.json"), "--volume", "10000").Out);
    }

    [Fact]
    public void A_huge_volume_is_priced_and_only_the_search_too_large_to_walk_is_left_out()
    {
        using var folder = new TempFolder();
        var file = folder.File("huge.json");
        File.WriteAllText(file, File.ReadAllText(Example("sentiment.json")).Replace("\"requestsPerMonth\": 3000000", "\"requestsPerMonth\": 1e15"));
        var compare = CliRun.WithCache("compare", file, "--format", "json");
        Assert.Equal(0, compare.ExitCode);
        using var json = JsonDocument.Parse(compare.Out);
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Breakevens were not searched"));
        // 1e15 requests × 6 units of 100 characters, Comprehend DetectSentiment tiers: 10M × 0.0001 + 40M × 0.00005 + the rest × 0.000025
        var comprehend = json.RootElement.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "comprehend");
        Assert.Equal(10_000_000m * 0.0001m + 40_000_000m * 0.00005m + (6e15m - 50_000_000m) * 0.000025m, comprehend.GetProperty("monthlyCostUsd").GetDecimal());

        var breakeven = CliRun.WithCache("breakeven", file);
        Assert.Equal(2, breakeven.ExitCode);
        Assert.Contains("--from N --to N", breakeven.Error);
    }

    [Fact]
    public void A_discount_line_shows_its_percentage_and_money_has_one_sign_format()
    {
        using var folder = new TempFolder();
        var file = folder.File("discount.json");
        File.WriteAllText(file, File.ReadAllText(Example("sentiment.json")).Replace("\"region\": \"us-east-1\",", "\"region\": \"us-east-1\", \"pricing\": { \"discountPercent\": 5 },"));
        var run = CliRun.WithCache("compare", file);
        var line = run.Out.Split('\n').First(l => l.Contains("Enterprise discount (5%)"));
        Assert.Contains("-5%", line);
        Assert.DoesNotContain("$-", run.Out);
        Assert.Matches(@"-\$\d", line);
    }
}
