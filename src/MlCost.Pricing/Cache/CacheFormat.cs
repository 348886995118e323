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
                if (file.Component is not null) json.WriteString("component", file.Component);
                if (file.Terms is not null) json.WriteString("terms", file.Terms);
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

    /// <summary>
    /// The manifest, read in one forward pass like the price files (every command opens it: no document tree), every
    /// field checked.
    /// </summary>
    public static CacheManifest ReadManifest(byte[] bytes, string file)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            int? version = null;
            List<CacheFileEntry>? files = null;
            AnalyzerPricesEntry? analyzer = null;
            Expect(ref reader, JsonTokenType.StartObject, file, "the manifest");
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "formatVersion": version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : null; break;
                    case "files":
                        if (reader.TokenType != JsonTokenType.StartArray) throw new PriceCacheException(file, "\"files\" is missing or not a list");
                        files = [];
                        while (Next(ref reader) == JsonTokenType.StartObject) files.Add(ReadEntry(ref reader, file, files.Count));
                        if (reader.TokenType != JsonTokenType.EndArray) throw new PriceCacheException(file, $"entry {files.Count + 1} is not an object");
                        break;
                    case "analyzerPrices":
                        analyzer = reader.TokenType == JsonTokenType.StartObject ? ReadAnalyzerEntry(ref reader, file) : null;
                        if (analyzer is null) reader.Skip();
                        break;
                    default: reader.Skip(); break;
                }
            }
            if (version is not { } format) throw new PriceCacheException(file, "\"formatVersion\" is missing or not a whole number");
            if (!CacheManifest.Reads(format))
                throw new PriceCacheException(file, $"format version {format} is not one this MlCost reads (1 or {CacheManifest.CurrentFormatVersion}); run `mlcost prices refresh` or import again");
            if (files is null) throw new PriceCacheException(file, "\"files\" is missing or not a list");
            if (files.FirstOrDefault(f => f.Terms is not null && !f.IsPlans) is { } odd)
                throw new PriceCacheException(file, $"the entry for {odd.Path} has \"terms\": \"{odd.Terms}\"; the only terms a file of their own holds are \"{TermType.SavingsPlan}\"");
            if (files.FirstOrDefault(f => f.Component is not null && !SageMakerComponent.InstanceComponents.Contains(f.Component)) is { } unknown)
                throw new PriceCacheException(file, $"the entry for {unknown.Path} has \"component\": \"{unknown.Component}\"; a file of its own holds one of {string.Join(", ", SageMakerComponent.InstanceComponents)}");
            return new CacheManifest(format, files, analyzer);
        }
        catch (JsonException e)
        {
            throw new PriceCacheException(file, $"not valid JSON (line {(e.LineNumber ?? 0) + 1}): the file is damaged");
        }
    }

    private static CacheFileEntry ReadEntry(ref Utf8JsonReader reader, string file, int index)
    {
        string? path = null, service = null, region = null, quality = null, publicationDate = null, sha256 = null, version = null, terms = null, component = null;
        int? prices = null;
        List<string>? sources = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "path": path = Text(ref reader, null); break;
                case "service": service = Text(ref reader, null); break;
                case "region": region = Text(ref reader, null); break;
                case "prices": prices = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) ? count : null; break;
                case "quality": quality = Text(ref reader, null); break;
                case "publicationDate": publicationDate = Text(ref reader, null); break;
                case "sources":
                    if (reader.TokenType != JsonTokenType.StartArray) throw new PriceCacheException(file, $"entry {index + 1}: \"sources\" is missing or not a list");
                    sources = [];
                    while (Next(ref reader) != JsonTokenType.EndArray) sources.Add(Text(ref reader, null) ?? "");
                    break;
                case "sha256": sha256 = Text(ref reader, null); break;
                case "version": version = Text(ref reader, null); break;
                case "terms": terms = Text(ref reader, null); break;
                case "component": component = Text(ref reader, null); break;
                default: reader.Skip(); break;
            }
        }
        return new CacheFileEntry(Required(path, "path", file, index), Required(service, "service", file, index), Required(region, "region", file, index),
            prices ?? throw new PriceCacheException(file, $"entry {index + 1}: \"prices\" is missing or not a whole number"),
            Required(quality, "quality", file, index), Required(publicationDate, "publicationDate", file, index),
            sources ?? throw new PriceCacheException(file, $"entry {index + 1}: \"sources\" is missing or not a list"),
            Required(sha256, "sha256", file, index), version, terms, component);
    }

    private static AnalyzerPricesEntry ReadAnalyzerEntry(ref Utf8JsonReader reader, string file)
    {
        string? path = null, sha256 = null;
        int? rows = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "path": path = Text(ref reader, null); break;
                case "rows": rows = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) ? count : null; break;
                case "sha256": sha256 = Text(ref reader, null); break;
                default: reader.Skip(); break;
            }
        }
        return new AnalyzerPricesEntry(Required(path, "path", file, 0), rows ?? throw new PriceCacheException(file, "analyzerPrices: \"rows\" is missing or not a whole number"),
            Required(sha256, "sha256", file, 0));
    }

    /// <summary>
    /// A cache file's prices, read in one forward pass with <see cref="Utf8JsonReader"/> (no document tree: a full-size
    /// SageMaker region file holds thousands of prices), every field checked. Field names are matched as UTF-8 bytes and
    /// the values prices repeat (units, sources, dates, attribute names and values) are made into strings once per file,
    /// so a price costs little more than its own SKU and rate code.
    /// </summary>
    public static IReadOnlyList<PriceRecord> ReadPrices(byte[] bytes, string file)
    {
        var prices = new List<PriceRecord>();
        ReadPrices(bytes, file, prices.Add);
        return prices;
    }

    /// <summary>The same, each price handed to <paramref name="each"/> as it is read and then let go (a file of any size in little memory).</summary>
    public static void ReadPrices(ReadOnlySpan<byte> bytes, string file, Action<PriceRecord> each)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var strings = new StringPool();
        try
        {
            string? service = null, region = null;
            var count = 0;
            var listed = false;
            Expect(ref reader, JsonTokenType.StartObject, file, "the file");
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "service": service = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                    case "region": region = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                    case "prices":
                        if (reader.TokenType != JsonTokenType.StartArray) throw new PriceCacheException(file, "\"prices\" is missing or not a list");
                        if (service is null) throw new PriceCacheException(file, "entry 1 has no \"service\"");
                        if (region is null) throw new PriceCacheException(file, "entry 1 has no \"region\"");
                        listed = true;
                        while (Next(ref reader) == JsonTokenType.StartObject) each(ReadPrice(ref reader, service, region, file, count++, strings));
                        if (reader.TokenType != JsonTokenType.EndArray) throw new PriceCacheException(file, $"price {count + 1} is not an object");
                        break;
                    default: reader.Skip(); break;
                }
            }
            if (service is null) throw new PriceCacheException(file, "entry 1 has no \"service\"");
            if (region is null) throw new PriceCacheException(file, "entry 1 has no \"region\"");
            if (!listed) throw new PriceCacheException(file, "\"prices\" is missing or not a list");
        }
        catch (JsonException e)
        {
            throw new PriceCacheException(file, $"not valid JSON (line {(e.LineNumber ?? 0) + 1}): the file is damaged");
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("the file ends early");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string file, string what)
    {
        if (Next(ref reader) != token) throw new PriceCacheException(file, $"{what} is not a JSON object");
    }

    private static PriceRecord ReadPrice(ref Utf8JsonReader reader, string service, string region, string file, int index, StringPool strings)
    {
        string? sku = null, productFamily = null, unit = null, termType = null, description = null, effectiveDate = null,
            sourceVersion = null, source = null, publicationDate = null, quality = null, sourceKind = null, note = null;
        decimal? upfront = null;
        var attributes = NoAttributes;
        var termAttributes = NoAttributes;
        ImmutableArray<PriceTier>? tiers = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            // Field names as bytes, most frequent first: no string is made for a name.
            if (reader.ValueTextEquals("sku"u8)) { reader.Read(); sku = Text(ref reader, null); }
            else if (reader.ValueTextEquals("attributes"u8)) { reader.Read(); attributes = ReadMap(ref reader, strings); }
            else if (reader.ValueTextEquals("tiers"u8)) { reader.Read(); tiers = ReadTiers(ref reader, file, index); }
            else if (reader.ValueTextEquals("unit"u8)) { reader.Read(); unit = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("termType"u8)) { reader.Read(); termType = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("productFamily"u8)) { reader.Read(); productFamily = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("source"u8)) { reader.Read(); source = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("publicationDate"u8)) { reader.Read(); publicationDate = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("quality"u8)) { reader.Read(); quality = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("description"u8)) { reader.Read(); description = Text(ref reader, null); }
            else if (reader.ValueTextEquals("termAttributes"u8)) { reader.Read(); termAttributes = ReadMap(ref reader, strings); }
            else if (reader.ValueTextEquals("effectiveDate"u8)) { reader.Read(); effectiveDate = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("sourceVersion"u8)) { reader.Read(); sourceVersion = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("sourceKind"u8)) { reader.Read(); sourceKind = Text(ref reader, strings); }
            else if (reader.ValueTextEquals("upfrontFeeUsd"u8)) { reader.Read(); upfront = Number(ref reader, "upfrontFeeUsd", file, index); }
            else if (reader.ValueTextEquals("note"u8)) { reader.Read(); note = Text(ref reader, strings); }
            else { reader.Read(); reader.Skip(); }
        }
        if (tiers is not { } read) throw new PriceCacheException(file, "\"tiers\" is missing or not a list");
        if (TieredRate.Problem(read) is { } problem) throw new PriceCacheException(file, $"price {index + 1}: {problem}");
        return new PriceRecord
        {
            Service = service,
            Region = region,
            Sku = Required(sku, "sku", file, index),
            ProductFamily = productFamily,
            Attributes = attributes,
            Unit = Required(unit, "unit", file, index),
            TermType = Required(termType, "termType", file, index),
            TermAttributes = termAttributes,
            Tiers = read,
            UpfrontFeeUsd = upfront,
            Description = description,
            EffectiveDate = effectiveDate,
            SourceVersion = sourceVersion,
            Source = Required(source, "source", file, index),
            PublicationDate = Required(publicationDate, "publicationDate", file, index),
            Quality = Required(quality, "quality", file, index),
            SourceKind = sourceKind is { } kind
                ? SourceKinds.Parse(kind) ?? throw new PriceCacheException(file, $"price {index + 1} has an unknown sourceKind \"{kind}\"")
                : SourceKind.AwsPriceFile,
            Note = note,
        };
    }

    private static readonly ImmutableSortedDictionary<string, string> NoAttributes =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    private static ImmutableArray<PriceTier> ReadTiers(ref Utf8JsonReader reader, string file, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new PriceCacheException(file, "\"tiers\" is missing or not a list");
        PriceTier? first = null;
        ImmutableArray<PriceTier>.Builder? more = null;
        while (Next(ref reader) == JsonTokenType.StartObject)
        {
            decimal? begin = null, end = null, usd = null;
            string? rateCode = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("begin"u8)) { reader.Read(); begin = Number(ref reader, "begin", file, index); }
                else if (reader.ValueTextEquals("end"u8)) { reader.Read(); end = Number(ref reader, "end", file, index); }
                else if (reader.ValueTextEquals("usdPerUnit"u8)) { reader.Read(); usd = Number(ref reader, "usdPerUnit", file, index); }
                else if (reader.ValueTextEquals("rateCode"u8)) { reader.Read(); rateCode = Text(ref reader, null); }
                else { reader.Read(); reader.Skip(); }
            }
            var tier = new PriceTier(begin ?? 0, end, usd ?? throw new PriceCacheException(file, $"price {index + 1} has a tier with no usdPerUnit"),
                Required(rateCode, "rateCode", file, index));
            if (first is null) first = tier;
            else (more ??= ImmutableArray.CreateBuilder<PriceTier>()).Add(tier);
        }
        // Most prices are flat: one tier, one array.
        if (first is null) return [];
        if (more is null) return [first];
        more.Insert(0, first);
        return more.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, string> ReadMap(ref Utf8JsonReader reader, StringPool strings)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return NoAttributes;
        }
        var builder = NoAttributes.ToBuilder();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var key = strings.Get(ref reader);
            reader.Read();
            builder[key] = reader.TokenType == JsonTokenType.String ? strings.Get(ref reader) : "";
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return builder.ToImmutable();
    }

    /// <summary>A string value (from <paramref name="strings"/> when it is one prices repeat), or null for any other token (skipped).</summary>
    private static string? Text(ref Utf8JsonReader reader, StringPool? strings)
    {
        if (reader.TokenType == JsonTokenType.String) return strings is null ? reader.GetString() : strings.Get(ref reader);
        reader.Skip();
        return null;
    }

    private static decimal? Number(ref Utf8JsonReader reader, string name, string file, int index)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number)
            ? number
            : throw new PriceCacheException(file, $"price {index + 1}: \"{name}\" is not a number");
    }

    /// <summary>
    /// The strings of one file's repeated values, looked up by their UTF-8 bytes: each distinct value is decoded once.
    /// </summary>
    private sealed class StringPool
    {
        private readonly Dictionary<int, List<(byte[] Utf8, string Text)>> _byHash = [];

        public string Get(ref Utf8JsonReader reader)
        {
            // Escaped or split values are rare in cache files: decode them as they come.
            if (reader.ValueIsEscaped || reader.HasValueSequence) return reader.GetString()!;
            var utf8 = reader.ValueSpan;
            var hash = Hash(utf8);
            if (!_byHash.TryGetValue(hash, out var bucket)) _byHash[hash] = bucket = [];
            foreach (var (bytes, text) in bucket)
                if (utf8.SequenceEqual(bytes)) return text;
            var made = reader.GetString()!;
            bucket.Add((utf8.ToArray(), made));
            return made;
        }

        private static int Hash(ReadOnlySpan<byte> utf8)
        {
            var hash = new HashCode();
            hash.AddBytes(utf8);
            return hash.ToHashCode();
        }
    }

    private static string Required(string? value, string name, string file, int index) =>
        value ?? throw new PriceCacheException(file, $"entry {index + 1} has no \"{name}\"");
}
