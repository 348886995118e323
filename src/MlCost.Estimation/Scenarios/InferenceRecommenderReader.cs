using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
        JObject root;
        try
        {
            using var reader = new JsonTextReader(File.OpenText(path)) { FloatParseHandling = FloatParseHandling.Decimal };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load }) as JObject
                   ?? throw new ScenarioException(new SourceLocation(path, 1, 1), "", "an Inference Recommender result is a JSON object");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ScenarioException(new SourceLocation(path, 0, 0), "", "no such file");
        }
        catch (JsonReaderException e)
        {
            throw new ScenarioException(new SourceLocation(path, e.LineNumber, e.LinePosition), "", $"not valid JSON: {e.Message.Split(". Path")[0]}");
        }
        if (root["InferenceRecommendations"] is not JArray recommendations)
            throw new ScenarioException(ScenarioReader.Where(path, root), "InferenceRecommendations",
                "is required: give the output of `aws sagemaker describe-inference-recommendations-job --job-name NAME` for a completed job");

        var job = root["JobName"]?.Value<string>() ?? Path.GetFileName(path);
        var notes = new List<string>();
        var found = new List<(MeasuredThroughput Measured, decimal PerMinute)>();
        foreach (var (item, i) in recommendations.Select((r, i) => (r, i)))
        {
            var field = $"InferenceRecommendations[{i}]";
            var type = item.SelectToken("EndpointConfiguration.InstanceType")?.Value<string>();
            if (type is null)
            {
                notes.Add($"{path}: {field} names no instance type (a serverless recommendation); recommend searches instance types, so it is left out");
                continue;
            }
            if (item.SelectToken("Metrics.MaxInvocations") is not { Type: JTokenType.Integer or JTokenType.Float } invocations || invocations.Value<decimal>() <= 0)
                throw new ScenarioException(ScenarioReader.Where(path, item), $"{field}.Metrics.MaxInvocations",
                    "is required, a number of requests per minute greater than 0");
            if (!type.StartsWith("ml.", StringComparison.Ordinal))
                throw new ScenarioException(ScenarioReader.Where(path, item), $"{field}.EndpointConfiguration.InstanceType", $"\"{type}\" is not a SageMaker instance type (ml.*)");
            var perMinute = invocations.Value<decimal>();
            var latency = item.SelectToken("Metrics.ModelLatency")?.Value<decimal?>();
            var source = $"Inference Recommender job {job}, {field}{(item["RecommendationId"]?.Value<string>() is { } id ? $" ({id})" : "")}: " +
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
