using MlCost.Estimation.Components;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Bedrock on-demand inference: per million input and output tokens of the chosen model, plus prompt-cache
/// reads and writes where the model prices them. Every API that runs a model (InvokeModel, Converse and their
/// streaming forms) bills the same tokens.
/// </summary>
public static class Bedrock
{
    private static Charge Tokens(string tokens, WorkloadMetric metric, bool cache = false) =>
        new("1M tokens", q => q.Calls * q.PerRequest(metric) / 1_000_000m)
        {
            Key = new Dictionary<string, string?> { [Attr.Operation] = "InvokeModel", [Attr.Tokens] = tokens },
            What = $"{tokens} tokens",
            Metric = metric,
            IsOptional = cache,
        };

    public static readonly AiServiceDefinition Definition = new(Service.Bedrock, ["InvokeModel", "Converse", "InvokeModelWithResponseStream", "ConverseStream"], null)
    {
        ChargeMetrics = [WorkloadMetric.InputTokens, WorkloadMetric.OutputTokens, WorkloadMetric.CacheReadTokens, WorkloadMetric.CacheWriteTokens],
        Choices = [new("model", Attr.Model, [], "The Bedrock model id, e.g. amazon.nova-lite-v1:0; `mlcost prices show bedrock` lists the models priced.")],
        Charges =
        [
            Tokens("input", WorkloadMetric.InputTokens),
            Tokens("output", WorkloadMetric.OutputTokens),
            Tokens("cache-read", WorkloadMetric.CacheReadTokens, cache: true),
            Tokens("cache-write", WorkloadMetric.CacheWriteTokens, cache: true),
        ],
    };
}
