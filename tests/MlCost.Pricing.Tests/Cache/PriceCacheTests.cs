using System.Collections.Immutable;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Tests.Cache;

public class PriceCacheTests
{
    private static PriceRecord Record(string sku, decimal price) => new()
    {
        Service = Service.Textract.OfferCode,
        Region = "us-east-1",
        Sku = sku,
        Attributes = ImmutableSortedDictionary<string, string>.Empty.Add(Attr.Operation, "DetectDocumentText"),
        Unit = "pages",
        Tiers = [new PriceTier(0, 1_000_000, price, sku + ".A"), new PriceTier(1_000_000, null, price / 2, sku + ".B")],
        Source = "test",
        PublicationDate = "2026-01-01",
        Quality = PriceQuality.PriceList,
    };

    private static PriceFileContents File(string region, params PriceRecord[] prices) =>
        new(Service.Textract, region, prices.Select(p => p with { Region = region }).ToList());

    [Fact]
    public void Prices_written_are_read_back_unchanged()
    {
        using var folder = new TempFolder();
        // An escaped and a non-ASCII value are read back as written too.
        var written = Record("SKU1", 0.0015m) with { Description = "\"Forms\" – über 1M pages" };
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", written)]);
        var read = Assert.Single(PriceCache.Open(folder.Path).Prices(Service.Textract, "us-east-1"));
        Assert.Equal(written.Tiers.ToList(), read.Tiers.ToList());
        Assert.Equal(written.Attributes, read.Attributes);
        Assert.Equal((written.Sku, written.Unit, written.Source, written.Quality, written.Description), (read.Sku, read.Unit, read.Source, read.Quality, read.Description));
    }

    private static PriceFileContents SageMaker(string region, params PriceRecord[] prices) => new(Service.SageMaker, region, prices);

    private static PriceRecord DataProcessed(string region) =>
        Instance("DATA", region, "unused", SageMakerComponent.DataProcessed, 0.016m) with
        {
            Attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(Attr.Component, SageMakerComponent.DataProcessed),
            Unit = "GB",
        };

    [Fact]
    public void A_regions_prices_are_filed_by_component_and_term_and_a_lookup_reads_only_its_own_file()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [SageMaker("us-east-1",
            DataProcessed("us-east-1"),
            Instance("HOST", "us-east-1", "ml.m5.xlarge", "Hosting", 0.23m),
            Instance("TRAIN", "us-east-1", "ml.m5.xlarge", "Training", 0.23m),
            Instance("PLAN1", "us-east-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan),
            Instance("PLAN3", "us-east-1", "ml.m5.xlarge", "Hosting", 0.11m, TermType.SavingsPlan))]);

        var cache = PriceCache.Open(folder.Path);
        Assert.Equal(
        [
            ("sagemaker/us-east-1.Hosting.json", 1, (string?)"Hosting", (string?)null),
            ("sagemaker/us-east-1.Hosting.savings-plans.json", 2, "Hosting", TermType.SavingsPlan),
            ("sagemaker/us-east-1.Training.json", 1, "Training", null),
            ("sagemaker/us-east-1.json", 1, null, null),
        ], cache.Manifest.Files.Select(f => (f.Path, f.Prices, f.Component, f.Terms)));
        Assert.Equal(["us-east-1"], cache.Regions(Service.SageMaker));
        Assert.Equal(["DATA", "HOST", "TRAIN", "PLAN1", "PLAN3"], cache.Prices(Service.SageMaker, "us-east-1").Select(p => p.Sku));
        var manifest = System.IO.File.ReadAllText(Path.Combine(folder.Path, CacheManifest.FileName));
        Assert.Contains("\"component\": \"Hosting\"", manifest);
        Assert.Contains("\"terms\": \"SavingsPlan\"", manifest);

