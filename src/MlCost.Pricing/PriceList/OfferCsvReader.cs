namespace MlCost.Pricing.PriceList;

/// <summary>
/// Streams a Bulk API offer file in CSV to a sink: five metadata rows (FormatVersion, Disclaimer,
/// Publication Date, Version, OfferCode), then the header row, then one row per price dimension with the
/// product's attributes repeated. Attribute columns are renamed to the keys the JSON files use.
/// </summary>
public static class OfferCsvReader
{
    private static readonly string[] TermColumns =
        ["SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate", "StartingRange",
         "EndingRange", "Unit", "PricePerUnit", "Currency", "RelatedTo", "LeaseContractLength", "PurchaseOption", "OfferingClass"];

    private static readonly string[] TermAttributeColumns = ["LeaseContractLength", "PurchaseOption", "OfferingClass"];

    public static OfferFileHeader Read(TextReader text, IOfferFileSink sink)
    {
        var csv = new CsvRecords(text);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 5; i++)
        {
            var row = csv.Next() ?? throw new PriceFileException("the file ends inside its five metadata rows", csv.Line);
            if (row.Count < 2) throw new PriceFileException($"metadata row {i + 1} should be \"Name\",\"Value\"", csv.Line);
            meta[row[0]] = row[1];
        }
        if (!meta.TryGetValue("OfferCode", out var offerCode))
            throw new PriceFileException("this is not a Price List CSV: its metadata rows have no OfferCode", csv.Line);

        var header = csv.Next() ?? throw new PriceFileException("the file has no header row after its metadata", csv.Line);
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);
        foreach (var required in new[] { "SKU", "OfferTermCode", "RateCode", "TermType", "PricePerUnit", "Unit" })
            if (!column.ContainsKey(required))
                throw new PriceFileException($"the header row has no \"{required}\" column", csv.Line);
        var attributeColumns = header.Select((name, index) => (name, index))
            .Where(c => !TermColumns.Contains(c.name, StringComparer.OrdinalIgnoreCase))
            .ToArray();

        var seenProducts = new HashSet<string>(StringComparer.Ordinal);
        PendingTerm? pending = null;
        while (csv.Next() is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count != header.Count)
                throw new PriceFileException($"row has {row.Count} fields but the header has {header.Count}", csv.Line);
            string Field(string name) => column.TryGetValue(name, out var i) ? row[i] : "";
            if (Field("Currency") is { Length: > 0 } currency && currency != "USD") continue;

            var sku = Field("SKU");
            if (seenProducts.Add(sku))
            {
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                string? family = null;
                foreach (var (name, index) in attributeColumns)
                {
                    if (row[index].Length == 0) continue;
                    var key = AttributeKey(name);
                    if (key == "productFamily") family = row[index];
                    else attributes[key] = row[index];
                }
                sink.Product(new OfferProduct(sku, family, attributes));
            }

            var termType = Field("TermType");
            var termCode = Field("OfferTermCode");
            if (pending is null || pending.Sku != sku || pending.TermCode != termCode || pending.TermType != termType)
            {
                pending?.Flush(sink);
                var termAttributes = TermAttributeColumns
                    .Where(c => Field(c).Length > 0)
                    .ToDictionary(c => c, Field, StringComparer.Ordinal);
                pending = new PendingTerm(termType, sku, termCode, NullIfEmpty(Field("EffectiveDate")), termAttributes);
            }
            pending.Dimensions.Add(Dimension(row, Field, csv.Line));
        }
        pending?.Flush(sink);
        return new OfferFileHeader(meta.GetValueOrDefault("FormatVersion"), offerCode, meta.GetValueOrDefault("Version"),
            meta.GetValueOrDefault("Publication Date"));
    }

    private static OfferPriceDimension Dimension(List<string> row, Func<string, string> field, long line)
    {
        var priceText = field("PricePerUnit");
        var usd = PriceNumber.Parse(priceText) ?? throw new PriceFileException($"PricePerUnit '{priceText}' is not a number", line);
        var beginText = field("StartingRange");
        var endText = field("EndingRange");
        decimal? begin = beginText.Length == 0 ? null
            : PriceNumber.Parse(beginText) ?? throw new PriceFileException($"StartingRange '{beginText}' is not a number", line);
        if (!PriceNumber.TryParseEnd(endText, out var end))
            throw new PriceFileException($"EndingRange '{endText}' is not a number or Inf", line);
        return new OfferPriceDimension(field("RateCode"), NullIfEmpty(field("PriceDescription")), begin, end,
            beginText.Length > 0 || endText.Length > 0, field("Unit"), usd);
    }

    /// <summary>CSV display names to the JSON attribute keys ("Region Code" → regionCode, "usageType" → usagetype).</summary>
    internal static string AttributeKey(string column) => column switch
    {
        "Product Family" => "productFamily",
        "serviceCode" => "servicecode",
        "serviceName" => "servicename",
        "usageType" => "usagetype",
        "Group" => "group",
        "Group Description" => "groupDescription",
        "Location" => "location",
        "Location Type" => "locationType",
        "Region Code" => "regionCode",
        "Instance Type" => "instanceType",
        "Instance Name" => "instanceName",
        _ when column.Contains(' ') => CamelCase(column),
        _ => column.ToLowerInvariant(),
    };

    private static string CamelCase(string column)
    {
        var words = column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed record PendingTerm(string TermType, string Sku, string TermCode, string? EffectiveDate, Dictionary<string, string> TermAttributes)
    {
        public List<OfferPriceDimension> Dimensions { get; } = [];

        public void Flush(IOfferFileSink sink) =>
            sink.Term(new OfferTerm(TermType, Sku, TermCode, EffectiveDate, Dimensions, TermAttributes));
    }
}
