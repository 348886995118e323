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
    [InlineData("Forecast Data Points 100 to 1000", "Forecast Data Points", "100", "1000")]
    [InlineData("Training hours 0 to Inf", "Training hours", "0", null)]
    [InlineData("Batch Inference First 20 Million per Batch Recommendations", "Batch Inference per Batch Recommendations", "0", "20000000")]
    [InlineData("Batch Inference Over 200 Million per Batch Recommendations", "Batch Inference per Batch Recommendations", "200000000", null)]
    [InlineData("Speech to-Text-Req Supported Mode Speech and Text", "Speech to-Text-Req Supported Mode Speech and Text", "0", null)]
    public void Splits_a_label_into_what_is_priced_and_its_tier(string label, string stem, string? begin, string? end)
    {
        var parsed = PricingPageLabel.Parse(label);
        Assert.Equal(stem, parsed.Stem);
        Assert.Equal(begin is null ? null : decimal.Parse(begin), parsed.Begin);
        Assert.Equal(end is null ? null : decimal.Parse(end), parsed.End);
    }

    [Fact]
    public void Next_names_a_length_and_no_bounds()
    {
        var next = PricingPageLabel.Parse("Batch Inference Next 180 Million per Batch Recommendations");
        Assert.Equal(("Batch Inference per Batch Recommendations", null, null, 180_000_000m), (next.Stem, next.Begin, next.End, next.Length));
    }

    [Fact]
    public void Keys_that_are_the_rate_hash_with_a_version_are_not_labels()
    {
        // Lex writes some rates under "<RegionlessRateCode> V1" only: what they price is not stated.
        var lex = PricingPageReader.Read(File.OpenRead(TestPaths.MoreRaw("aws-price-watcher/lex.json"))).RatesByLocation["US East (N. Virginia)"];
        Assert.Null(lex.Single(r => r.RateCode == "4AMS8RRWZGC8UG4T.JRTCKXETXF.6YS6EN2CT7").Label);
        Assert.Equal("Speech to-Text-Req Supported Mode Speech and Text", lex.Single(r => r.RateCode == "UP3J5DTJ8N9FD8GE.JRTCKXETXF.6YS6EN2CT7").Label);
    }

    [Fact]
    public void A_file_that_is_not_a_pricing_page_is_an_error()
    {
        Assert.Throws<PriceFileException>(() => PricingPageReader.Read(new MemoryStream("""{"regions":{}}"""u8.ToArray())));
    }
}
