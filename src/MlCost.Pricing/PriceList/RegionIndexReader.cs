using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>One region's current file, from a region index.</summary>
public sealed record RegionIndexEntry(string RegionCode, string Url);

public sealed record RegionIndex(string? PublicationDate, IReadOnlyList<RegionIndexEntry> Regions);

/// <summary>
/// Reads <c>region_index.json</c>: for service offers <c>regions</c> is a map of
/// <c>{regionCode, currentVersionUrl}</c>; for Savings Plans it is an array of <c>{regionCode, versionUrl}</c>
/// and there is no formatVersion.
/// </summary>
public static class RegionIndexReader
{
    public static RegionIndex Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        var root = document.RootElement;
        var regions = root.Child("regions") ?? throw new PriceFileException("this is not a region index: it has no \"regions\"");
        var entries = new List<RegionIndexEntry>();
        IEnumerable<JsonElement> items = regions.ValueKind switch
        {
            JsonValueKind.Object => regions.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => regions.EnumerateArray(),
            _ => throw new PriceFileException("\"regions\" is neither an object nor an array"),
        };
        foreach (var item in items)
        {
            var code = item.Required("regionCode", "a region entry");
            var url = item.String("currentVersionUrl") ?? item.String("versionUrl")
                ?? throw new PriceFileException($"region {code} has no currentVersionUrl or versionUrl");
            entries.Add(new RegionIndexEntry(code, url));
        }
        return new RegionIndex(root.String("publicationDate"), entries);
    }
}
