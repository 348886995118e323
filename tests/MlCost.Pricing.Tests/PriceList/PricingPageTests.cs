using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class PricingPageTests
{
    private static PricingPage Read(string service)
    {
        using var stream = File.OpenRead(TestPaths.Raw($"lamngockhuong-aws-price/{service}.json"));
        return PricingPageReader.Read(stream);
    }

    [Fact]
    public void Reads_each_rate_once_with_its_label_and_the_publication_date()
    {
        var page = Read("textract");
        Assert.Equal("textract", page.ServiceId);
        Assert.Equal("2024-10-29T16:40:50Z", page.PublicationDate);
        Assert.Equal(16, page.RatesByLocation.Count);
        var virginia = page.RatesByLocation["US East (N. Virginia)"];
        Assert.Equal(60, virginia.Count);
        var first = virginia.Single(r => r.RateCode == "MU9BPN7BUTB9FTQJ.JRTCKXETXF.SB2VSFF4TP");
        Assert.Equal("DetectDocumentText API Text First 1M", first.Label);
        Assert.Equal(0.0015m, first.Usd);
    }

    [Fact]
    public void Rates_with_only_a_hash_key_have_no_label()
    {
        var polly = Read("polly").RatesByLocation["US East (N. Virginia)"];
        Assert.Single(polly, r => r.Label is null);
    }

    [Fact]
    public void Of_two_labels_for_one_rate_the_one_stating_its_range_wins()
    {
        var comprehend = Read("comprehend").RatesByLocation["US East (N. Virginia)"];
        Assert.Equal("Processes PII Analysis in text request from 50M to 100M",
            comprehend.Single(r => r.RateCode == "437B5V732VX3FHQ3.JRTCKXETXF.H7TEM37A35").Label);
        var transcribe = Read("transcribe").RatesByLocation["US East (N. Virginia)"];
        Assert.Equal("Transcription Job Audio to Text per second from 0 to 15000000",
            transcribe.Single(r => r.RateCode == "XG5JYDUXJ2JRGBD9.JRTCKXETXF.XEPN5HMENM").Label);
    }

    [Theory]
    [InlineData("DetectDocumentText API Text First 1M", "DetectDocumentText API Text", "0", "1000000")]
    [InlineData("DetectDocumentText API Text Over 1M", "DetectDocumentText API Text", "1000000", null)]
    [InlineData("Analyze ID AnalyzeID API ID First 100K", "Analyze ID AnalyzeID API ID", "0", "100000")]
    [InlineData("Processes Sentiment Analysis text request from 10M to 50M", "Processes Sentiment Analysis text request", "10000000", "50000000")]
    [InlineData("Processes Sentiment Analysis text request over 50M", "Processes Sentiment Analysis text request", "50000000", null)]
    [InlineData("Rekognition Image API upto 5MM per Images Processed Group1", "Rekognition Image API per Images Processed Group1", null, "5000000")]
    [InlineData("Transcription Job Audio to Text per second from 300000000 to Inf", "Transcription Job Audio to Text per second", "300000000", null)]
    [InlineData("Neural per Characters", "Neural per Characters", "0", null)]
    public void Splits_a_label_into_what_is_priced_and_its_tier(string label, string stem, string? begin, string? end)
    {
        var parsed = PricingPageLabel.Parse(label);
        Assert.Equal(stem, parsed.Stem);
        Assert.Equal(begin is null ? null : decimal.Parse(begin), parsed.Begin);
        Assert.Equal(end is null ? null : decimal.Parse(end), parsed.End);
    }

    [Fact]
    public void A_file_that_is_not_a_pricing_page_is_an_error()
    {
        Assert.Throws<PriceFileException>(() => PricingPageReader.Read(new MemoryStream("""{"regions":{}}"""u8.ToArray())));
    }
}
