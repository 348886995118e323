using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>
/// Streams a Bulk API offer file (JSON) to a sink, product by product and term by term, without ever
/// holding the file: <c>{formatVersion, disclaimer, offerCode, version, publicationDate, products, terms}</c>.
/// Handles string numbers, "Inf", missing ranges on upfront fees, missing productFamily, a BOM,
/// unknown keys (skipped) and several tiers under one term.
/// </summary>
public static class OfferFileReader
{
    public static OfferFileHeader Read(Stream stream, IOfferFileSink sink)
    {
        var json = new JsonTokenStream(stream);
        json.Expect(JsonTokenType.StartObject);
        string? formatVersion = null, offerCode = null, version = null, publicationDate = null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("products"u8)) ReadProducts(json, sink);
            else if (json.ValueIs("terms"u8)) ReadTerms(json, sink);
            else if (json.ValueIs("formatVersion"u8)) sink.Field("formatVersion", formatVersion = ReadString(json));
            else if (json.ValueIs("offerCode"u8)) sink.Field("offerCode", offerCode = ReadString(json));
            else if (json.ValueIs("version"u8)) sink.Field("version", version = ReadString(json));
            else if (json.ValueIs("publicationDate"u8)) sink.Field("publicationDate", publicationDate = ReadString(json));
            else json.SkipValue();
        }
        if (offerCode is null) throw new PriceFileException("this is not a Price List offer file: it has no offerCode", 1);
        return new OfferFileHeader(formatVersion, offerCode, version, publicationDate);
    }

    private static string ReadString(JsonTokenStream json)
    {
        json.Read();
        return json.GetString();
    }

    private static void ReadProducts(JsonTokenStream json, IOfferFileSink sink)
    {
        json.Expect(JsonTokenType.StartObject);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var key = json.GetString();
            json.Expect(JsonTokenType.StartObject);
            sink.Product(ReadProduct(json, key));
        }
    }

    /// <summary>Reads the body of one <c>{sku, productFamily, attributes}</c> object, its opening brace already read.</summary>
    internal static OfferProduct ReadProduct(JsonTokenStream json, string? skuHint)
    {
        string? sku = null, family = null;
        IReadOnlyDictionary<string, string> attributes = EmptyMap;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("sku"u8)) sku = ReadString(json);
            else if (json.ValueIs("productFamily"u8)) family = ReadString(json);
            else if (json.ValueIs("attributes"u8)) attributes = json.ReadStringMap();
            else json.SkipValue();
        }
        return new OfferProduct(sku ?? skuHint ?? throw new PriceFileException("a product has no sku", json.Line), family, attributes);
    }

    private static void ReadTerms(JsonTokenStream json, IOfferFileSink sink)
    {
        json.Expect(JsonTokenType.StartObject);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var termType = json.GetString();
            json.Expect(JsonTokenType.StartObject);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                // terms.{type}.{sku} holds offers keyed "sku.offerTermCode".
                var sku = json.GetString();
                json.Expect(JsonTokenType.StartObject);
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    sink.Term(ReadTerm(json, termType, sku));
            }
        }
    }

    /// <summary>Reads one <c>{offerTermCode, sku, effectiveDate, priceDimensions, termAttributes}</c> object.</summary>
    internal static OfferTerm ReadTerm(JsonTokenStream json, string termType, string? skuHint)
    {
        var offerKey = json.GetString();
        json.Expect(JsonTokenType.StartObject);
        string? sku = null, termCode = null, effective = null;
        var dimensions = new List<OfferPriceDimension>(2);
        IReadOnlyDictionary<string, string> termAttributes = EmptyMap;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("priceDimensions"u8))
            {
                json.Expect(JsonTokenType.StartObject);
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    dimensions.Add(ReadDimension(json));
            }
            else if (json.ValueIs("sku"u8)) sku = ReadString(json);
            else if (json.ValueIs("offerTermCode"u8)) termCode = ReadString(json);
            else if (json.ValueIs("effectiveDate"u8)) effective = ReadString(json);
            else if (json.ValueIs("termAttributes"u8)) termAttributes = json.ReadStringMap();
            else json.SkipValue();
        }
        var dot = offerKey.IndexOf('.');
        sku ??= skuHint ?? (dot > 0 ? offerKey[..dot] : offerKey);
        termCode ??= dot > 0 ? offerKey[(dot + 1)..] : offerKey;
        return new OfferTerm(termType, sku, termCode, effective, dimensions, termAttributes);
    }

    private static OfferPriceDimension ReadDimension(JsonTokenStream json)
    {
        var key = json.GetString();
        json.Expect(JsonTokenType.StartObject);
        string? rateCode = null, description = null, unit = null;
        decimal? begin = null, end = null, usd = null;
        bool hasBegin = false, hasEnd = false;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("pricePerUnit"u8))
            {
                json.Expect(JsonTokenType.StartObject);
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var isUsd = json.ValueIs("USD"u8);
                    json.Read();
                    if (isUsd) usd = json.GetDecimal();
                }
            }
            else if (json.ValueIs("beginRange"u8) || json.ValueIs("startingRange"u8))
            {
                json.Read();
                begin = json.GetDecimal();
                hasBegin = true;
            }
            else if (json.ValueIs("endRange"u8) || json.ValueIs("endingRange"u8))
            {
                json.Read();
                var text = json.GetString();
                if (!PriceNumber.TryParseEnd(text, out end))
                    throw new PriceFileException($"endRange '{text}' of {key} is not a number or Inf", json.Line);
                hasEnd = true;
            }
            else if (json.ValueIs("rateCode"u8)) rateCode = ReadString(json);
            else if (json.ValueIs("description"u8)) description = ReadString(json);
            else if (json.ValueIs("unit"u8)) unit = ReadString(json);
            else json.SkipValue();
        }
        if (usd is null) throw new PriceFileException($"price dimension {key} has no USD price", json.Line);
        return new OfferPriceDimension(rateCode ?? key, description, begin, end, hasBegin || hasEnd, unit ?? "", usd.Value);
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyMap = new Dictionary<string, string>();
}
