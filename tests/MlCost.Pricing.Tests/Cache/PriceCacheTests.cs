using System.Collections.Immutable;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
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
        var written = Record("SKU1", 0.0015m);
        PriceCacheWriter.Write(folder.Path, [File("us-east-1", written)]);
        var read = Assert.Single(PriceCache.Open(folder.Path).Prices(Service.Textract, "us-east-1"));
        Assert.Equal(written.Tiers.ToList(), read.Tiers.ToList());
        Assert.Equal(written.Attributes, read.Attributes);
        Assert.Equal((written.Sku, written.Unit, written.Source, written.Quality), (read.Sku, read.Unit, read.Source, read.Quality));
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
}
