namespace MlCost.Pricing.PriceList;

/// <summary>One service in the offer index (<c>/offers/v1.0/aws/index.json</c>).</summary>
public sealed record OfferIndexEntry(
    string OfferCode, string? VersionIndexUrl, string? CurrentVersionUrl, string? CurrentRegionIndexUrl, string? SavingsPlanVersionIndexUrl);

public sealed record OfferIndex(string? PublicationDate, IReadOnlyList<OfferIndexEntry> Offers);

/// <summary>Reads the offer (service) index; the Savings Plans URLs are optional per service.</summary>
public static class OfferIndexReader
{
    public static OfferIndex Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        var root = document.RootElement;
        var offers = root.Child("offers") ?? throw new PriceFileException("this is not an offer index: it has no \"offers\"");
        var entries = offers.EnumerateObject()
            .Select(p => new OfferIndexEntry(
                p.Value.String("offerCode") ?? p.Name,
                p.Value.String("versionIndexUrl"),
                p.Value.String("currentVersionUrl"),
                p.Value.String("currentRegionIndexUrl"),
                p.Value.String("savingsPlanVersionIndexUrl")))
            .ToList();
        return new OfferIndex(root.String("publicationDate"), entries);
    }
}
