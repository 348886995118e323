using System.Text.Json;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>AWS's map of Price List location names to region codes ("US East (N. Virginia)" → us-east-1).</summary>
public sealed class Locations(IReadOnlyDictionary<string, string> codeByName)
{
    public static Locations Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>Reads <c>locations.json</c>: <c>{"US East (N. Virginia)": {"name", "code", "type", ...}, ...}</c>.</summary>
    public static Locations Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in document.RootElement.EnumerateObject())
            if (location.Value.ValueKind == JsonValueKind.Object && location.Value.String("code") is { } code)
                map[location.Value.String("name") ?? location.Name] = code;
        if (map.Count == 0) throw new PriceFileException("this is not a locations file: no entry has a \"code\"");
        return new Locations(map);
    }

    public int Count => codeByName.Count;

    public string? CodeOf(string locationName) => codeByName.GetValueOrDefault(locationName);

    public Locations With(Locations other) =>
        new(codeByName.Concat(other.Map).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    private IReadOnlyDictionary<string, string> Map => codeByName;
}
