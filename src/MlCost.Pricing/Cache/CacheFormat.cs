using System.Collections.Immutable;
using System.Text.Json;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// The JSON of cache files, written by hand with <see cref="Utf8JsonWriter"/> so the same prices always give
/// the same bytes (sorted keys, full decimal precision), and read back with every field checked.
/// </summary>
internal static class CacheFormat
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void WritePrice(Utf8JsonWriter json, PriceRecord p)
    {
        json.WriteStartObject();
        json.WriteString("sku", p.Sku);
        if (p.ProductFamily is not null) json.WriteString("productFamily", p.ProductFamily);
        WriteMap(json, "attributes", p.Attributes);
        json.WriteString("unit", p.Unit);
        json.WriteString("termType", p.TermType);
        if (p.TermAttributes.Count > 0) WriteMap(json, "termAttributes", p.TermAttributes);
        json.WriteStartArray("tiers");
        foreach (var tier in p.Tiers)
        {
            json.WriteStartObject();
            json.WriteNumber("begin", tier.Begin);
            if (tier.End is { } end) json.WriteNumber("end", end);
            else json.WriteNull("end");
            json.WriteNumber("usdPerUnit", tier.UsdPerUnit);
            json.WriteString("rateCode", tier.RateCode);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (p.UpfrontFeeUsd is { } fee) json.WriteNumber("upfrontFeeUsd", fee);
        if (p.Description is not null) json.WriteString("description", p.Description);
        if (p.EffectiveDate is not null) json.WriteString("effectiveDate", p.EffectiveDate);
        if (p.SourceVersion is not null) json.WriteString("sourceVersion", p.SourceVersion);
        json.WriteString("source", p.Source);
        json.WriteString("publicationDate", p.PublicationDate);
        json.WriteString("quality", p.Quality);
        if (p.SourceKind != SourceKind.AwsPriceFile) json.WriteString("sourceKind", SourceKinds.Name(p.SourceKind));
        if (p.Note is not null) json.WriteString("note", p.Note);
        json.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(key, value);
        json.WriteEndObject();
    }

    public static byte[] WriteManifest(CacheManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", manifest.FormatVersion);
            json.WriteStartArray("files");
            foreach (var file in manifest.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("service", file.Service);
                json.WriteString("region", file.Region);
                json.WriteNumber("prices", file.Prices);
                json.WriteString("quality", file.Quality);
                json.WriteString("publicationDate", file.PublicationDate);
                json.WriteStartArray("sources");
                foreach (var source in file.Sources) json.WriteStringValue(source);
                json.WriteEndArray();
                if (file.Version is not null) json.WriteString("version", file.Version);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (manifest.AnalyzerPrices is { } analyzer)
            {
                json.WriteStartObject("analyzerPrices");
                json.WriteString("path", analyzer.Path);
                json.WriteNumber("rows", analyzer.Rows);
                json.WriteString("sha256", analyzer.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static CacheManifest ReadManifest(byte[] bytes, string file)
    {
        var root = Parse(bytes, file);
        var version = Int(root, "formatVersion", file);
        if (version != CacheManifest.CurrentFormatVersion)
            throw new PriceCacheException(file, $"format version {version} is not one this MlCost reads ({CacheManifest.CurrentFormatVersion}); run `mlcost prices refresh` or import again");
        var files = Array(root, "files", file).Select((f, i) => new CacheFileEntry(
            Str(f, "path", file, i), Str(f, "service", file, i), Str(f, "region", file, i), Int(f, "prices", file),
            Str(f, "quality", file, i), Str(f, "publicationDate", file, i),
            Array(f, "sources", file).Select(s => s.GetString() ?? "").ToList(), Str(f, "sha256", file, i), Opt(f, "version"))).ToList();
        var analyzer = root.TryGetProperty("analyzerPrices", out var a) && a.ValueKind == JsonValueKind.Object
            ? new AnalyzerPricesEntry(Str(a, "path", file, 0), Int(a, "rows", file), Str(a, "sha256", file, 0))
            : null;
        return new CacheManifest(version, files, analyzer);
    }

    public static IReadOnlyList<PriceRecord> ReadPrices(byte[] bytes, string file)
    {
        var root = Parse(bytes, file);
        var service = Str(root, "service", file, 0);
        var region = Str(root, "region", file, 0);
        return Array(root, "prices", file).Select((p, i) => ReadPrice(p, service, region, file, i)).ToList();
    }

    private static PriceRecord ReadPrice(JsonElement p, string service, string region, string file, int index)
    {
        var tiers = Array(p, "tiers", file).Select(t => new PriceTier(
            Dec(t, "begin", file, index) ?? 0, Dec(t, "end", file, index), Dec(t, "usdPerUnit", file, index)
                ?? throw new PriceCacheException(file, $"price {index + 1} has a tier with no usdPerUnit"),
            Str(t, "rateCode", file, index))).ToImmutableArray();
        if (TieredRate.Problem(tiers) is { } problem) throw new PriceCacheException(file, $"price {index + 1}: {problem}");
        return new PriceRecord
        {
            Service = service,
            Region = region,
            Sku = Str(p, "sku", file, index),
            ProductFamily = Opt(p, "productFamily"),
            Attributes = Map(p, "attributes"),
            Unit = Str(p, "unit", file, index),
            TermType = Str(p, "termType", file, index),
            TermAttributes = Map(p, "termAttributes"),
            Tiers = tiers,
            UpfrontFeeUsd = Dec(p, "upfrontFeeUsd", file, index),
            Description = Opt(p, "description"),
            EffectiveDate = Opt(p, "effectiveDate"),
            SourceVersion = Opt(p, "sourceVersion"),
            Source = Str(p, "source", file, index),
            PublicationDate = Str(p, "publicationDate", file, index),
            Quality = Str(p, "quality", file, index),
            SourceKind = Opt(p, "sourceKind") is { } kind
                ? SourceKinds.Parse(kind) ?? throw new PriceCacheException(file, $"price {index + 1} has an unknown sourceKind \"{kind}\"")
                : SourceKind.AwsPriceFile,
            Note = Opt(p, "note"),
        };
    }

    private static JsonElement Parse(byte[] bytes, string file)
    {
        try
        {
            return JsonDocument.Parse(bytes).RootElement;
        }
        catch (JsonException e)
        {
            throw new PriceCacheException(file, $"not valid JSON (line {(e.LineNumber ?? 0) + 1}): the file is damaged");
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name, string file) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new PriceCacheException(file, $"\"{name}\" is missing or not a list");

    private static string Str(JsonElement e, string name, string file, int index) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new PriceCacheException(file, $"entry {index + 1} has no \"{name}\"");

    private static string? Opt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement e, string name, string file) =>
        e.TryGetProperty(name, out var value) && value.TryGetInt32(out var number)
            ? number
            : throw new PriceCacheException(file, $"\"{name}\" is missing or not a whole number");

    private static decimal? Dec(JsonElement e, string name, string file, int index)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw new PriceCacheException(file, $"price {index + 1}: \"{name}\" is not a number");
    }

    private static ImmutableSortedDictionary<string, string> Map(JsonElement e, string name)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
            foreach (var property in value.EnumerateObject())
                builder[property.Name] = property.Value.GetString() ?? "";
        return builder.ToImmutable();
    }
}
