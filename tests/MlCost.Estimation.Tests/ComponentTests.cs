using MlCost.Estimation.Components;

namespace MlCost.Estimation.Tests;

/// <summary>The cost-component machinery itself: expressions, their compiled form, their breakpoints, labels.</summary>
public class ComponentTests
{
    private static readonly Input Volume = new(Input.VolumeName, "Requests per month", 0, "");

    private static CostModel Model(params CostComponent[] components) => new(new OptionComponents("o", "test", components, []));

    private static CostComponent Line(Expr quantity) =>
        new(Label.Of("line"), "line", "units", quantity, 1m, null, null, "test");

    [Fact]
    public void A_max_switches_where_its_lines_meet()
    {
        // Async inference: max(1 instance × 730 h, v / (0.01 × 3600)) switches at v = 730 × 36 = 26,280.
        var model = Model(Line(Expr.Max(1 * (Expr)730m, Volume / (0.01m * 3600m))));
        Assert.Equal([26_280m], model.Breakpoints(1, 1_000_000));
        Assert.Equal(730m, model.Total(26_280));
        Assert.Equal(1_000m, model.Total(36_000));
    }

    [Fact]
    public void A_ceiling_steps_at_every_whole_number_its_argument_reaches()
    {
        // ceil(v × 3 / (20 × 730 × 3600)) steps every 17,520,000 requests, exactly there.
        var model = Model(Line(Expr.Ceiling(Volume * 3m / (20m * 730m * 3600m))));
        Assert.Equal([17_520_000m, 35_040_000m], model.Breakpoints(1, 40_000_000).Order());
        Assert.Equal(1m, model.Total(17_520_000));
        Assert.Equal(2m, model.Total(17_520_001));
    }

    [Fact]
    public void A_tier_slice_of_a_capped_quantity_bends_at_the_tier_and_at_the_cap()
    {
        // Free tier: the first 1,500 units of a quantity of 2 units a request, sliced at a tier ending at 1,000:
        // the slice grows until the quantity reaches 1,000 (v = 500) and stays there; the cap (v = 750) is a break too.
        var price = new MlCost.Pricing.Model.PriceRecord
        {
            Service = "test", Region = "r", Sku = "s", Unit = "units", Source = "test", PublicationDate = "", Quality = "price-list",
            Tiers = [new(0, 1_000, 0.5m, "a"), new(1_000, null, 0.25m, "b")],
        };
        var model = Model(Line(Expr.TierSlice(Expr.Min(Volume * 2m, 1_500m), price, price.Tiers[0])),
            Line(Expr.TierSlice(Expr.Min(Volume * 2m, 1_500m), price, price.Tiers[1])));
        Assert.Equal([500m, 750m], model.Breakpoints(1, 10_000).Distinct().Order());
        Assert.Equal(1_500m, model.Total(5_000));
        Assert.Equal(800m, model.Total(400));
    }

    [Fact]
    public void A_quantity_that_is_not_piecewise_affine_in_volume_is_refused_when_the_model_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Model(Line(Volume * Volume)));
        Assert.Contains("not piecewise affine", error.Message);
    }

    [Fact]
    public void A_choice_follows_its_flag()
    {
        var spot = Input.Flag("Spot", "spot", true, "");
        var onDemand = Input.Flag("Spot", "spot", false, "");
        Assert.Equal(3m, Model(Line(Expr.If(spot, 3m, 10m))).Total(1));
        Assert.Equal(10m, Model(Line(Expr.If(onDemand, 3m, 10m))).Total(1));
    }

    [Fact]
    public void A_line_on_the_subtotal_applies_to_the_counted_lines_before_it()
    {
        // 100 + 50 counted, 70 shown beside but not counted; less 10% of 150 = 135.
        var discount = new CostComponent(Label.Of("discount"), "discount", "USD", new Subtotal(), -0.1m, null, null, "test");
        var model = Model(Line(100m), Line(50m), Line(70m) with { Counted = false }, discount);
        var cost = model.Price(1);
        Assert.Equal(135m, model.Total(1));
        Assert.Equal(135m, cost.MonthlyCostUsd);
        Assert.Equal(70m, Assert.Single(cost.Alternatives).CostUsd);
    }

    [Fact]
    public void Labels_show_each_value_at_the_volume_priced()
    {
        var instances = Expr.Ceiling(Volume / 1_000m);
        var model = Model(Line(instances) with { Description = Label.Of($"{instances} instance(s), peak {Volume / 7m:0.###}/s") });
        Assert.Equal("3 instance(s), peak 357.143/s", model.Price(2_500).LineItems[0].Description);
    }

    public static TheoryData<string> Examples => new(Scenarios.ExampleFiles);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Compiled_expressions_give_exactly_what_walking_them_gives(string example)
    {
        var e = Scenarios.Example(example);
        var random = new Random(11);
        foreach (var component in e.Models.SelectMany(m => m.Option.Components).Where(c => c.Quantity is not Subtotal))
        {
            var compiled = Compiler.Compile(component.Quantity);
            for (var i = 0; i < 20; i++)
            {
                var at = new Point(Math.Round((decimal)random.NextDouble() * 100_000_000m, 3), 0);
                Assert.Equal(Compiler.Evaluate(component.Quantity, at), compiled(at));
            }
        }
    }
}
