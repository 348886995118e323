using MlCost.Estimation.Components;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Bedrock inference: per million input and output tokens of the chosen model, plus prompt-cache reads and
/// writes where the model prices them. Every on-demand API that runs a model (InvokeModel, Converse and their
/// streaming forms) bills the same tokens; a batch inference job (CreateModelInvocationJob) bills them at half.
/// </summary>
public static class Bedrock
{
    private static readonly string[] OnDemand = ["InvokeModel", "Converse", "InvokeModelWithResponseStream", "ConverseStream"];

    public const string Batch = "CreateModelInvocationJob";

    /// <summary>AWS's statement of the batch price, the only source of it MlCost has (the price data has no batch rates).</summary>
    public const string BatchBasis =
        "batch inference at 50% of the on-demand price: AWS, Amazon Bedrock User Guide, \"Capacity, Limits, and Cost Optimization\" (batch: \"50% cost savings vs on-demand\"); not every model offers batch, see its model card";

    private static Charge Tokens(string tokens, WorkloadMetric metric, bool batch, bool cache = false) =>
        new("1M tokens", q => q.Calls * q.PerRequest(metric) / 1_000_000m)
        {
            Key = new Dictionary<string, string?> { [Attr.Operation] = "InvokeModel", [Attr.Tokens] = tokens },
            Operations = batch ? [Batch] : OnDemand,
            What = $"{tokens} tokens",
            Metric = metric,
            IsOptional = cache,
            PriceFactor = batch ? 0.5m : 1m,
            PriceBasis = batch ? BatchBasis : null,
        };

    public static readonly AiServiceDefinition Definition = new(Service.Bedrock, [.. OnDemand, Batch], null)
    {
        ChargeMetrics = [WorkloadMetric.InputTokens, WorkloadMetric.OutputTokens, WorkloadMetric.CacheReadTokens, WorkloadMetric.CacheWriteTokens],
        Choices = [new("model", Attr.Model, [], "The Bedrock model id, e.g. amazon.nova-lite-v1:0; `mlcost prices show bedrock` lists the models priced.")],
        Charges =
        [
            Tokens("input", WorkloadMetric.InputTokens, batch: false),
            Tokens("output", WorkloadMetric.OutputTokens, batch: false),
            Tokens("cache-read", WorkloadMetric.CacheReadTokens, batch: false, cache: true),
            Tokens("cache-write", WorkloadMetric.CacheWriteTokens, batch: false, cache: true),
            Tokens("input", WorkloadMetric.InputTokens, batch: true),
            Tokens("output", WorkloadMetric.OutputTokens, batch: true),
        ],
    };
}
