namespace MlCost.Pricing.Lookup;

/// <summary>
/// Which Rekognition Image API group an operation is billed in (AWS's Rekognition pricing page): the
/// price data names groups, not operations.
/// </summary>
public static class RekognitionApiGroups
{
    private static readonly Dictionary<string, string> GroupOf = new(StringComparer.OrdinalIgnoreCase)
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

    public static IEnumerable<string> Operations => GroupOf.Keys.Order(StringComparer.Ordinal);

    public static string? Group(string operation) => GroupOf.GetValueOrDefault(operation);
}
