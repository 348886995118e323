using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>Amazon Polly: per character, priced by engine.</summary>
public static class Polly
{
    private const string Source = "Amazon Polly pricing, Free Tier (aws.amazon.com/polly/pricing): 5 million characters a month of standard voices, 1 million neural, 500,000 long-form and 100,000 generative, for 12 months; not in the Price List";

    public static readonly AiServiceDefinition Definition = new(Service.Polly, ["SynthesizeSpeech"],
        new BillingRule("characters", WorkloadMetric.Characters))
    {
        Choices = [new("engine", Attr.Engine, ["standard", "neural", "long-form", "generative"], "Polly engine; each is priced per character on its own.")],
        FreeTier =
        [
            new(5_000_000, "first 12 months", Source, Engine: "standard"),
            new(1_000_000, "first 12 months", Source, Engine: "neural"),
            new(500_000, "first 12 months", Source, Engine: "long-form"),
            new(100_000, "first 12 months", Source, Engine: "generative"),
        ],
    };
}
