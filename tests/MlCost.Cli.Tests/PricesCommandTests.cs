using System.Text.Json;
using MlCost.Pricing.Cache;

namespace MlCost.Cli.Tests;

public class PricesCommandTests
{
    [Fact]
    public void List_names_the_cache_it_read_and_every_service()
    {
        var run = CliRun.WithCache("prices", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(TestPaths.PricingCache, run.Out);
        Assert.Contains("(--cache)", run.Out);
        foreach (var service in new[] { "sagemaker", "textract", "comprehend", "rekognition", "translate", "transcribe", "polly" })
            Assert.Contains(service, run.Out);
        Assert.Contains("secondary", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void List_as_json_gives_each_file_with_publication_date_quality_and_checksum()
    {
        var run = CliRun.WithCache("prices", "list", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var textract = json.RootElement.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("service").GetString() == "AmazonTextract" && f.GetProperty("region").GetString() == "us-east-1");
        Assert.Equal("2024-10-29T16:40:50Z", textract.GetProperty("publicationDate").GetString());
        Assert.Equal("price-list", textract.GetProperty("quality").GetString());
        Assert.Equal(64, textract.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Show_prints_sagemaker_prices_with_rate_codes_and_marks_quotes()
    {
        var run = CliRun.WithCache("prices", "show", "sagemaker", "--region", "us-east-1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ml.g4dn.xlarge Hosting *", run.Out);
        Assert.Contains("$0.7364", run.Out);
        Assert.Contains("* secondary", run.Out);
        Assert.All(run.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"wider than 80 columns: {line}"));
    }

    [Fact]
    public void Show_prints_every_tier_of_a_tiered_price()
    {
        var run = CliRun.WithCache("prices", "show", "AmazonTextract", "--filter", "DetectDocumentText");
        Assert.Contains("MU9BPN7BUTB9FTQJ.JRTCKXETXF.SB2VSFF4TP", run.Out);
        Assert.Contains("0 – 1,000,000", run.Out);
        Assert.Contains("1,000,000 – ∞", run.Out);
        Assert.Contains("$0.0006", run.Out);
        Assert.DoesNotContain("AnalyzeExpense", run.Out);
    }

    [Fact]
    public void Show_as_json_keeps_full_precision_and_provenance()
    {
        var run = CliRun.WithCache("prices", "show", "comprehend", "--filter", "DetectSentiment", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var price = Assert.Single(json.RootElement.EnumerateArray());
        var tiers = price.GetProperty("tiers").EnumerateArray().ToList();
        Assert.Equal(0.000025m, tiers[2].GetProperty("usdPerUnit").GetDecimal());
        Assert.Equal(JsonValueKind.Null, tiers[2].GetProperty("end").ValueKind);
        Assert.Equal("2025-07-02T17:17:54Z", price.GetProperty("publicationDate").GetString());
        Assert.Contains("comprehend.json", price.GetProperty("source").GetString());
    }

    [Fact]
    public void Show_as_csv_has_one_row_per_tier()
    {
        var run = CliRun.WithCache("prices", "show", "rekognition", "--filter", "Group2", "--format", "csv");
        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("service,region,name,sku,rateCode", lines[0]);
        Assert.Equal(4, lines.Length - 1);
    }

    [Theory]
    [InlineData(new[] { "prices", "show", "textrakt" }, "Did you mean textract")]
    [InlineData(new[] { "prices", "show", "textract", "--region", "us-est-1" }, "Did you mean us-east-1")]
    [InlineData(new[] { "prices", "show", "sagemaker", "--instance-type", "ml.g5.xlarg" }, "Did you mean ml.g5.xlarge")]
    [InlineData(new[] { "prices", "show", "sagemaker", "--component", "hostin" }, "Did you mean Hosting")]
    [InlineData(new[] { "prices", "show", "textract", "--format", "yaml" }, "yaml")]
    [InlineData(new[] { "prices", "frobnicate" }, "frobnicate")]
    public void Bad_input_is_exit_code_2_with_a_one_line_reason(string[] args, string expected)
    {
        var run = CliRun.WithCache(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Empty(run.Out);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_damaged_cache_is_exit_code_2_naming_the_file()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(TestPaths.PricingCache, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(TestPaths.PricingCache, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var damaged = Path.Combine(folder.Path, "polly", "us-east-1.json");
        File.WriteAllText(damaged, File.ReadAllText(damaged).Replace("0.000016", "0.000001"));

        var run = CliRun.Of("prices", "show", "polly", "--cache", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(damaged, run.Error);
        Assert.Contains("SHA-256", run.Error);
    }

    [Fact]
    public void Import_builds_a_cache_that_show_can_read()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        var import = CliRun.Of("prices", "import", Path.Combine(TestPaths.SharedPricingData, "raw", "lamngockhuong-aws-price"), "--cache", cache);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Wrote", import.Out);

        var show = CliRun.Of("prices", "show", "polly", "--region", "eu-west-1", "--cache", cache);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("SynthesizeSpeech (neural)", show.Out);
    }

    [Fact]
    public void Import_of_a_missing_path_is_exit_code_2_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        var run = CliRun.Of("prices", "import", Path.Combine(folder.Path, "nope"), "--cache", cache);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error);
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void Without_cache_options_the_bundled_snapshot_is_used()
    {
        using var empty = new TempFolder();
        var run = CliRun.In(new Dictionary<string, string> { ["XDG_CACHE_HOME"] = empty.Path, [CacheLocation.EnvironmentVariable] = "" }, "prices", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(bundled snapshot)", run.Out);
    }

    private static readonly string ThreeSageMakerPrices = Path.Combine(TestPaths.Root, "tests", "MlCost.Pricing.Tests", "Fixtures", "price-list", "sagemaker-us-east-1.json");

    private static int Prices(string cache, string service, string region) =>
        MlCost.Pricing.Cache.PriceCache.Open(cache).Prices(MlCost.Pricing.Model.Service.Find(service)!, region).Count;

    [Fact]
    public void A_first_import_without_a_cache_starts_from_the_bundled_snapshot_and_the_examples_still_price()
    {
        // A new user imports a file holding one SageMaker us-east-1 price (an offer file with 3 products, one of them data transfer).
        using var home = new TempFolder();
        var environment = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = home.Path, [CacheLocation.EnvironmentVariable] = "" };
        var import = CliRun.In(environment, "prices", "import", ThreeSageMakerPrices, "--format", "json");
        Assert.Equal(0, import.ExitCode);
        using var json = JsonDocument.Parse(import.Out);
        Assert.Equal(Path.GetFullPath(CacheLocation.Bundled), json.RootElement.GetProperty("startedFrom").GetString());
        var user = Path.Combine(home.Path, "mlcost", "pricing-cache");
        // The bundled snapshot's 45 SageMaker us-east-1 prices stay beside what was imported, and every other file is there.
        Assert.True(Prices(user, "sagemaker", "us-east-1") >= 45);
        Assert.Equal(Prices(TestPaths.PricingCache, "textract", "us-east-1"), Prices(user, "textract", "us-east-1"));
        foreach (var example in new[] { "document-extraction.json", "sentiment.json" })
            Assert.Equal(0, CliRun.In(environment, "compare", Path.Combine(TestPaths.Root, "examples", example)).ExitCode);
    }

    [Fact]
    public void Importing_into_a_cache_replaces_only_the_prices_imported_unless_asked_to_replace_files()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        CopyDirectory(TestPaths.PricingCache, cache);
        var merged = CliRun.Of("prices", "import", ThreeSageMakerPrices, "--cache", cache, "--format", "json");
        int before;
        using (var json = JsonDocument.Parse(merged.Out))
        {
            // The file's two SageMaker prices are the snapshot's own SKUs: they replace those two and the others stay.
            var (imported, added, replaced) = (json.RootElement.GetProperty("pricesWritten").GetInt32(), json.RootElement.GetProperty("added").GetInt32(), json.RootElement.GetProperty("replaced").GetInt32());
            Assert.Equal(imported, added + replaced);
            Assert.Equal(0, json.RootElement.GetProperty("removed").GetInt32());
            before = Prices(cache, "sagemaker", "us-east-1");
            Assert.Equal(Prices(TestPaths.PricingCache, "sagemaker", "us-east-1") + added, before);
        }
        var replacedFile = CliRun.Of("prices", "import", ThreeSageMakerPrices, "--cache", cache, "--replace", "--format", "json");
        using (var json = JsonDocument.Parse(replacedFile.Out))
        {
            var imported = json.RootElement.GetProperty("pricesWritten").GetInt32();
            Assert.Equal(imported, Prices(cache, "sagemaker", "us-east-1"));
            Assert.Equal(before - imported, json.RootElement.GetProperty("removed").GetInt32());
        }
        Assert.Contains("--replace: whole files", CliRun.Of("prices", "import", ThreeSageMakerPrices, "--cache", cache, "--replace").Out);
    }

    [Fact]
    public void Verify_checks_every_file_and_names_the_damaged_ones()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        CopyDirectory(TestPaths.PricingCache, cache);
        var sound = CliRun.Of("prices", "verify", "--cache", cache);
        Assert.Equal(0, sound.ExitCode);
        // Every price file and the analyzers' price file written with them.
        var files = Directory.GetFiles(cache, "*.json", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != "manifest.json") + 1;
        Assert.Contains($"{files} of {files} files match the manifest", sound.Out);
        // One byte changed in a price file: its checksum no longer matches.
        var file = Path.Combine(cache, "textract", "us-east-1.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("0.0015", "0.0016"));
        var damaged = CliRun.Of("prices", "verify", "--cache", cache, "--format", "json");
        Assert.Equal(2, damaged.ExitCode);
        using var json = JsonDocument.Parse(damaged.Out);
        Assert.Equal(files - 1, json.RootElement.GetProperty("verified").GetInt32());
        var problem = Assert.Single(json.RootElement.GetProperty("damaged").EnumerateArray());
        Assert.Equal("textract/us-east-1.json", problem.GetProperty("path").GetString());
        Assert.Contains("SHA-256", problem.GetProperty("problem").GetString());
        Assert.Contains("not verified", CliRun.Of("prices", "list", "--cache", cache).Out);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Help_is_available_for_every_prices_command()
    {
        foreach (var command in new[] { "list", "show", "import" })
        {
            var run = CliRun.Of("prices", command, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--cache", run.Out);
        }
    }
}
