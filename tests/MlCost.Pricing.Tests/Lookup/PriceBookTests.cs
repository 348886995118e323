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
        Assert.Contains("only for Hosting, Studio-Notebook there", error.Message);
    }

    [Fact]
    public void A_type_priced_only_under_a_plan_says_so_without_contradicting_itself()
    {
        // us-east-1 ml.m4.16xlarge Training has a Savings Plan rate and no on-demand rate.
        var error = Assert.Throws<PriceNotFoundException>(() => Book.SageMakerInstance("us-east-1", "ml.m4.16xlarge", SageMakerComponent.Training));
        Assert.Contains("It has only SavingsPlan rates for ml.m4.16xlarge Training there", error.Message);
        Assert.DoesNotContain("only for Training", error.Message);
    }

    [Fact]
    public void A_missing_price_names_the_cache_read_and_the_command_that_gets_it()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.Prices(Service.SageMaker, "mx-central-1"));
        Assert.Contains(TestPaths.PricingCache, error.Message);
        Assert.Contains("mlcost prices refresh --services sagemaker --regions mx-central-1", error.Message);
        Assert.Contains("only an alternative", error.Message);
        var instance = Assert.Throws<PriceNotFoundException>(() => Book.SageMakerInstance("us-east-1", "ml.trn9.xlarge", SageMakerComponent.Hosting));
        Assert.Contains("mlcost prices refresh --services sagemaker --regions us-east-1", instance.Message);
    }

    [Fact]
    public void An_unknown_region_lists_the_close_ones()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Book.Prices(Service.Textract, "us-east-9"));
        Assert.Contains("Did you mean us-east-1", error.Message);
    }

    [Fact]
    public void An_AI_service_price_is_the_record_with_exactly_the_attributes_asked_for()
    {
        // DetectDocumentText has no feature bundle: asking for the attribute to be absent finds it, a bundle does not.
        var text = Book.AiService(Service.Textract, "us-east-1", new Dictionary<string, string?> { [Attr.Operation] = "detectdocumenttext", [Attr.Features] = null }, "text");
        Assert.Equal(0.0015m, text.Tiers[0].UsdPerUnit);
        var error = Assert.Throws<PriceNotFoundException>(() =>
            Book.AiService(Service.Textract, "us-east-1", new Dictionary<string, string?> { [Attr.Operation] = "DetectDocumentText", [Attr.Features] = "FORMS" }, "Textract DetectDocumentText with FORMS"));
        Assert.Contains("Textract DetectDocumentText with FORMS", error.Message);
        Assert.Contains("AnalyzeDocument [FORMS+QUERIES]", error.Message);
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
        // The committed snapshot has them from AWS's Studio notebook page, which states vCPU and memory but not GPUs: none are invented.
        Assert.Equal(new InstanceFacts("ml.g4dn.xlarge", "4", "16 GiB", null, null), Book.Facts("us-east-1", "ml.g4dn.xlarge"));
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
