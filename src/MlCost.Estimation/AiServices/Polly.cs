using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>Amazon Polly: per character, priced by engine.</summary>
public static class Polly
{
    public static readonly AiServiceDefinition Definition = new(Service.Polly, ["SynthesizeSpeech"],
        new BillingRule("characters", WorkloadMetric.Characters))
    {
        Engines = ["standard", "neural", "long-form", "generative"],
        FreeTier =
        [
            new(5_000_000, "first 12 months", Engine: "standard"),
            new(1_000_000, "first 12 months", Engine: "neural"),
        ],
    };
}
