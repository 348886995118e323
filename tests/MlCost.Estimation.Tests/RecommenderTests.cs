using MlCost.Estimation.Recommendations;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

/// <summary>recommend's ranking and its reasons, worked by hand from the committed cache's us-east-1 Hosting rates.</summary>
public class RecommenderTests
{
    private static Recommendation Recommend(string[] kinds, decimal? volume = null)
    {
        var scenario = ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", "choose-instance.json"));
        return Recommender.Recommend(scenario, Scenarios.Book, kinds, volume ?? scenario.Workload.RequestsPerMonth);
    }

    [Fact]
    public void Every_measured_instance_type_is_ranked_by_its_monthly_cost_with_what_sizes_its_fleet()
    {
        // 80,000,000 requests, peak 3×: 80,000,000 × 3 / (730 × 3,600) = 91.32 requests/s. Minimum 2 instances (the
        // scenario's realtime option is the template). Data processed 2.5 KB a request: 80,000,000 × 2.5 / 1,048,576 GB × $0.016
        // = $3.0517578125 for every real-time fleet.
        //   c5.xlarge   35/s → ceil(91.32 / 35) = 3 × 730 × 0.204 = 446.76
        //   c7i.xlarge  44/s → 3 × 730 × 0.214 = 468.66
        //   c5.2xlarge  68/s → 2 × 730 × 0.408 = 595.68
        //   m5.xlarge   30/s → 4 × 730 × 0.23  = 671.60
        //   g4dn.xlarge 180/s → 1, the minimum 2 × 730 × 0.7364 = 1,075.144
        //   inf2.xlarge 260/s → 1, the minimum 2 × 730 × 0.99 = 1,445.40
        // Comprehend: 400 characters = 4 units × 80,000,000 = 320,000,000 units, far above them all.
        var recommendation = Recommend(["sagemaker-realtime"]);
        const decimal data = 80_000_000m * 2.5m / 1_048_576m * 0.016m;
        Assert.Equal(
            [("realtime-c5", 446.76m), ("realtime-c7i.xlarge", 468.66m), ("realtime-c5.2xlarge", 595.68m), ("realtime-m5.xlarge", 671.60m),
             ("realtime-g4dn.xlarge", 1_075.144m), ("realtime-inf2.xlarge", 1_445.40m)],
            recommendation.Ranked.Where(r => r.Option.IsSageMaker).Select(r => (r.Option.Id, r.Cost.MonthlyCostUsd - data)).ToArray());
        Assert.Equal("comprehend", recommendation.Ranked.Last().Option.Id);
        Assert.Contains("sized by peak load (4 instance(s)", recommendation.Ranked.Single(r => r.Option.Id == "realtime-m5.xlarge").Why);
        Assert.Contains("sized by the minimum of 2 instance(s) (peak load needs 1)", recommendation.Ranked.Single(r => r.Option.Id == "realtime-g4dn.xlarge").Why);
        // The scenario's own c5.xlarge option is that configuration: it is ranked once, under its own name.
        Assert.DoesNotContain(recommendation.Ranked, r => r.Option.Id == "realtime-c5.xlarge");
        // Instance facts where the price data states them (Studio notebook page: c5.2xlarge 8 vCPU, 16 GiB), none invented (c7i).
        Assert.Equal(("8", "16 GiB"), (recommendation.Ranked.Single(r => r.Option.Id == "realtime-c5.2xlarge").Facts?.VCpu,
            recommendation.Ranked.Single(r => r.Option.Id == "realtime-c5.2xlarge").Facts?.Memory));
        Assert.Null(recommendation.Ranked.Single(r => r.Option.Id == "realtime-c7i.xlarge").Facts);
    }

    [Fact]
    public void Kinds_without_a_price_are_listed_with_what_is_missing_and_instance_types_without_a_throughput_are_never_tried()
    {
        var recommendation = Recommend(["sagemaker-async", "sagemaker-batch", "sagemaker-multimodel"]);
        // The snapshot has no us-east-1 AsyncInf or BatchTransform rates: 6 types × 2 kinds, each saying what is missing.
        Assert.Equal(12, recommendation.Unpriced.Count);
        Assert.All(recommendation.Unpriced, u => Assert.Contains("mlcost prices refresh --services sagemaker --regions us-east-1", u.Reason));
        Assert.Contains(recommendation.Unpriced, u => u.Id == "async-inf2.xlarge" && u.Reason.Contains("no AsyncInf price for ml.inf2.xlarge"));
        Assert.Contains(recommendation.Skipped, s => s.Contains("no multi-model option"));
        // Only the measured six (and the scenario's own options) are ever candidates.
        var measured = new[] { "ml.c5.xlarge", "ml.c5.2xlarge", "ml.c7i.xlarge", "ml.m5.xlarge", "ml.g4dn.xlarge", "ml.inf2.xlarge" };
        Assert.All(recommendation.Unpriced, u => Assert.Contains(u.InstanceType, measured));
    }

    [Fact]
    public void An_Inference_Recommender_result_is_read_as_requests_per_minute_keeping_each_types_best()
    {
        var (throughputs, notes) = InferenceRecommenderReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "inference-recommender-job.json"));
        // MaxInvocations is requests per minute (SageMaker API reference, RecommendationMetrics): 1,200 / 60 = 20 requests/s.
        Assert.Equal([("ml.g4dn.xlarge", 20m), ("ml.c5.xlarge", 10m)], throughputs.Select(t => (t.InstanceType, t.Throughput.PerSecond)).ToArray());
        Assert.Contains("ticket-classifier-2026-11", throughputs[0].Source);
        Assert.Contains(notes, n => n.Contains("serverless recommendation"));
        Assert.Contains(notes, n => n.Contains("MaxInvocations 900") && n.Contains("the higher is kept"));
    }

    [Fact]
    public void A_file_that_is_not_an_Inference_Recommender_result_names_what_is_missing()
    {
        using var folder = new TempFolder();
        var file = folder.File("job.json");
        File.WriteAllText(file, """{ "JobName": "x", "Status": "IN_PROGRESS" }""");
        var error = Assert.Throws<ScenarioException>(() => InferenceRecommenderReader.Read(file));
        Assert.Equal("InferenceRecommendations", error.Field);
        Assert.Contains("describe-inference-recommendations-job", error.Message);
    }
}
