using System.Text.Json;

namespace MlCost.Cli.Tests;

public sealed class RefreshCommandTests : IDisposable
{
    private readonly FakePriceList _server = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    private string Cache => Path.Combine(_folder.Path, "cache");

    private CliRun Refresh(params string[] extra) =>
        CliRun.Of(["prices", "refresh", "--services", "sagemaker,comprehend", "--endpoint", _server.Endpoint.ToString(), "--cache", Cache, "--retries", "1", "--timeout", "2", .. extra]);

    [Fact]
    public void Refresh_fills_the_cache_and_summarises_what_changed_as_json()
    {
        var run = Refresh("--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetProperty("refreshed").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("failed").GetArrayLength());
        var show = CliRun.Of("prices", "show", "sagemaker", "--region", "eu-west-1", "--cache", Cache);
        Assert.Contains("$0.128", show.Out);

        var again = Refresh("--format", "json");
        using var second = JsonDocument.Parse(again.Out);
        Assert.Equal(0, second.RootElement.GetProperty("refreshed").GetArrayLength());
        Assert.Equal(3, second.RootElement.GetProperty("unchanged").GetArrayLength());
    }

    [Fact]
    public void Refresh_reports_what_its_import_skipped_as_import_does()
    {
        // The SageMaker offer file holds a product of another service (data transfer): importing it says so, and so must a refresh.
        var imported = CliRun.Of("prices", "import", Path.Combine(TestPaths.Root, "tests", "MlCost.Pricing.Tests", "Fixtures", "price-list", "sagemaker-us-east-1.json"),
            "--cache", Path.Combine(_folder.Path, "imported"), "--format", "json");
        using var import = JsonDocument.Parse(imported.Out);
        var expected = import.RootElement.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(expected);

        var run = Refresh("--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(skipped, s => s.EndsWith(expected[0].Split(": ", 2)[1], StringComparison.Ordinal));
        var text = CliRun.Of("prices", "refresh", "--services", "sagemaker", "--endpoint", _server.Endpoint.ToString(), "--cache", Path.Combine(_folder.Path, "text"));
        Assert.Contains("Skipped (", text.Out);
    }

    [Fact]
    public void A_failed_refresh_exits_non_zero_says_what_failed_and_keeps_the_cache()
    {
        Assert.Equal(0, Refresh().ExitCode);
        var before = Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        _server.Serve("/offers/v1.0/aws/comprehend/current/region_index.json", """
            { "regions" : { "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "/offers/v1.0/aws/comprehend/20260901000000/us-east-1/index.json" } } }
            """);
        _server.Serve("/offers/v1.0/aws/comprehend/20260901000000/us-east-1/index.json", "{}");
        _server.Break("/offers/v1.0/aws/comprehend/20260901000000/us-east-1/index.json", Fault.Status500);

        var run = Refresh();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed", run.Out);
        Assert.Contains("HTTP 500", run.Out);
        Assert.Equal(before, Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes));
    }

    [Fact]
    public void An_unreachable_endpoint_is_a_clear_failure()
    {
        _server.Break("/offers/v1.0/aws/index.json", Fault.Status503);
        var run = Refresh();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach the Price List", run.Error);
        Assert.Contains("the cache was not changed", run.Error);
        Assert.False(Directory.Exists(Cache));
    }

    [Theory]
    [InlineData("--endpoint", "ftp://127.0.0.1/", "must be an http(s) URL")]
    [InlineData("--services", "textrakt", "Did you mean textract")]
    public void Bad_options_are_exit_code_2(string option, string value, string message)
    {
        var run = CliRun.Of("prices", "refresh", option, value, "--cache", Cache);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void Diff_shows_what_moved_between_two_caches()
    {
        Assert.Equal(0, Refresh().ExitCode);
        var older = Path.Combine(_folder.Path, "older");
        CopyFolder(Cache, older);
        // A later month: SageMaker eu-west-1 training moves from $0.128 to $0.140 an hour.
        var newer = FakePriceList.SageMakerFile("eu-west-1").Replace(FakePriceList.SageMakerVersion, "20260901000000");
        _server.Serve(newer, File.ReadAllText(FakePriceList.FixturePath("sagemaker-eu-west-1.json")).Replace("0.1280000000", "0.1400000000").Replace("20260801000000", "20260901000000"));
        _server.Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json", $$"""
            { "regions" : { "eu-west-1" : { "regionCode" : "eu-west-1", "currentVersionUrl" : "{{newer}}" } } }
            """);
        Assert.Equal(0, Refresh().ExitCode);

        var diff = CliRun.Of("prices", "diff", older, Cache, "--format", "json");
        Assert.Equal(0, diff.ExitCode);
        using var json = JsonDocument.Parse(diff.Out);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("changed", change.GetProperty("kind").GetString());
        Assert.Equal(0.128m, change.GetProperty("oldUsd").GetDecimal());
        Assert.Equal(0.14m, change.GetProperty("newUsd").GetDecimal());
        Assert.Equal(9.375m, change.GetProperty("percent").GetDecimal());
        Assert.Contains("1 changed, 0 added, 0 removed", CliRun.Of("prices", "diff", older, Cache).Out);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

public class RefreshServicesTests
{
    [Fact]
    public void Bedrock_is_imported_not_refreshed_and_a_refresh_by_default_leaves_it_alone()
    {
        // A refresh would replace the per-token model prices with Price List products no option can look up.
        var run = CliRun.Of("prices", "refresh", "--services", "bedrock", "--endpoint", "http://127.0.0.1:9", "--cache", Path.GetTempPath());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("prices are imported, not refreshed", run.Error);
        Assert.DoesNotContain(MlCost.Pricing.Model.Service.Bedrock, MlCost.Pricing.Model.Service.Refreshable);
        Assert.Contains("Bedrock's per-token prices are imported, not refreshed", CliRun.Of("prices", "refresh", "--help").Out);
    }
}
