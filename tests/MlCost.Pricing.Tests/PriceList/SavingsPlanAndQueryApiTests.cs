using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class SavingsPlanAndQueryApiTests
{
    [Fact]
    public void Reads_savings_plan_rates_from_arrays_and_joins_them_by_discounted_sku()
    {
        using var stream = File.OpenRead(TestPaths.Fixture("ml_savings_plan_us-east-1.json"));
        var file = SavingsPlanFileReader.Read(stream);
        var rate = Assert.Single(file.Rates);
        Assert.Equal("us-east-1", file.RegionCode);
        Assert.Equal(2.60544m, rate.Usd);
        Assert.Equal("25TC687A4JSSSY7E", rate.DiscountedSku);
        Assert.Equal("USE1-Train:ml.m4.16xlarge", rate.DiscountedUsageType);
        Assert.Equal(1, rate.LeaseYears);
        Assert.Equal("Partial Upfront", rate.PurchaseOption);
    }

    [Fact]
    public void Reads_the_real_GetProducts_example_whose_price_list_items_are_strings()
    {
        using var stream = File.OpenRead(TestPaths.Raw("botocore/pricing-2017-10-15-GetProducts-example.json"));
        var page = GetProductsResponseReader.Read(stream);
        var item = Assert.Single(page.Items);
        Assert.Equal("WQGC34PB2AWS8R4U", item.Product.Sku);
        Assert.Equal("Storage", item.Product.ProductFamily);
        Assert.Equal("CAN1-EBS:VolumeUsage.piops", item.Product.Attributes["usagetype"]);
        var dimension = Assert.Single(Assert.Single(item.Terms).Dimensions);
        Assert.Equal(0.138m, dimension.Usd);
        Assert.Equal("GB-Mo", dimension.Unit);
        Assert.Equal("WQGC34PB2AWS8R4U.JRTCKXETXF.6YS6EN2CT7", dimension.RateCode);
        Assert.Equal("20170901182201", item.Version);
        Assert.StartsWith("57r3EXAMPLE", page.NextToken);
    }

    [Fact]
    public void A_GetProducts_item_with_empty_terms_has_no_terms()
    {
        var item = """{"product":{"sku":"S1","productFamily":"ML Instance","attributes":{"servicecode":"AmazonSageMaker"}},"serviceCode":"AmazonSageMaker","terms":{"Reserved":{}},"version":"1","publicationDate":"2026-01-01T00:00:00Z"}""";
        var response = $$"""{"FormatVersion":"aws_v1","PriceList":[{{System.Text.Json.JsonSerializer.Serialize(item)}}]}""";
        var page = GetProductsResponseReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(response)));
        Assert.Empty(Assert.Single(page.Items).Terms);
        Assert.Null(page.NextToken);
    }
}
