namespace MlCost.Estimation.Scenarios;

/// <summary>
/// Reads a SageMaker Inference Recommender job's result — the JSON of <c>DescribeInferenceRecommendationsJob</c>
/// (<c>aws sagemaker describe-inference-recommendations-job --job-name NAME</c>) — as measured throughput per
/// instance type: each recommendation's <c>EndpointConfiguration.InstanceType</c> at its
/// <c>Metrics.MaxInvocations</c>, which the API defines as requests per minute (so ÷ 60 per second). Serverless
/// recommendations name no instance type and are reported; of several recommendations for one type, the highest
/// throughput is kept and the others reported.
/// </summary>
public static class InferenceRecommenderReader
{
    public static (IReadOnlyList<MeasuredThroughput> Throughputs, IReadOnlyList<string> Notes) Read(string path)
    {
        var root = ScenarioReader.ParseJson(ScenarioReader.ReadText(path), path);
        if (root.Kind != JsonKind.Object)
            throw new ScenarioException(ScenarioReader.Where(path, root), "", "an Inference Recommender result is a JSON object");
        if (root["InferenceRecommendations"] is not { Kind: JsonKind.Array } recommendations)
            throw new ScenarioException(ScenarioReader.Where(path, root), "InferenceRecommendations",
                "is required: give the output of `aws sagemaker describe-inference-recommendations-job --job-name NAME` for a completed job");

        var job = root["JobName"]?.String ?? Path.GetFileName(path);
        var notes = new List<string>();
        var found = new List<(MeasuredThroughput Measured, decimal PerMinute)>();
        foreach (var (item, i) in recommendations.Items.Select((r, i) => (r, i)))
        {
            var field = $"InferenceRecommendations[{i}]";
            var type = item["EndpointConfiguration"]?["InstanceType"]?.String;
            if (type is null)
            {
                notes.Add($"{path}: {field} names no instance type (a serverless recommendation); recommend searches instance types, so it is left out");
                continue;
            }
            if (item["Metrics"]?["MaxInvocations"] is not { Kind: JsonKind.Number, Number: > 0 } invocations)
                throw new ScenarioException(ScenarioReader.Where(path, item), $"{field}.Metrics.MaxInvocations",
                    "is required, a number of requests per minute greater than 0");
            if (!type.StartsWith("ml.", StringComparison.Ordinal))
                throw new ScenarioException(ScenarioReader.Where(path, item), $"{field}.EndpointConfiguration.InstanceType", $"\"{type}\" is not a SageMaker instance type (ml.*)");
            var perMinute = invocations.Number;
            var latency = item["Metrics"]?["ModelLatency"] is { Kind: JsonKind.Number } modelLatency ? modelLatency.Number : (decimal?)null;
            var source = $"Inference Recommender job {job}, {field}{(item["RecommendationId"]?.String is { } id ? $" ({id})" : "")}: " +
                         $"MaxInvocations {perMinute:0.##} a minute{(latency is { } l ? $" at {l:0.##} ms model latency" : "")}";
            found.Add((new MeasuredThroughput(type, new Throughput(perMinute / 60m), source, ScenarioReader.Where(path, item)), perMinute));
        }
        var kept = new List<MeasuredThroughput>();
        foreach (var same in found.GroupBy(f => f.Measured.InstanceType, StringComparer.Ordinal))
        {
            var best = same.MaxBy(f => f.PerMinute);
            kept.Add(best.Measured);
            foreach (var other in same.Where(f => f != best))
                notes.Add($"{path}: {other.Measured.Source} is below another recommendation for {same.Key}; the higher is kept");
        }
        return (kept, notes);
    }
}
