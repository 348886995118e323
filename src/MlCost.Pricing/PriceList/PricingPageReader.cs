using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>
/// One rate of a pricing-page file; <see cref="Label"/> is null when AWS gave it only a hash key. Some pages
/// (SageMaker's instance pages) describe the product in fields beside the price: "Instance", "Component", "VCPU".
/// </summary>
public sealed record PricingPageRate(string? Label, string RateCode, decimal Usd)
{
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}

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
            var fields = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var entry in location.Value.EnumerateObject())
            {
                var rateCode = entry.Value.Required("rateCode", $"{location.Name} / {entry.Name}");
                var priceText = entry.Value.Required("price", $"{location.Name} / {entry.Name}");
                prices[rateCode] = PriceNumber.Parse(priceText)
                    ?? throw new PriceFileException($"{location.Name} / {entry.Name}: price '{priceText}' is not a number");
                if (!labels.TryGetValue(rateCode, out var list)) labels[rateCode] = list = [];
                foreach (var field in entry.Value.EnumerateObject())
                    if (field.Value.ValueKind == JsonValueKind.String && field.Name is not ("rateCode" or "price" or "RegionlessRateCode") && field.Value.GetString() is { Length: > 0 } text)
                        (fields.TryGetValue(rateCode, out var own) ? own : fields[rateCode] = new(StringComparer.Ordinal))[field.Name] = text;
                // A key that is the hash itself, or the hash and a version ("<hash> V1", as Lex writes), is no label.
                if (entry.Value.String("RegionlessRateCode") is not { } hash || !entry.Name.StartsWith(hash, StringComparison.Ordinal)) list.Add(entry.Name);
            }
            byLocation[location.Name] = prices
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PricingPageRate(PricingPageLabel.MostSpecific(labels[p.Key]), p.Key, p.Value)
                {
                    Fields = fields.TryGetValue(p.Key, out var own) ? own : new Dictionary<string, string>(),
                })
                .ToList();
        }
        return new PricingPage(serviceId, published, byLocation);
    }
}
