using System.Collections.Immutable;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>
/// Turns an AI service's pricing-page file into price records: rates are grouped into one record per
/// SKU (the first part of the rate code), tiers come from the labels, and the label's wording becomes
/// the attributes lookups use. Rates without a label cannot be interpreted and are reported, not guessed.
/// </summary>
internal static class PricingPageImport
{
    public static IEnumerable<PriceRecord> Records(PricingPage page, Service service, Locations locations, string source, ImportReport report)
    {
        foreach (var (location, rates) in page.RatesByLocation)
        {
            var region = locations.CodeOf(location);
            if (region is null)
            {
                report.Skip($"{source}: location \"{location}\" is not in locations.json; its {rates.Count} rates were skipped");
                continue;
            }
            var unlabelled = rates.Count(r => r.Label is null);
            if (unlabelled > 0)
                report.Skip($"{source}: {region} has {unlabelled} rate(s) with no label, so what they price is unknown; skipped");

            var bySku = rates.Where(r => r.Label is not null)
                .Select(r => (Rate: r, Label: PricingPageLabel.Parse(r.Label!), Sku: r.RateCode.Split('.')[0]))
                .GroupBy(r => r.Sku);
            foreach (var group in bySku.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var stems = group.Select(g => g.Label.Stem).Distinct().ToList();
                if (stems.Count > 1)
                {
                    // Several rates of one SKU whose labels name no tier: the tier bounds are not in the data.
                    report.Skip($"{source}: {region} SKU {group.Key} has {stems.Count} rates whose labels state no tier bounds (\"{stems[0]}\", ...); skipped");
                    continue;
                }
                var tiers = Tiers(group.Select(g => (g.Rate, g.Label)).ToList());
                if (TieredRate.Problem(tiers) is { } problem)
                {
                    report.Skip($"{source}: {region} SKU {group.Key} \"{stems[0]}\": its labels do not make a tier ladder ({problem}); skipped");
                    continue;
                }
                var meaning = AiServiceLabels.Interpret(service, stems[0]);
                yield return new PriceRecord
                {
                    Service = service.OfferCode,
                    Region = region,
                    Sku = group.Key,
                    Attributes = meaning.Attributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
                    Unit = meaning.Unit,
                    Tiers = tiers,
                    Description = string.Join(" | ", group.Select(g => g.Rate.Label).Order(StringComparer.Ordinal)),
                    Source = source,
                    PublicationDate = page.PublicationDate,
                    Quality = PriceQuality.PriceList,
                };
            }
        }
    }

    /// <summary>Orders a SKU's rates into tiers; "upto X" begins where the tier below ends.</summary>
    private static ImmutableArray<PriceTier> Tiers(List<(PricingPageRate Rate, PricingPageLabel Label)> rates)
    {
        // "upto" tiers state no beginning, so order every tier by its end (open-ended last).
        var ordered = rates.OrderBy(r => r.Label.End ?? decimal.MaxValue).ThenBy(r => r.Label.Begin ?? 0).ToList();
        var tiers = ImmutableArray.CreateBuilder<PriceTier>(ordered.Count);
        decimal previousEnd = 0;
        foreach (var (rate, label) in ordered)
        {
            var begin = label.Begin ?? previousEnd;
            tiers.Add(new PriceTier(begin, label.EndIsOpen ? null : label.End, rate.Usd, rate.RateCode));
            previousEnd = label.End ?? previousEnd;
        }
        return tiers.ToImmutable();
    }
}
