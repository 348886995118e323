using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class IndexReaderTests
{
    [Fact]
    public void Reads_a_service_region_index_where_regions_is_a_map()
    {
        using var stream = File.OpenRead(TestPaths.Fixture("region_index.json"));
        var index = RegionIndexReader.Read(stream);
        Assert.Equal("2026-01-16T16:02:58Z", index.PublicationDate);
        Assert.Contains(new RegionIndexEntry("ap-south-1", "/offers/v1.0/aws/comprehend/20260116160258/ap-south-1/index.json"), index.Regions);
        Assert.Equal(2, index.Regions.Count);
    }

    [Fact]
    public void Reads_a_savings_plans_region_index_where_regions_is_an_array()
    {
        using var stream = File.OpenRead(TestPaths.Fixture("savings_plan_region_index.json"));
        var index = RegionIndexReader.Read(stream);
        Assert.Equal("/savingsPlan/v1.0/aws/AWSDatabaseSavingsPlans/20260422194203/ap-south-2/index.json", index.Regions[0].Url);
        Assert.Equal(["ap-south-2", "us-east-1"], index.Regions.Select(r => r.RegionCode));
    }

    [Fact]
    public void Reads_the_offer_index_with_optional_savings_plan_urls()
    {
        using var stream = File.OpenRead(TestPaths.Fixture("offer_index.json"));
        var index = OfferIndexReader.Read(stream);
        var comprehend = index.Offers.Single(o => o.OfferCode == "comprehend");
        Assert.Equal("/offers/v1.0/aws/comprehend/current/region_index.json", comprehend.CurrentRegionIndexUrl);
        Assert.Null(comprehend.SavingsPlanVersionIndexUrl);
        Assert.NotNull(index.Offers.Single(o => o.OfferCode == "AmazonEC2").SavingsPlanVersionIndexUrl);
    }

    [Fact]
    public void A_region_index_without_regions_is_an_error()
    {
        Assert.Throws<PriceFileException>(() => RegionIndexReader.Read(new MemoryStream("""{"offers":{}}"""u8.ToArray())));
    }
}
