using System.Collections.Immutable;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Tests.Model;

public class TieredRateTests
{
    // Textract DetectDocumentText, us-east-1 (pricing-page data, 2024-10-29): first 1M pages $0.0015, over 1M $0.0006.
    private static readonly ImmutableArray<PriceTier> Textract =
    [
        new(0, 1_000_000, 0.0015m, "MU9BPN7BUTB9FTQJ.JRTCKXETXF.SB2VSFF4TP"),
        new(1_000_000, null, 0.0006m, "MU9BPN7BUTB9FTQJ.JRTCKXETXF.VNJQCFJPS4"),
    ];

    // Rekognition Image API Group2, us-east-1: 1M @ $0.001, next 4M @ $0.0008, next 30M @ $0.0006, over 35M @ $0.00025.
    private static readonly ImmutableArray<PriceTier> RekognitionGroup2 =
    [
        new(0, 1_000_000, 0.001m, "a"),
        new(1_000_000, 5_000_000, 0.0008m, "b"),
        new(5_000_000, 35_000_000, 0.0006m, "c"),
        new(35_000_000, null, 0.00025m, "d"),
    ];

    [Fact]
    public void Exactly_one_million_pages_cost_the_first_tier_only()
    {
        // 1,000,000 × 0.0015 = 1,500.00
        Assert.Equal(1500m, TieredRate.Cost(Textract, 1_000_000));
    }

    [Fact]
    public void The_page_after_one_million_costs_the_second_tier()
    {
        // 1,000,000 × 0.0015 + 1 × 0.0006 = 1,500.0006
        Assert.Equal(1500.0006m, TieredRate.Cost(Textract, 1_000_001));
    }

    [Fact]
    public void Each_tier_bills_only_its_own_slice_never_the_whole_volume_at_the_last_tier()
    {
        // 40M images: 1M×0.001 + 4M×0.0008 + 30M×0.0006 + 5M×0.00025 = 1,000 + 3,200 + 18,000 + 1,250 = 23,450
        Assert.Equal(23_450m, TieredRate.Cost(RekognitionGroup2, 40_000_000));
        Assert.NotEqual(40_000_000 * 0.00025m, TieredRate.Cost(RekognitionGroup2, 40_000_000));
    }

    [Fact]
    public void Split_shows_the_quantity_in_each_tier()
    {
        var split = TieredRate.Split(RekognitionGroup2, 6_000_000);
        Assert.Equal([1_000_000m, 4_000_000m, 1_000_000m, 0m], split.Select(s => s.Quantity));
    }

    [Fact]
    public void Zero_quantity_costs_nothing_and_a_negative_one_is_refused()
    {
        Assert.Equal(0m, TieredRate.Cost(Textract, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieredRate.Cost(Textract, -1));
    }

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cost_never_falls_as_quantity_grows(int seed)
    {
        var random = new Random(seed);
        var tiers = RandomTiers(random);
        decimal previous = 0, quantity = 0;
        for (var i = 0; i < 500; i++)
        {
            quantity += (decimal)random.Next(0, 5_000_000) + random.Next(0, 1000) / 1000m;
            var cost = TieredRate.Cost(tiers, quantity);
            Assert.True(cost >= previous, $"cost fell from {previous} to {cost} at {quantity}");
            previous = cost;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cost_is_the_sum_of_what_each_tier_bills(int seed)
    {
        var random = new Random(seed);
        var tiers = RandomTiers(random);
        for (var i = 0; i < 200; i++)
        {
            var quantity = (decimal)random.Next(0, int.MaxValue);
            // Independent of Split: integrate tier by tier from the tier bounds.
            decimal expected = 0;
            foreach (var tier in tiers)
            {
                var top = tier.End is { } end && end < quantity ? end : quantity;
                if (top > tier.Begin) expected += (top - tier.Begin) * tier.UsdPerUnit;
            }
            Assert.Equal(expected, TieredRate.Cost(tiers, quantity));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void With_one_tier_cost_is_the_flat_price_times_quantity(int seed)
    {
        var random = new Random(seed);
        var price = random.Next(1, 1_000_000) / 10_000_000m;
        ImmutableArray<PriceTier> flat = [new(0, null, price, "flat")];
        for (var i = 0; i < 200; i++)
        {
            var quantity = random.Next(0, int.MaxValue) + random.Next(0, 100) / 100m;
            Assert.Equal(price * quantity, TieredRate.Cost(flat, quantity));
        }
    }

    [Fact]
    public void Finds_gaps_and_overlaps_in_a_tier_ladder()
    {
        Assert.Null(TieredRate.Problem(Textract));
        Assert.NotNull(TieredRate.Problem([new(0, 10, 1m, "a"), new(11, null, 1m, "b")]));
        Assert.NotNull(TieredRate.Problem([new(5, null, 1m, "a")]));
        Assert.NotNull(TieredRate.Problem([new(0, 10, 1m, "a")]));
    }

    private static ImmutableArray<PriceTier> RandomTiers(Random random)
    {
        var count = random.Next(1, 6);
        var tiers = ImmutableArray.CreateBuilder<PriceTier>();
        decimal begin = 0;
        for (var i = 0; i < count; i++)
        {
            decimal? end = i == count - 1 ? null : begin + random.Next(1, 50_000_000);
            tiers.Add(new PriceTier(begin, end, random.Next(1, 100_000) / 10_000_000m, $"t{i}"));
            begin = end ?? begin;
        }
        return tiers.ToImmutable();
    }
}