        // With every file but Hosting's and the region file's damaged, the Hosting price is still found (no other file
        // is read for it), and asking for a plan rate names the damaged plans file.
        foreach (var other in new[] { "us-east-1.Training.json", "us-east-1.Hosting.savings-plans.json" })
        {
            var path = Path.Combine(folder.Path, "sagemaker", other);
            System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(path).Replace("0.", "9."));
        }
        var book = new PriceBook(PriceCache.Open(folder.Path));
        Assert.Equal(0.23m, book.SageMakerInstance("us-east-1", "ml.m5.xlarge", "Hosting").Tiers[0].UsdPerUnit);
        Assert.Equal(0.016m, book.DataProcessed("us-east-1").Tiers[0].UsdPerUnit);
        var error = Assert.Throws<PriceCacheException>(() => book.SavingsPlanRates("us-east-1", "ml.m5.xlarge", "Hosting"));
        Assert.Equal(Path.Combine(folder.Path, "sagemaker", "us-east-1.Hosting.savings-plans.json"), error.File);
        Assert.Throws<PriceCacheException>(() => book.FindSageMakerInstance("us-east-1", "ml.m5.xlarge", "Training"));
    }

    [Fact]
    public void A_regions_offer_version_is_found_in_any_of_its_files_even_when_its_region_file_is_empty()
    {
        // Every price an instance-hour price: the region file holds none, and no version of its own.
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [SageMaker("us-east-1",
            Instance("HOST", "us-east-1", "ml.m5.xlarge", "Hosting", 0.23m) with { SourceVersion = "20260901000000" },
            Instance("PLAN", "us-east-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan))]);
        var manifest = PriceCache.Open(folder.Path).Manifest;
        Assert.Equal((0, (string?)null), (manifest.RegionFile(Service.SageMaker, "us-east-1")!.Prices, manifest.RegionFile(Service.SageMaker, "us-east-1")!.Version));
        Assert.Equal("20260901000000", manifest.Version(Service.SageMaker, "us-east-1"));
        Assert.Null(manifest.Version(Service.SageMaker, "eu-west-1"));
    }

    [Fact]
    public void A_region_written_again_without_plan_rates_loses_its_old_plans_file()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [SageMaker("us-east-1",
            Instance("HOST", "us-east-1", "ml.m5.xlarge", "Hosting", 0.23m), Instance("PLAN", "us-east-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan))]);
        PriceCacheWriter.Write(folder.Path, [SageMaker("us-east-1", Instance("HOST2", "us-east-1", "ml.m5.xlarge", "Hosting", 0.25m))]);

        var cache = PriceCache.Open(folder.Path);
        Assert.Equal(["sagemaker/us-east-1.Hosting.json", "sagemaker/us-east-1.json"], cache.Manifest.Files.Select(f => f.Path));
        Assert.False(System.IO.File.Exists(Path.Combine(folder.Path, "sagemaker", "us-east-1.Hosting.savings-plans.json")));
        Assert.Empty(new PriceBook(cache).SavingsPlanRates("us-east-1", "ml.m5.xlarge", "Hosting"));
    }

    [Fact]
    public void A_cache_written_before_regions_were_split_still_gives_its_prices_and_plan_rates()
    {
        // Format 1: every price of the region in the region file, no "component" or "terms" in the manifest.
        using var folder = new TempFolder();
        using (var file = System.IO.File.Create(Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, "sagemaker")).FullName, "us-east-1.json")))
        using (var json = new System.Text.Json.Utf8JsonWriter(file, CacheFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("service", Service.SageMaker.OfferCode);
            json.WriteString("region", "us-east-1");
            json.WriteStartArray("prices");
            CacheFormat.WritePrice(json, Instance("HOST", "us-east-1", "ml.m5.xlarge", "Hosting", 0.23m));
            CacheFormat.WritePrice(json, Instance("PLAN", "us-east-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(folder.Path, "sagemaker", "us-east-1.json"));
        var entry = new CacheFileEntry("sagemaker/us-east-1.json", Service.SageMaker.OfferCode, "us-east-1", 2, PriceQuality.PriceList, "2026-01-01", ["test"], PriceCacheWriter.Sha256(bytes));
        System.IO.File.WriteAllBytes(Path.Combine(folder.Path, CacheManifest.FileName), CacheFormat.WriteManifest(new CacheManifest(1, [entry])));

        var book = new PriceBook(PriceCache.Open(folder.Path));
        Assert.Equal(0.23m, book.SageMakerInstance("us-east-1", "ml.m5.xlarge", "Hosting").Tiers[0].UsdPerUnit);
        Assert.Equal("PLAN", Assert.Single(book.SavingsPlanRates("us-east-1", "ml.m5.xlarge", "Hosting")).Sku);
    }

    [Fact]
    public void A_file_holding_prices_its_entry_does_not_describe_or_a_manifest_naming_unknown_parts_is_refused()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [SageMaker("us-east-1",
            Instance("HOST", "us-east-1", "ml.m5.xlarge", "Hosting", 0.23m), Instance("PLAN", "us-east-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan))]);
        var manifestPath = Path.Combine(folder.Path, CacheManifest.FileName);
        var manifest = System.IO.File.ReadAllText(manifestPath);

        // The plans file's entry pointed at the on-demand file: its on-demand price is not a plan rate; and the
        // Hosting file's entry named Training: its Hosting price is not a Training one.
        var hosting = PriceCache.Open(folder.Path).Manifest.File(Service.SageMaker, "us-east-1", "Hosting", plans: false)!;
        System.IO.File.WriteAllBytes(manifestPath, CacheFormat.WriteManifest(new CacheManifest(2, [hosting with { Terms = TermType.SavingsPlan }])));
        var odd = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path).FilePrices(Service.SageMaker, "us-east-1", "Hosting", plans: true));
        Assert.Contains("is a Savings Plans file but price HOST is OnDemand", odd.Problem);
        System.IO.File.WriteAllBytes(manifestPath, CacheFormat.WriteManifest(new CacheManifest(2, [hosting with { Component = "Training" }])));
        var misfiled = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path).FilePrices(Service.SageMaker, "us-east-1", "Training"));
        Assert.Contains("is the Training file but price HOST is Hosting", misfiled.Problem);

        System.IO.File.WriteAllText(manifestPath, manifest.Replace("\"terms\": \"SavingsPlan\"", "\"terms\": \"Reserved\""));
        var unknown = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path));
        Assert.Contains("\"terms\": \"Reserved\"", unknown.Problem);
        System.IO.File.WriteAllText(manifestPath, manifest.Replace("\"component\": \"Hosting\"", "\"component\": \"../../etc\""));
        var path = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path));
        Assert.Contains("\"component\": \"../../etc\"", path.Problem);
    }

    [Fact]
    public void A_damaged_file_is_an_error_naming_it_never_a_wrong_price()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("SKU1", 0.0015m))]);
        var path = Path.Combine(folder.Path, "textract", "us-east-1.json");
        System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(path).Replace("0.0015", "0.0016"));

        var error = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path).Prices(Service.Textract, "us-east-1"));
        Assert.Equal(path, error.File);
        Assert.Contains("SHA-256", error.Problem);
    }

    [Fact]
    public void A_truncated_file_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("SKU1", 0.0015m))]);
        var path = Path.Combine(folder.Path, "textract", "us-east-1.json");
        var bytes = System.IO.File.ReadAllBytes(path);
        System.IO.File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path).VerifyAll());
        Assert.Equal(path, error.File);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_not_a_cache()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path));
        Assert.Contains("manifest.json", error.Problem);
    }

    [Fact]
    public void Writing_replaces_the_regions_written_and_keeps_the_others()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("OLD", 0.0015m)), File("eu-west-1", Record("KEPT", 0.002m))]);
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("NEW", 0.001m))]);

        var cache = PriceCache.Open(folder.Path);
        Assert.Equal("NEW", Assert.Single(cache.Prices(Service.Textract, "us-east-1")).Sku);
        Assert.Equal("KEPT", Assert.Single(cache.Prices(Service.Textract, "eu-west-1")).Sku);
        cache.VerifyAll();
        // Nothing is left behind beside the cache: no staging or retired folders.
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder.Path)!, $".{Path.GetFileName(folder.Path)}.*"));
    }

    [Fact]
    public void The_committed_cache_opens_and_every_file_passes_its_checksum()
    {
        var cache = PriceCache.Open(TestPaths.PricingCache);
        cache.VerifyAll();
        Assert.Equal(Service.All.Count, cache.Manifest.Files.Select(f => f.Service).Distinct().Count());
    }

    private static PriceRecord Instance(string sku, string region, string instance, string component, decimal usdPerHour, string term = TermType.OnDemand) => new()
    {
        Service = Service.SageMaker.OfferCode,
        Region = region,
        Sku = sku,
        Attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)
            .Add(Attr.InstanceName, instance).Add(Attr.Component, component),
        Unit = "Hrs",
        TermType = term,
        Tiers = [new PriceTier(0, null, usdPerHour, sku + ".JRTCKXETXF.6YS6EN2CT7")],
        Source = "test",
        PublicationDate = "2026-01-01",
        Quality = PriceQuality.PriceList,
    };

    [Fact]
    public void Every_write_makes_the_analyzers_price_file_from_the_caches_own_prices_and_lists_it_in_the_manifest()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path,
        [
            new PriceFileContents(Service.SageMaker, "eu-west-1",
            [
                Instance("TRAIN", "eu-west-1", "ml.p3.2xlarge", "Training", 4.284m),
                Instance("HOST", "eu-west-1", "ml.m5.xlarge", "Hosting", 0.23m),
                Instance("PLAN", "eu-west-1", "ml.m5.xlarge", "Hosting", 0.16m, TermType.SavingsPlan), // not on-demand: left out
                Instance("STUDIO", "eu-west-1", "ml.m5.xlarge", "Studio-Notebook", 0.23m),        // no rule quotes it: left out
            ]),
            File("us-east-1", Record("SKU1", 0.0015m)),
        ]);
        var lines = System.IO.File.ReadAllLines(Path.Combine(folder.Path, AnalyzerPriceFile.FileName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "instance\teu-west-1\tml.m5.xlarge\tHosting\t0.23\tHOST.JRTCKXETXF.6YS6EN2CT7\tprice-list",
            "instance\teu-west-1\tml.p3.2xlarge\tTraining\t4.284\tTRAIN.JRTCKXETXF.6YS6EN2CT7\tprice-list",
            "pages\tus-east-1\tDetectDocumentText\t\t0.0015\tSKU1.A\tprice-list",
        ], lines);
        var manifest = PriceCache.Open(folder.Path).Manifest;
        Assert.Equal(new AnalyzerPricesEntry(AnalyzerPriceFile.FileName, 3, PriceCacheWriter.Sha256(System.IO.File.ReadAllBytes(Path.Combine(folder.Path, AnalyzerPriceFile.FileName)))), manifest.AnalyzerPrices);

        // A later write of another service keeps the file in step with the prices it carries over.
        PriceCacheWriter.Write(folder.Path, [new PriceFileContents(Service.SageMaker, "eu-west-1", [Instance("HOST2", "eu-west-1", "ml.m5.xlarge", "Hosting", 0.25m)])]);
        var after = System.IO.File.ReadAllLines(Path.Combine(folder.Path, AnalyzerPriceFile.FileName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["instance\teu-west-1\tml.m5.xlarge\tHosting\t0.25\tHOST2.JRTCKXETXF.6YS6EN2CT7\tprice-list", "pages\tus-east-1\tDetectDocumentText\t\t0.0015\tSKU1.A\tprice-list"], after);
        Assert.DoesNotContain(PriceCache.Open(folder.Path).Verify(), v => v.Problem is not null);
    }

    [Fact]
    public void A_damaged_analyzer_price_file_is_named_by_verify()
    {
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("SKU1", 0.0015m))]);
        var path = Path.Combine(folder.Path, AnalyzerPriceFile.FileName);
        System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(path).Replace("0.0015", "0.0001"));

        var problem = Assert.Single(PriceCache.Open(folder.Path).Verify(), v => v.Problem is not null);
        Assert.Equal(AnalyzerPriceFile.FileName, problem.Path);
        Assert.Contains("SHA-256", problem.Problem);
        Assert.Throws<PriceCacheException>(() => PriceCache.Open(folder.Path).AnalyzerPrices());
    }

    [Fact]
    public void The_committed_caches_analyzer_price_file_matches_its_manifest()
    {
        var cache = PriceCache.Open(TestPaths.PricingCache);
        var bytes = cache.AnalyzerPrices();
        Assert.NotNull(bytes);
        var rows = System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Count(l => l.Length > 0 && l[0] != '#');
        Assert.Equal(cache.Manifest.AnalyzerPrices!.Rows, rows);
        Assert.True(rows > 400, $"only {rows} rows");
    }

    [Theory]
    [InlineData("\"sku\": \"SKU1\",", "", "entry 1 has no \"sku\"")]
    [InlineData("\"usdPerUnit\": 0.0015", "\"usdPerUnit\": \"cheap\"", "price 1: \"usdPerUnit\" is not a number")]
    [InlineData("\"begin\": 0,", "\"begin\": 5,", "price 1: first tier begins at 5, not 0")]
    [InlineData("\"prices\": [", "\"list\": [", "\"prices\" is missing or not a list")]
    [InlineData("\"quality\": \"price-list\"", "\"quality\": \"price-list\",", "not valid JSON")]
    public void Every_field_of_a_price_is_checked_as_it_is_read(string field, string replacement, string problem)
    {
        // The reader is given the edited bytes directly (through the cache, the SHA-256 check would refuse them first).
        using var folder = new TempFolder();
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", Record("SKU1", 0.0015m))]);
        var path = Path.Combine(folder.Path, "textract", "us-east-1.json");
        var text = System.IO.File.ReadAllText(path);
        Assert.Contains(field, text);
        var error = Assert.Throws<PriceCacheException>(() => CacheFormat.ReadPrices(System.Text.Encoding.UTF8.GetBytes(text.Replace(field, replacement)), path));
        Assert.Equal(path, error.File);
        Assert.Contains(problem, error.Problem);
    }
}
