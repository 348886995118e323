using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Tests.Lookup;

public class PriceBookTests
{
    private static readonly PriceBook Book = new(PriceCache.Open(TestPaths.PricingCache));

    [Fact]
    public void Finds_a_SageMaker_instance_price_by_region_type_and_component()
    {
        var price = Book.SageMakerInstance("us-east-1", "ml.g4dn.xlarge", SageMakerComponent.Hosting);
        Assert.Equal(0.7364m, price.Tiers[0].UsdPerUnit);
        Assert.Equal("Hrs", price.Unit);
        Assert.Equal(0.822m, Book.SageMakerInstance("eu-west-1", "ml.g4dn.xlarge", SageMakerComponent.Training).Tiers[0].UsdPerUnit);
    }

    [Fact]
    public void A_mistyped_instance_type_suggests_the_close_one()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.SageMakerInstance("us-east-1", "ml.g5.xlarg", SageMakerComponent.Hosting));
        Assert.Contains("Did you mean ml.g5.xlarge", error.Message);
    }

    [Fact]
    public void A_price_for_another_component_is_never_used()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.SageMakerInstance("us-east-1", "ml.g4dn.xlarge", SageMakerComponent.Training));
        Assert.Contains("only for Hosting", error.Message);
    }

    [Fact]
    public void An_unknown_region_lists_the_close_ones()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.AiService(Service.Textract, "us-east-9", "DetectDocumentText"));
        Assert.Contains("Did you mean us-east-1", error.Message);
    }

    [Fact]
    public void Textract_bundles_are_found_whatever_the_feature_order()
    {
        var a = Book.AiService(Service.Textract, "us-east-1", "AnalyzeDocument", ["QUERIES", "FORMS"]);
        var b = Book.AiService(Service.Textract, "us-east-1", "AnalyzeDocument", ["forms", "queries"]);
        Assert.Same(a, b);
        Assert.Equal(0.055m, a.Tiers[0].UsdPerUnit);
    }

    [Fact]
    public void A_bundle_the_data_lacks_is_an_error_not_a_sum_of_features()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.AiService(Service.Textract, "us-east-1", "AnalyzeDocument", ["FORMS", "TABLES"]));
        Assert.Contains("FORMS+TABLES", error.Message);
        Assert.Contains("AnalyzeDocument [FORMS+QUERIES]", error.Message);
    }

    [Fact]
    public void Rekognition_operations_are_priced_by_their_API_group()
    {
        var labels = Book.AiService(Service.Rekognition, "us-east-1", "DetectLabels");
        Assert.Equal("Group2", labels.Attribute(Attr.ApiGroup));
        Assert.Equal([0.001m, 0.0008m, 0.0006m, 0.00025m], labels.Tiers.Select(t => t.UsdPerUnit));
        Assert.Equal("Group1", Book.AiService(Service.Rekognition, "us-east-1", "CompareFaces").Attribute(Attr.ApiGroup));
    }

    [Fact]
    public void Polly_is_priced_by_engine_and_Comprehend_in_tiers()
    {
        Assert.Equal(0.000016m, Book.AiService(Service.Polly, "us-east-1", "SynthesizeSpeech", engine: "neural").Tiers[0].UsdPerUnit);
        var sentiment = Book.AiService(Service.Comprehend, "us-east-1", "DetectSentiment");
        Assert.Equal([0m, 10_000_000m, 50_000_000m], sentiment.Tiers.Select(t => t.Begin));
        Assert.Equal("units", sentiment.Unit);
    }

    [Fact]
    public void Serverless_prices_are_found_by_memory_size_and_missing_sizes_say_which_exist()
    {
        Assert.Equal(0.00004m, Book.ServerlessInference("us-east-1", 2).Tiers[0].UsdPerUnit);
        var error = Assert.Throws<PriceNotFoundException>(() => Book.ServerlessInference("us-east-1", 4));
        Assert.Contains("1 GB, 2 GB, 3 GB", error.Message);
    }

    [Fact]
    public void Storage_and_data_processed_prices_are_found()
    {
        Assert.Equal(0.016m, Book.DataProcessed("us-east-1").Tiers[0].UsdPerUnit);
        Assert.Equal(0.154m, Book.Storage("eu-west-1", SageMakerComponent.Training).Tiers[0].UsdPerUnit);
    }

    [Fact]
    public void Instance_facts_come_from_the_price_list_attributes_where_a_source_gives_them()
    {
        using var folder = new TempFolder();
        MlCost.Pricing.Cache.PriceCacheWriter.Write(folder.Path, MlCost.Pricing.Import.PriceImporter.Import([TestPaths.Fixture("sagemaker-offer-us-east-1.json")]).Files);
        var book = new PriceBook(PriceCache.Open(folder.Path));
        Assert.Equal(new InstanceFacts("ml.m5.large", "2", "8 GiB", "0", "N/A"), book.Facts("us-east-1", "ml.m5.large"));
        // The committed snapshot's SageMaker prices are quotes without instance facts: none are invented.
        Assert.Null(Book.Facts("us-east-1", "ml.g4dn.xlarge"));
    }

    [Theory]
    [InlineData("ml.g5.xlarg", "ml.g5.xlarge")]
    [InlineData("textrct", "textract")]
    [InlineData("us-est-1", "us-east-1")]
    public void Close_matches_find_the_intended_name(string typed, string intended)
    {
        Assert.Equal(intended, CloseMatches.For(typed, ["ml.g5.xlarge", "ml.g4dn.xlarge", "textract", "translate", "us-east-1", "us-west-1", "eu-west-1"])[0]);
    }
}
