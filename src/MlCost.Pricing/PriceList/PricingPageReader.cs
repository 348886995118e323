using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>One rate of a pricing-page file; <see cref="Label"/> is null when AWS gave it only a hash key.</summary>
public sealed record PricingPageRate(string? Label, string RateCode, decimal Usd);

/// <summary>An AWS pricing-page data file: rates per location display name ("US East (N. Virginia)").</summary>
public sealed record PricingPage(
    string ServiceId, string PublicationDate, IReadOnlyDictionary<string, IReadOnlyList<PricingPageRate>> RatesByLocation);

/// <summary>
/// Reads the JSON that the AWS pricing pages load (<c>meteredUnitMaps/{service}/USD/current/{service}.json</c>):
/// <c>{manifest:{serviceId, hawkFilePublicationDate, ...}, regions:{location:{key:{rateCode, price, RegionlessRateCode}}}}</c>.
/// Every rate appears under a hash key (equal to its RegionlessRateCode) and usually again under a human
/// label; each rate code is returned once, with its label when it has one.
/// </summary>
public static class PricingPageReader
{
    public static PricingPage Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        var root = document.RootElement;
        var manifest = root.Child("manifest") ?? throw new PriceFileException("this is not a pricing-page file: it has no manifest");
        var serviceId = manifest.Required("serviceId", "the manifest");
        var published = manifest.Required("hawkFilePublicationDate", "the manifest");
        if (manifest.String("currencyCode") is { } currency && currency != "USD")
            throw new PriceFileException($"prices are in {currency}; MlCost reads USD files");
        var regions = root.Child("regions") ?? throw new PriceFileException("the pricing-page file has no regions");

        var byLocation = new SortedDictionary<string, IReadOnlyList<PricingPageRate>>(StringComparer.Ordinal);
        foreach (var location in regions.EnumerateObject())
        {
            var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var entry in location.Value.EnumerateObject())
            {
                var rateCode = entry.Value.Required("rateCode", $"{location.Name} / {entry.Name}");
                var priceText = entry.Value.Required("price", $"{location.Name} / {entry.Name}");
                prices[rateCode] = PriceNumber.Parse(priceText)
                    ?? throw new PriceFileException($"{location.Name} / {entry.Name}: price '{priceText}' is not a number");
                if (!labels.TryGetValue(rateCode, out var list)) labels[rateCode] = list = [];
                if (entry.Name != entry.Value.String("RegionlessRateCode")) list.Add(entry.Name);
            }
            byLocation[location.Name] = prices
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PricingPageRate(PricingPageLabel.MostSpecific(labels[p.Key]), p.Key, p.Value))
                .ToList();
        }
        return new PricingPage(serviceId, published, byLocation);
    }
}
