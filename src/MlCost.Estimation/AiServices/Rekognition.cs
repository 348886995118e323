using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Rekognition Image: per image per API call, priced by API group (AWS's Rekognition pricing page; the
/// price data names groups, not operations).
/// </summary>
public static class Rekognition
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["AssociateFaces"] = "Group1",
        ["CompareFaces"] = "Group1",
        ["DisassociateFaces"] = "Group1",
        ["IndexFaces"] = "Group1",
        ["SearchFaces"] = "Group1",
        ["SearchFacesByImage"] = "Group1",
        ["SearchUsers"] = "Group1",
        ["SearchUsersByImage"] = "Group1",
        ["DetectFaces"] = "Group2",
        ["DetectLabels"] = "Group2",
        ["DetectModerationLabels"] = "Group2",
        ["DetectProtectiveEquipment"] = "Group2",
        ["DetectText"] = "Group2",
        ["RecognizeCelebrities"] = "Group2",
    };

    public static readonly AiServiceDefinition Definition = new(Service.Rekognition, Groups.Keys.Order(StringComparer.Ordinal).ToList(),
        new BillingRule("images", WorkloadMetric.Images))
    {
        ApiGroups = Groups,
        FreeTier = [new(1_000, "first 12 months",
            "Amazon Rekognition pricing, Free Tier (aws.amazon.com/rekognition/pricing): 1,000 images a month per API group, for 12 months; not in the Price List")],
    };
}
