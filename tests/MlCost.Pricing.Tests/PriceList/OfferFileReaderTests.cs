using System.Text.Json;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class OfferFileReaderTests
{
    private static readonly string Redshift = TestPaths.Raw("bamcis-AWSPriceListApi/AmazonRedshift.json");

    private static (OfferFileHeader Header, RecordingSink Sink) ReadRedshift()
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(Redshift);
        return (OfferFileReader.Read(stream, sink), sink);
    }

    [Fact]
    public void Reads_the_header_of_the_real_Redshift_offer_file()
    {
        var (header, _) = ReadRedshift();
        Assert.Equal(new OfferFileHeader("v1.0", "AmazonRedshift", "20180309224506", "2018-03-09T22:45:06Z"), header);
    }

    [Fact]
    public void Reads_every_product_and_price_dimension_that_a_DOM_parser_sees()
    {
        var (_, sink) = ReadRedshift();
        // An independent count with System.Text.Json's DOM over the same file.
        using var document = JsonDocument.Parse(File.ReadAllBytes(Redshift));
        var products = document.RootElement.GetProperty("products");
        var dimensions = document.RootElement.GetProperty("terms").EnumerateObject()
            .SelectMany(type => type.Value.EnumerateObject())
            .SelectMany(sku => sku.Value.EnumerateObject())
            .Sum(offer => offer.Value.GetProperty("priceDimensions").EnumerateObject().Count());

        Assert.Equal(1189, sink.Products.Count);
        Assert.Equal(products.EnumerateObject().Count(), sink.Products.Count);
        Assert.Equal(dimensions, sink.Terms.Sum(t => t.Dimensions.Count));
    }

    [Fact]
    public void Products_without_a_product_family_are_kept_with_none()
    {
        var (_, sink) = ReadRedshift();
        var missing = sink.Products.Where(p => p.ProductFamily is null).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, p => Assert.Equal("AWSDataTransfer", p.Attributes["servicecode"]));
    }

    [Fact]
    public void Reserved_terms_keep_their_upfront_fee_without_a_range_and_their_term_attributes()
    {
        var (_, sink) = ReadRedshift();
        var reserved = sink.Terms.Where(t => t.TermType == "Reserved").ToList();
        Assert.NotEmpty(reserved);
        var allUpfront = reserved.First(t => t.TermAttributes.GetValueOrDefault("PurchaseOption") == "All Upfront"
                                             && t.Dimensions.Any(d => d.Usd == 34800m));
        var fee = Assert.Single(allUpfront.Dimensions, d => !d.HasRange);
        Assert.Equal("Upfront Fee", fee.Description);
        Assert.Equal("Quantity", fee.Unit);
        Assert.Null(fee.BeginRange);
        Assert.Contains(allUpfront.Dimensions, d => d is { HasRange: true, BeginRange: 0, EndRange: null, Unit: "Hrs" });
    }

    [Fact]
    public void Reads_string_prices_exactly_and_Inf_as_unbounded()
    {
        var (_, sink) = ReadRedshift();
        var term = sink.Terms.Single(t => t.Sku == "Q5CNESP65QAQJHJM" && t.TermType == "OnDemand");
        var dimension = Assert.Single(term.Dimensions);
        Assert.Equal(0.04m, dimension.Usd);
        Assert.Equal("Q5CNESP65QAQJHJM.JRTCKXETXF.6YS6EN2CT7", dimension.RateCode);
        Assert.Equal("JRTCKXETXF", term.OfferTermCode);
        Assert.Null(dimension.EndRange);
        Assert.Equal("2018-03-01T00:00:00Z", term.EffectiveDate);
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark()
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(TestPaths.Raw("bamcis-AWSPriceListApi/ReservedHostEC2.json"));
        var header = OfferFileReader.Read(stream, sink);
        Assert.Equal("AmazonEC2", header.OfferCode);
        Assert.NotEmpty(sink.Products);
        Assert.Single(sink.Products);
        Assert.Contains(sink.Terms, t => t.TermType == "Reserved");
    }

    [Fact]
    public void Skips_unknown_keys_such_as_attributesList()
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(TestPaths.Fixture("sagemaker-offer-us-east-1.json"));
        var header = OfferFileReader.Read(stream, sink);
        Assert.Equal("2026-08-01T00:00:00Z", header.PublicationDate);
        Assert.Equal(3, sink.Products.Count);
        Assert.Equal(3, sink.Terms.Count);
    }

    [Fact]
    public void Several_tiers_under_one_term_arrive_together()
    {
        const string json = """
            {"offerCode":"comprehend","products":{"Y43":{"sku":"Y43","productFamily":"Comprehend","attributes":{"servicecode":"comprehend"}}},
             "terms":{"OnDemand":{"Y43":{"Y43.JRTCKXETXF":{"offerTermCode":"JRTCKXETXF","sku":"Y43","effectiveDate":"2026-01-01T00:00:00Z",
               "priceDimensions":{
                 "Y43.JRTCKXETXF.A":{"rateCode":"Y43.JRTCKXETXF.A","beginRange":"0","endRange":"10000000","unit":"Units","pricePerUnit":{"USD":"0.0001000000"}},
                 "Y43.JRTCKXETXF.B":{"rateCode":"Y43.JRTCKXETXF.B","beginRange":"10000000","endRange":"50000000","unit":"Units","pricePerUnit":{"USD":"0.0000500000"}},
                 "Y43.JRTCKXETXF.C":{"rateCode":"Y43.JRTCKXETXF.C","beginRange":"50000000","endRange":"Inf","unit":"Units","pricePerUnit":{"USD":"0.0000250000"}}},
               "termAttributes":{}}}}},"publicationDate":"2026-01-16T16:02:58Z"}
            """;
        var sink = new RecordingSink();
        OfferFileReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), sink);
        var term = Assert.Single(sink.Terms);
        Assert.Equal([0m, 10_000_000m, 50_000_000m], term.Dimensions.Select(d => d.BeginRange!.Value));
        Assert.Equal([10_000_000m, 50_000_000m, (decimal?)null], term.Dimensions.Select(d => d.EndRange));
    }

    [Fact]
    public void A_file_that_is_not_an_offer_file_is_an_error()
    {
        var error = Assert.Throws<PriceFileException>(() =>
            OfferFileReader.Read(new MemoryStream("""{"regions":{}}"""u8.ToArray()), new RecordingSink()));
        Assert.Contains("offerCode", error.Message);
    }

    [Fact]
    public void A_price_that_is_not_a_number_is_an_error_naming_its_line()
    {
        const string json = "{\"offerCode\":\"x\",\"terms\":{\"OnDemand\":{\"S\":{\"S.T\":{\"priceDimensions\":{\n\"S.T.R\":{\"beginRange\":\"0\",\"endRange\":\"Inf\",\n\"pricePerUnit\":{\"USD\":\"twelve\"}}}}}}}}";
        var error = Assert.Throws<PriceFileException>(() =>
            OfferFileReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), new RecordingSink()));
        Assert.Contains("twelve", error.Message);
        Assert.Equal(3, error.Line);
    }
}
