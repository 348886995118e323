using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>Amazon Comprehend: units of 100 characters, at least 3 a request, in tiers of the month's units.</summary>
public static class Comprehend
{
    public static readonly AiServiceDefinition Definition = new(Service.Comprehend,
        ["DetectSentiment", "DetectEntities", "DetectKeyPhrases", "DetectDominantLanguage", "DetectSyntax",
         "DetectPiiEntities", "ContainsPiiEntities", "DetectTargetedSentiment", "DetectToxicContent"],
        new BillingRule("units (100 chars)", WorkloadMetric.Characters, UnitSize: 100, WholeUnits: true, MinimumUnits: 3,
            Note: "{metric} characters per request bill {units} units of 100 characters (at least 3)."))
    {
        FreeTier = [new(50_000, "first 12 months",
            "Amazon Comprehend pricing, Free Tier (aws.amazon.com/comprehend/pricing): 50,000 units of text (5M characters) a month per API, for 12 months; not in the Price List")],
    };
}
