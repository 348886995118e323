using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>Helpers for the small Price List JSON files (indexes, GetProducts pages, Savings Plans files).</summary>
internal static class JsonFile
{
    public static JsonDocument Parse(Stream stream)
    {
        try
        {
            // JsonDocument skips a UTF-8 BOM on streams.
            return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new PriceFileException(e.Message, (e.LineNumber ?? 0) + 1);
        }
    }

    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string Required(this JsonElement element, string name, string what) =>
        element.String(name) ?? throw new PriceFileException($"{what} has no \"{name}\"");

    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static Dictionary<string, string> StringMap(this JsonElement? element)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element is not { ValueKind: JsonValueKind.Object } obj) return map;
        foreach (var property in obj.EnumerateObject())
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                map[property.Name] = property.Value.ToString();
        return map;
    }
}
