using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
using MlCost.Pricing.Model;
using MlCost.Pricing.Refresh;

namespace MlCost.Pricing.Tests.Refresh;

/// <summary>Refresh against a Price List on 127.0.0.1, including every fault it must survive.</summary>
public sealed class RefreshTests : IDisposable
{
    private readonly FakePriceList _server = new();
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = Downloader.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
        _folder.Dispose();
    }

    private string Cache => Path.Combine(_folder.Path, "cache");

    private async Task<RefreshResult> Refresh(IReadOnlyList<Service> services, Func<string, Stream>? createFile = null, int retries = 2,
        string? cache = null, int maxDownloads = PriceRefresher.DefaultMaxDownloads, int timeoutSeconds = 1)
    {
        var downloader = new Downloader(_http, new RetryPolicy(retries, TimeSpan.FromSeconds(timeoutSeconds), TimeSpan.FromMilliseconds(10)), createFile);
        return await new PriceRefresher(downloader, _server.Endpoint, cache ?? Cache, maxDownloads).RefreshAsync(services, null, null, CancellationToken.None);
    }

    [Fact]
    public async Task Regions_download_side_by_side_at_most_the_bound_at_once_and_give_what_one_at_a_time_gives()
    {
        // Eight SageMaker regions, each response held 300 ms: four at once by default, one at a time with a bound of 1.
        _server.ServeSageMakerRegions(["ap-south-1", "ap-southeast-2", "ca-central-1", "eu-central-1", "eu-north-1", "us-east-2"]);
        // A generous timeout: on a busy machine a retried request would leave its first attempt held on the server and
        // blur the count. No file is asked for twice in a run.
        _server.HoldResponses(TimeSpan.FromMilliseconds(300));
        var parallel = await Refresh([Service.SageMaker], timeoutSeconds: 60);
        Assert.Equal(PriceRefresher.DefaultMaxDownloads, _server.MaxInFlight);
        Assert.Equal(1, _server.Requests[FakePriceList.SageMakerFile("us-east-2")]);

        var oneAtATimeCache = Path.Combine(_folder.Path, "one-at-a-time");
        _server.HoldResponses(TimeSpan.FromMilliseconds(50));
        var sequential = await Refresh([Service.SageMaker], cache: oneAtATimeCache, maxDownloads: 1, timeoutSeconds: 60);
        Assert.Equal(1, _server.MaxInFlight);
        Assert.All(_server.Requests.Where(r => r.Key.Contains("/AmazonSageMaker/")), r => Assert.True(r.Value <= 2, $"{r.Key} asked for {r.Value} times"));

        Assert.False(parallel.Failed, string.Join("; ", parallel.Outcomes.Select(o => o.Detail)));
        Assert.Equal(8, parallel.Outcomes.Count(o => o.Status == RefreshStatus.Refreshed));
        // The same outcomes in the same (region) order, the same report, and the same cache, byte for byte.
        Assert.Equal(sequential.Outcomes.Select(o => $"{o.Service} {o.Region} {o.Status} {o.Prices}"), parallel.Outcomes.Select(o => $"{o.Service} {o.Region} {o.Status} {o.Prices}"));
        Assert.Equal(sequential.Report.Skipped, parallel.Report.Skipped);
        Assert.Equal(Snapshot(oneAtATimeCache), Snapshot(Cache));
        Assert.Equal(PriceCache.Open(Cache).Regions(Service.SageMaker), parallel.Outcomes.Select(o => o.Region).Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public async Task A_refresh_of_several_services_and_regions_gives_the_prices_a_direct_import_gives()
    {
        var result = await Refresh([Service.SageMaker, Service.Comprehend]);
        Assert.False(result.Failed, string.Join("; ", result.Outcomes.Select(o => o.Detail)));
        Assert.Equal(3, result.Outcomes.Count(o => o.Status == RefreshStatus.Refreshed));

        var imported = PriceImporter.Import(FakePriceList.RegionalFixtures.Select(FakePriceList.FixturePath).ToList()).Files;
        var refreshed = PriceCache.Open(Cache);
        foreach (var file in imported)
        {
            // Everything but the source (a URL here, a file name there) is the same.
            static string Shape(PriceRecord p) => string.Join("|", p.Sku, p.ProductFamily, p.Unit, p.TermType, string.Join(";", p.TermAttributes),
                p.Description, p.EffectiveDate, p.SourceVersion, p.PublicationDate, p.Quality, p.Note, p.UpfrontFeeUsd);
            // A refresh streams prices in the file's order; the import sorts them.
            static string Key(PriceRecord p) => $"{p.Sku}|{p.TermType}|{p.Tiers[0].RateCode}";
            var fromImport = file.Prices.OrderBy(Key, StringComparer.Ordinal).ToList();
            var fromRefresh = refreshed.Prices(file.Service, file.Region).OrderBy(Key, StringComparer.Ordinal).ToList();
            Assert.Equal(fromImport.Select(Shape), fromRefresh.Select(Shape));
            Assert.Equal(fromImport.SelectMany(p => p.Tiers), fromRefresh.SelectMany(p => p.Tiers));
            Assert.Equal(fromImport.Select(p => string.Join(";", p.Attributes)), fromRefresh.Select(p => string.Join(";", p.Attributes)));
        }
        Assert.Contains(refreshed.Prices(Service.SageMaker, "us-east-1"), p => p.TermType == TermType.SavingsPlan);
        // The plan rates are in the components' plans files, every file of the region holds what its entry says.
        var files = refreshed.Manifest.RegionFiles(Service.SageMaker, "us-east-1").ToList();
        Assert.Contains(files, f => f.IsPlans);
        Assert.All(files, f => Assert.All(refreshed.Prices(f), p => Assert.Equal(f.IsPlans, p.TermType == TermType.SavingsPlan)));
        Assert.Equal(refreshed.Prices(Service.SageMaker, "us-east-1").Count, result.Outcomes.Single(o => o is { Service: "sagemaker", Region: "us-east-1" }).Prices);
        // The analyzers' lines gathered while the prices streamed into the cache are what reading the cache gives.
        var analyzerFile = refreshed.AnalyzerPrices()!;
        Assert.Equal(AnalyzerPriceFile.Write(refreshed.Manifest.Files.Where(AnalyzerPriceFile.Reads).SelectMany(refreshed.Prices)).Bytes, analyzerFile);
        Assert.Contains("\tml.", System.Text.Encoding.UTF8.GetString(analyzerFile));
        Assert.StartsWith(_server.Endpoint.ToString(), refreshed.Prices(Service.Comprehend, "us-east-1")[0].Source);
        Assert.Equal(FakePriceList.SageMakerVersion, refreshed.Entry(Service.SageMaker, "eu-west-1")!.Version);
    }

    [Fact]
    public async Task Savings_Plans_that_cannot_be_had_fail_alone_and_the_previous_plan_rates_stay()
    {
        Assert.False((await Refresh([Service.SageMaker])).Failed);
        var planRates = PriceCache.Open(Cache).Prices(Service.SageMaker, "us-east-1").Where(p => p.TermType == TermType.SavingsPlan).ToList();
        Assert.NotEmpty(planRates);

        // A new SageMaker version for us-east-1, while the Savings Plans file answers 503 every time.
        const string newer = "/offers/v1.0/aws/AmazonSageMaker/20260901000000/us-east-1/index.json";
        _server.Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json", $$"""
            { "regions" : { "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "{{newer}}" } } }
            """);
        _server.Serve(newer, File.ReadAllText(FakePriceList.FixturePath("sagemaker-us-east-1.json")).Replace(FakePriceList.SageMakerVersion, "20260901000000"));
        _server.Break("/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/20231027160053/us-east-1/index.json", Fault.Status503);

        var result = await Refresh([Service.SageMaker], retries: 0);
        Assert.True(result.Failed);
        Assert.Contains(result.Outcomes, o => o is { Service: "sagemaker", Region: "us-east-1", Status: RefreshStatus.Refreshed });
        var plans = Assert.Single(result.Outcomes, o => o.Status == RefreshStatus.Failed);
        Assert.Equal("sagemaker Savings Plans", plans.Service);
        Assert.Contains($"{planRates.Count} previous plan rate(s) kept", plans.Detail);
        var after = PriceCache.Open(Cache);
        Assert.Equal("20260901000000", after.Entry(Service.SageMaker, "us-east-1")!.Version);
        Assert.Equal(planRates.Select(p => p.Sku), after.Prices(Service.SageMaker, "us-east-1").Where(p => p.TermType == TermType.SavingsPlan).Select(p => p.Sku));
    }

    [Fact]
    public async Task Gzip_compressed_files_are_decoded()
    {
        var path = $"/offers/v1.0/aws/comprehend/{FakePriceList.ComprehendVersion}/us-east-1/index.json";
        _server.Gzip(path);
        var result = await Refresh([Service.Comprehend]);
        Assert.False(result.Failed, string.Join("; ", result.Outcomes.Select(o => o.Detail)));
        Assert.Equal(1, _server.GzipServed);
        Assert.Equal(3, PriceCache.Open(Cache).Prices(Service.Comprehend, "us-east-1").Single().Tiers.Length);
    }

    [Fact]
    public async Task Regions_whose_version_the_cache_has_are_not_downloaded_again()
    {
        await Refresh([Service.SageMaker]);
        var before = _server.Requests.GetValueOrDefault(FakePriceList.SageMakerFile("us-east-1"));
        var result = await Refresh([Service.SageMaker]);
        Assert.All(result.Outcomes, o => Assert.Equal(RefreshStatus.Unchanged, o.Status));
        Assert.Equal(before, _server.Requests.GetValueOrDefault(FakePriceList.SageMakerFile("us-east-1")));
    }

    public static TheoryData<Fault, string> Faults => new()
    {
        { Fault.ResetMidFile, "connection" },
        { Fault.TruncatedBody, "" },
        { Fault.Status500, "HTTP 500" },
        { Fault.Status503, "HTTP 503" },
        { Fault.Slow, "timed out" },
        { Fault.WrongEtag, "does not match the ETag" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_network_fault_leaves_the_previous_cache_byte_for_byte_and_is_reported(Fault fault, string reason)
    {
        await Refresh([Service.SageMaker]);
        var before = Snapshot(Cache);
        // A newer version of one region is published, and serving it fails.
        var newer = FakePriceList.SageMakerFile("eu-west-1").Replace(FakePriceList.SageMakerVersion, "20260901000000");
        _server.Serve(newer, File.ReadAllText(FakePriceList.FixturePath("sagemaker-eu-west-1.json")));
        _server.Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json", $$"""
            { "regions" : { "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "/offers/v1.0/aws/AmazonSageMaker/20260901000000/us-east-1/index.json" },
                            "eu-west-1" : { "regionCode" : "eu-west-1", "currentVersionUrl" : "{{newer}}" } } }
            """);
        _server.Serve("/offers/v1.0/aws/AmazonSageMaker/20260901000000/us-east-1/index.json", File.ReadAllText(FakePriceList.FixturePath("sagemaker-us-east-1.json")));
        _server.Break(newer, fault);

        var result = await Refresh([Service.SageMaker]);

        var failed = Assert.Single(result.Outcomes, o => o.Status == RefreshStatus.Failed && o.Region == "eu-west-1");
        Assert.Contains(reason, failed.Detail);
        // The good region of the same service is not kept either: a service is swapped only when all its files are good.
        Assert.DoesNotContain(result.Outcomes, o => o.Status == RefreshStatus.Refreshed);
        Assert.Equal(before, Snapshot(Cache));
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".cache.*"));
        if (fault is Fault.Status500 or Fault.Status503 or Fault.ResetMidFile)
        {
            // The first attempt and two retries. Counted by the client: on a loaded machine one attempt can time out
            // (1 s here) before it reaches the server, so the server may see fewer, never more.
            Assert.Contains("gave up after 3 attempts", failed.Detail);
            Assert.InRange(_server.Requests[newer], 1, 3);
        }
    }

    [Theory]
    [InlineData("{ \"offerCode\" : \"AmazonSageMaker\", \"products\" : { \"X\" : ", "eu-west-1/index.json, line 1:")]
    [InlineData("{ \"formatVersion\" : \"v1.0\", \"offerCode\" : \"AmazonRekognition\", \"products\" : { }, \"terms\" : { } }", "is an offer file for AmazonRekognition")]
    public async Task A_bad_file_is_refused_and_the_previous_cache_stays(string body, string reason)
    {
        await Refresh([Service.SageMaker]);
        var before = Snapshot(Cache);
        var newer = "/offers/v1.0/aws/AmazonSageMaker/20260901000000/eu-west-1/index.json";
        _server.Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json", $$"""
            { "regions" : { "eu-west-1" : { "regionCode" : "eu-west-1", "currentVersionUrl" : "{{newer}}" } } }
            """);
        _server.Serve(newer, body);
        var result = await Refresh([Service.SageMaker]);
        Assert.Contains(reason, Assert.Single(result.Outcomes, o => o.Status == RefreshStatus.Failed).Detail);
        Assert.Equal(before, Snapshot(Cache));
    }

    [Fact]
    public async Task A_full_disk_while_downloading_fails_the_service_and_keeps_the_cache()
    {
        await Refresh([Service.Comprehend]);
        var before = Snapshot(Cache);
        _server.Serve("/offers/v1.0/aws/comprehend/current/region_index.json", """
            { "regions" : { "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "/offers/v1.0/aws/comprehend/20260901000000/us-east-1/index.json" } } }
            """);
        _server.Serve("/offers/v1.0/aws/comprehend/20260901000000/us-east-1/index.json", File.ReadAllText(FakePriceList.FixturePath("comprehend-us-east-1.json")));
        var result = await Refresh([Service.Comprehend], path => new FullDisk(path, roomFor: 2_000));
        Assert.Contains("No space left on device", Assert.Single(result.Outcomes, o => o.Status == RefreshStatus.Failed).Detail);
        Assert.Equal(before, Snapshot(Cache));
    }

    [Fact]
    public async Task An_unreachable_price_list_is_a_download_error()
    {
        _server.Break("/offers/v1.0/aws/index.json", Fault.Status503);
        var error = await Assert.ThrowsAsync<DownloadException>(() => Refresh([Service.Comprehend], retries: 1));
        Assert.Contains("HTTP 503", error.Message);
        Assert.False(Directory.Exists(Cache));
    }

    [Theory]
    [InlineData("/offers/v1.0/aws/comprehend/20260116160258/ap-south-1/index.json", "20260116160258")]
    [InlineData("/offers/v1.0/aws/comprehend/current/region_index.json", null)]
    public void The_version_comes_from_the_regional_url(string url, string? version) =>
        Assert.Equal(version, PriceRefresher.VersionOf(url));

    /// <summary>A file on a disk with room for only so many bytes.</summary>
    private sealed class FullDisk(string path, long roomFor) : FileStream(path, FileMode.CreateNew)
    {
        private long _written;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        private void Check(int count)
        {
            _written += count;
            if (_written > roomFor) throw new IOException("No space left on device");
        }
    }
}
