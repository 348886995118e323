using MlCost.Estimation.Breakeven;

namespace MlCost.Estimation.Tests;

public class BreakevenTests
{
    [Fact]
    public void A_tiered_service_crosses_a_flat_endpoint_where_the_costs_are_equal()
    {
        // DetectDocumentText, us-east-1: $0.0015/page up to 1M. Realtime ml.g4dn.xlarge, 1 instance: 730 × 0.7364 = 537.572.
        // Equal at V = 537.572 / 0.0015 = 358,381.333… requests/month.
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 100000 }""",
            """[{ "id": "textract", "kind": "ai-service", "service": "textract", "operation": "DetectDocumentText" }, { "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 1000 }]""");
        var crossing = Assert.Single(Estimator.Crossings(e.Curves(1_000, 900_000)));
        var at = Assert.Single(crossing.RequestsPerMonth);
        Assert.Equal(537.572m / 0.0015m, at, 15);
    }

    [Fact]
    public void Instance_steps_that_jump_over_the_other_option_are_crossings_at_the_step()
    {
        // Polly standard, us-east-1: 200 characters × $0.000004 = $0.0008 per request.
        // Realtime ml.g4dn.xlarge: 1 request/s per instance at peak 2.628× average steps every 1,000,000 requests/month
        // (1 × 730 × 3600 / 2.628): 537.572 per instance.
        //   Polly = realtime (1 instance) at 537.572 / 0.0008 = 671,965
        //   At 1,000,000 realtime jumps to 1,075.144, over Polly's 800: a crossing at the step
        //   Polly = realtime (2 instances) at 1,075.144 / 0.0008 = 1,343,930
        //   At 2,000,000 realtime jumps to 1,612.716, over Polly's 1,600: a crossing at the step
        //   Polly = realtime (3 instances) at 1,612.716 / 0.0008 = 2,015,895
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000000, "charactersPerRequest": 200, "peakToAverageRatio": 2.628 }""",
            """[{ "id": "polly", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech" }, { "id": "rt", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 1 }]""");
        var crossings = Assert.Single(Estimator.Crossings(e.Curves(100_000, 2_500_000))).RequestsPerMonth;
        Assert.Equal([671_965m, 1_000_000m, 1_343_930m, 2_000_000m, 2_015_895m], crossings.Select(c => Math.Round(c, 6)));
    }

    [Fact]
    public void Options_that_never_cross_in_the_range_have_no_crossings()
    {
        var e = Scenarios.Estimate("us-east-1", """{ "requestsPerMonth": 1000 }""",
            """[{ "id": "small", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 100 }, { "id": "big", "kind": "sagemaker-realtime", "instanceType": "ml.m5.xlarge", "requestsPerSecondPerInstance": 100 }]""");
        Assert.Empty(Assert.Single(Estimator.Crossings(e.Curves(1, 1_000_000))).RequestsPerMonth);
    }

    public static TheoryData<string> Examples => new(Scenarios.ExampleFiles);

    [Theory]
    [MemberData(nameof(Examples))]
    public void At_every_reported_crossing_the_costs_are_equal_to_the_cent_or_a_step_straddles_it(string example)
    {
        var e = Scenarios.Example(example);
        var (from, to) = e.DefaultRange();
        var curves = e.Curves(from, to);
        foreach (var crossing in Estimator.Crossings(curves))
        {
            var (a, b) = (e.Models.Single(m => m.Id == crossing.A), e.Models.Single(m => m.Id == crossing.B));
            foreach (var at in crossing.RequestsPerMonth)
            {
                decimal Difference(decimal v) => a.Price(v).MonthlyCostUsd - b.Price(v).MonthlyCostUsd;
                var equal = Math.Abs(Difference(at)) < 0.01m;
                var step = at * 0.000001m;
                var straddles = Math.Sign(Difference(at - step)) * Math.Sign(Difference(at + step)) < 0;
                Assert.True(equal || straddles, $"{example}: {crossing.A} vs {crossing.B} at {at}: difference {Difference(at)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Between_consecutive_crossings_the_cheaper_option_does_not_change(string example)
    {
        var e = Scenarios.Example(example);
        var (from, to) = e.DefaultRange();
        var curves = e.Curves(from, to);
        var random = new Random(example.GetHashCode(StringComparison.Ordinal));
        foreach (var crossing in Estimator.Crossings(curves))
        {
            var (a, b) = (e.Models.Single(m => m.Id == crossing.A), e.Models.Single(m => m.Id == crossing.B));
            var edges = crossing.RequestsPerMonth.Prepend(from).Append(to).ToList();
            for (var i = 0; i < edges.Count - 1; i++)
            {
                var signs = new HashSet<int>();
                for (var sample = 0; sample < 40; sample++)
                {
                    // Sampling (only here, to check the solver) across the stretch, away from its ends.
                    var v = edges[i] + (edges[i + 1] - edges[i]) * (0.001m + 0.998m * (decimal)random.NextDouble());
                    var difference = a.Price(v).MonthlyCostUsd - b.Price(v).MonthlyCostUsd;
                    if (Math.Abs(difference) > 0.000001m) signs.Add(Math.Sign(difference));
                }
                Assert.True(signs.Count <= 1, $"{example}: {crossing.A} vs {crossing.B} change order between {edges[i]} and {edges[i + 1]} without a reported crossing");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Curves_give_the_cost_models_own_prices(string example)
    {
        var e = Scenarios.Example(example);
        var (from, to) = e.DefaultRange();
        var random = new Random(7);
        foreach (var (model, curve) in e.Models.Zip(e.Curves(from, to)))
            for (var i = 0; i < 50; i++)
            {
                var v = from + (to - from) * (decimal)random.NextDouble();
                Assert.Equal(model.Price(v).MonthlyCostUsd, curve.Cost(v), 6);
            }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Costs_at_many_volumes_equal_costs_one_at_a_time(string example)
    {
        var e = Scenarios.Example(example);
        var (from, to) = e.DefaultRange();
        var volumes = Sweep.Volumes(from, to, 50).Concat(e.Curves(from, to).SelectMany(c => c.Breaks)).Distinct().Order().ToList();
        foreach (var curve in e.Curves(from, to))
            Assert.Equal(volumes.Select(curve.Cost), curve.Costs(volumes));
    }

    [Fact]
    public void Sweep_volumes_are_log_spaced_and_cover_the_range()
    {
        var volumes = Sweep.Volumes(1_000, 1_000_000, 10);
        Assert.Equal(31, volumes.Count);
        Assert.Equal(1_000m, volumes[0]);
        Assert.Equal(1_000_000m, volumes[^1]);
        Assert.Contains(10_000m, volumes);
        Assert.Equal(1259m, volumes[1]); // 10^(3.1)
    }
}
