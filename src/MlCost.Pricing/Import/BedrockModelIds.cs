namespace MlCost.Pricing.Import;

/// <summary>
/// The Amazon Bedrock model ids MlCost accepts prices for: ids AWS documents for on-demand inference (Amazon
/// Bedrock User Guide, "Supported foundation models" and the model cards under "Models at a glance",
/// docs.aws.amazon.com/bedrock/latest/userguide/model-cards.html), and the <c>global.</c>/<c>us.</c>/<c>eu.</c>/
/// <c>apac.</c> cross-region inference profiles of them. A price table entry whose id is not one of these (a
/// speculative model, or an id written differently from AWS's, such as <c>anthropic.claude-opus-4-5-v1:0</c> for
/// AWS's <c>anthropic.claude-opus-4-5-20251101-v1:0</c>) is reported and left out. Add an id here when AWS
/// documents it.
/// </summary>
internal static class BedrockModelIds
{
    private static readonly HashSet<string> Documented = new(StringComparer.Ordinal)
    {
        "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0", "amazon.nova-pro-v1:0", "amazon.nova-premier-v1:0",
        "amazon.nova-sonic-v1:0", "amazon.nova-2-lite-v1:0", "amazon.nova-2-sonic-v1:0",
        "amazon.titan-text-express-v1", "amazon.titan-text-lite-v1", "amazon.titan-embed-text-v1", "amazon.titan-embed-text-v2:0",
        "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-sonnet-20240229-v1:0", "anthropic.claude-3-opus-20240229-v1:0",
        "anthropic.claude-3-5-haiku-20241022-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic.claude-3-5-sonnet-20241022-v2:0",
        "anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-opus-4-20250514-v1:0",
        "anthropic.claude-opus-4-1-20250805-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0",
        "anthropic.claude-opus-4-5-20251101-v1:0",
        "deepseek.r1-v1:0",
        "google.gemma-3-4b-it", "google.gemma-3-12b-it", "google.gemma-3-27b-it",
        "meta.llama3-8b-instruct-v1:0", "meta.llama3-70b-instruct-v1:0", "meta.llama3-1-8b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0",
        "meta.llama3-1-405b-instruct-v1:0", "meta.llama3-2-1b-instruct-v1:0", "meta.llama3-2-3b-instruct-v1:0", "meta.llama3-2-11b-instruct-v1:0",
        "meta.llama3-2-90b-instruct-v1:0", "meta.llama3-3-70b-instruct-v1:0", "meta.llama4-scout-17b-instruct-v1:0", "meta.llama4-maverick-17b-instruct-v1:0",
        "mistral.mistral-7b-instruct-v0:2", "mistral.mixtral-8x7b-instruct-v0:1", "mistral.mistral-small-2402-v1:0", "mistral.mistral-large-2402-v1:0",
        "mistral.mistral-large-2407-v1:0", "mistral.pixtral-large-2502-v1:0", "mistral.magistral-small-2509", "mistral.ministral-3-3b-instruct",
        "mistral.ministral-3-8b-instruct", "mistral.ministral-3-14b-instruct", "mistral.mistral-large-3-675b-instruct",
        "mistral.voxtral-mini-3b-2507", "mistral.voxtral-small-24b-2507", "mistral.devstral-2-123b",
        "openai.gpt-oss-20b-1:0", "openai.gpt-oss-120b-1:0",
        "qwen.qwen3-32b-v1:0", "qwen.qwen3-coder-30b-a3b-v1:0", "qwen.qwen3-coder-480b-a35b-v1:0", "qwen.qwen3-235b-a22b-2507-v1:0",
        "writer.palmyra-x4-v1:0", "writer.palmyra-x5-v1:0",
        "cohere.command-r-v1:0", "cohere.command-r-plus-v1:0", "ai21.jamba-1-5-mini-v1:0", "ai21.jamba-1-5-large-v1:0",
    };

    private static readonly string[] ProfilePrefixes = ["global.", "us.", "eu.", "apac."];

    /// <summary>Whether AWS documents the id, as a model or as a cross-region inference profile of one.</summary>
    public static bool IsDocumented(string id) =>
        Documented.Contains(id) || ProfilePrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal) && Documented.Contains(id[p.Length..]));
}
