using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>Amazon Translate: per character.</summary>
public static class Translate
{
    public static readonly AiServiceDefinition Definition = new(Service.Translate,
        ["TranslateText", "TranslateDocument", "StartTextTranslationJob"],
        new BillingRule("characters", WorkloadMetric.Characters))
    {
        FreeTier = [new(2_000_000, "first 12 months",
            "Amazon Translate pricing, Free Tier (aws.amazon.com/translate/pricing): 2 million characters a month, for 12 months; not in the Price List")],
    };
}
