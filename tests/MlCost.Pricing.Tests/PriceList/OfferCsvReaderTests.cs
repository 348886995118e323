using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class OfferCsvReaderTests
{
    private static (OfferFileHeader, RecordingSink) Read(string text)
    {
        var sink = new RecordingSink();
        return (OfferCsvReader.Read(new StringReader(text), sink), sink);
    }

    private static string Fixture => File.ReadAllText(TestPaths.Fixture("comprehend-us-east-1.csv"));

    [Fact]
    public void Reads_the_five_metadata_rows_then_the_header()
    {
        var (header, sink) = Read(Fixture);
        Assert.Equal(new OfferFileHeader("v1.0", "comprehend", "20260116160258", "2026-01-16T16:02:58Z"), header);
        // Taking row 1 for the header would drop every row; all four price rows must arrive.
        Assert.Equal(4, sink.Terms.Sum(t => t.Dimensions.Count));
    }

    [Fact]
    public void Rows_of_one_term_become_its_tiers()
    {
        var (_, sink) = Read(Fixture);
        var sentiment = sink.Terms.Single(t => t.Sku == "Y43GAZS26PRCFXJW");
        Assert.Equal([0.0001m, 0.00005m, 0.000025m], sentiment.Dimensions.Select(d => d.Usd));
        Assert.Equal([10_000_000m, 50_000_000m, (decimal?)null], sentiment.Dimensions.Select(d => d.EndRange));
    }

    [Fact]
    public void Attribute_columns_get_the_keys_the_JSON_files_use()
    {
        var (_, sink) = Read(Fixture);
        var product = sink.Products.Single(p => p.Sku == "Y43GAZS26PRCFXJW");
        Assert.Equal("Comprehend", product.ProductFamily);
        Assert.Equal("us-east-1", product.Attributes["regionCode"]);
        Assert.Equal("USE1-DetectSentiment-Units", product.Attributes["usagetype"]);
        Assert.Equal("Processes Sentiment Analysis text request", product.Attributes["groupDescription"]);
        Assert.Equal("Sentiment", product.Attributes["platofeaturetype"]);
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        var (_, sink) = Read(Fixture);
        var storage = sink.Terms.Single(t => t.Sku == "FTR9HG2GAGAQMSMR");
        Assert.Equal("$0.50 per model per month, \"custom\" classifier", storage.Dimensions[0].Description);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_an_error_with_its_line()
    {
        var broken = Fixture.TrimEnd() + "\n\"ONLY\",\"THREE\",\"FIELDS\"\n";
        var error = Assert.Throws<PriceFileException>(() => Read(broken));
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void A_CSV_without_metadata_rows_is_an_error()
    {
        var error = Assert.Throws<PriceFileException>(() => Read("\"SKU\",\"OfferTermCode\"\n\"A\",\"B\"\n"));
        Assert.Contains("metadata", error.Message);
    }
}
