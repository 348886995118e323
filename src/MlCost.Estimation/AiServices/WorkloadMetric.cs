namespace MlCost.Estimation.AiServices;

/// <summary>
/// A per-request size a workload states (<c>"charactersPerRequest": 550</c>) and AI services bill on. Declared
/// by the services' definitions: the scenario reader accepts, the schema lists and the workbook shows exactly
/// the metrics the definitions declare.
/// </summary>
/// <param name="Field">The workload field in a scenario file.</param>
/// <param name="Default">Its value when a scenario leaves it out.</param>
public sealed record WorkloadMetric(string Field, string Label, decimal Default, string Meaning)
{
    /// <summary>The workbook's name for it: the field with a capital (PagesPerRequest).</summary>
    public string InputName => char.ToUpperInvariant(Field[0]) + Field[1..];

    public static readonly WorkloadMetric Pages = new("pagesPerRequest", "Pages per request", 1, "Textract bills pages.");

    public static readonly WorkloadMetric Characters = new("charactersPerRequest", "Characters per request", 0,
        "Comprehend (units of 100, at least 3 per request), Translate and Polly bill characters.");

    public static readonly WorkloadMetric Images = new("imagesPerRequest", "Images per request", 1, "Rekognition bills images per API call.");

    public static readonly WorkloadMetric AudioSeconds = new("audioSecondsPerRequest", "Audio seconds per request", 0,
        "Transcribe bills whole seconds, at least 15 per request.");

    public static readonly WorkloadMetric DataPoints = new("dataPointsPerRequest", "Forecast data points per request", 1,
        "Forecast bills generated forecast data points (time points × quantiles of one item's forecast), per 1,000.");

    public static readonly WorkloadMetric ConversationSeconds = new("conversationSecondsPerRequest", "Conversation seconds per request", 0,
        "Lex streaming conversations bill 15-second intervals.");

    public static readonly WorkloadMetric InputTokens = new("inputTokensPerRequest", "Input tokens per request", 0,
        "Bedrock bills input tokens per million (not counting tokens read from or written to its prompt cache, which are billed apart).");

    public static readonly WorkloadMetric OutputTokens = new("outputTokensPerRequest", "Output tokens per request", 0,
        "Bedrock bills output tokens per million; tokensPerSecondPerInstance divides by this to give requests/s.");

    public static readonly WorkloadMetric CacheReadTokens = new("cacheReadTokensPerRequest", "Cache-read input tokens per request", 0,
        "Bedrock prompt caching: input tokens read from the cache, billed at the model's cache-read price.");

    public static readonly WorkloadMetric CacheWriteTokens = new("cacheWriteTokensPerRequest", "Cache-write input tokens per request", 0,
        "Bedrock prompt caching: input tokens written to the cache, billed at the model's cache-write price.");
}
