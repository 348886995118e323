using System.Text;

namespace MlCost.Pricing.Import;

public enum PriceFileKind
{
    Unknown,
    OfferJson,
    OfferCsv,
    PricingPage,
    GetProducts,
    SavingsPlans,
    PublishedTable,
    BedrockPriceTable,
    Locations,
    RegionIndex,
    OfferIndex,
}

/// <summary>Recognises a price file by its content (the first few KB), not its name.</summary>
public static class PriceFileKinds
{
    public static PriceFileKind Detect(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[16 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = Encoding.UTF8.GetString(buffer, 0, length).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        bool Has(string key) => head.Contains($"\"{key}\"", StringComparison.Ordinal);

        if (head.StartsWith('{'))
        {
            if (Has("hawkFilePublicationDate")) return PriceFileKind.PricingPage;
            if (Has("PriceList") && Has("FormatVersion")) return PriceFileKind.GetProducts;
            if (Has("savingsPlan") || Has("discountedSku")) return PriceFileKind.SavingsPlans;
            if (Has("offerCode") && (Has("products") || Has("terms"))) return PriceFileKind.OfferJson;
            if (Has("offers")) return PriceFileKind.OfferIndex;
            if (Has("regions") && (Has("currentVersionUrl") || Has("versionUrl"))) return PriceFileKind.RegionIndex;
            if (Has("continent") && Has("code")) return PriceFileKind.Locations;
            return PriceFileKind.Unknown;
        }
        if (head.StartsWith("\"FormatVersion\"", StringComparison.Ordinal)) return PriceFileKind.OfferCsv;
        if (head.StartsWith(string.Join(',', PublishedPriceTableImport.Header), StringComparison.Ordinal)) return PriceFileKind.PublishedTable;
        if (BedrockPriceTableImport.Recognises(head)) return PriceFileKind.BedrockPriceTable;
        return PriceFileKind.Unknown;
    }

    public static string Describe(PriceFileKind kind) => kind switch
    {
        PriceFileKind.RegionIndex => "a region index (lists files, holds no prices)",
        PriceFileKind.OfferIndex => "an offer index (lists services, holds no prices)",
        _ => "not a price file MlCost recognises",
    };
}
