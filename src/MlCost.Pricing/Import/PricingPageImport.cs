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
            if (service == Service.SageMaker)
            {
                foreach (var record in SageMakerInstanceRates(page, region, rates, source, report)) yield return record;
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

    /// <summary>
    /// SageMaker's instance pages (Studio notebooks) state the product beside each price: "Instance", "Component",
    /// "VCPU", "Memory". Each becomes an hourly price of that component and instance type, never of another
    /// component. Rates without a component (Training Plans: reserved capacity, not on-demand) are reported and left out.
    /// </summary>
    private static IEnumerable<PriceRecord> SageMakerInstanceRates(PricingPage page, string region, IReadOnlyList<PricingPageRate> rates, string source, ImportReport report)
    {
        var withoutComponent = rates.Count(r => !r.Fields.ContainsKey("Component") || !r.Fields.ContainsKey("Instance"));
        if (withoutComponent > 0)
            report.Skip($"{source}: {region} has {withoutComponent} SageMaker rate(s) that name no component (Training Plans or other capacity that is not billed per on-demand hour); skipped");
        foreach (var rate in rates.Where(r => r.Fields.ContainsKey("Component") && r.Fields.ContainsKey("Instance")))
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [Attr.Component] = rate.Fields["Component"],
                [Attr.InstanceName] = rate.Fields["Instance"],
            };
            if (rate.Fields.GetValueOrDefault("Instance Type") is { } type) attributes["instanceType"] = type;
            if (rate.Fields.GetValueOrDefault("VCPU") is { } vcpu) attributes[Attr.VCpu] = vcpu;
            if (rate.Fields.GetValueOrDefault("Memory") is { } memory) attributes[Attr.Memory] = memory;
            if (rate.Fields.GetValueOrDefault("Clock Speed") is { } clock) attributes["clockSpeed"] = clock;
            var sku = rate.RateCode.Split('.')[0];
            yield return new PriceRecord
            {
                Service = Service.SageMaker.OfferCode,
                Region = region,
                Sku = sku,
                ProductFamily = "ML Instance",
                Attributes = attributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Unit = "Hrs",
                Tiers = [new PriceTier(0, null, rate.Usd, rate.RateCode)],
                Description = $"{rate.Fields["Instance"]} {rate.Fields["Component"]}",
                Source = source,
                PublicationDate = page.PublicationDate,
                Quality = PriceQuality.PriceList,
            };
        }
    }

    /// <summary>
    /// Orders a SKU's rates into tiers: "upto X" begins where the tier below ends; "Next X" tiers follow the
    /// tiers whose end is stated, each beginning where the one below ends (several are ordered by falling price,
    /// as volume tiers fall), and open-ended tiers come last. The ladder is checked by the caller.
    /// </summary>
    private static ImmutableArray<PriceTier> Tiers(List<(PricingPageRate Rate, PricingPageLabel Label)> rates)
    {
        var bounded = rates.Where(r => r.Label.Wording != PricingPageLabel.TierWording.Next && !r.Label.EndIsOpen)
            .OrderBy(r => r.Label.End ?? decimal.MaxValue).ThenBy(r => r.Label.Begin ?? 0);
        var next = rates.Where(r => r.Label.Wording == PricingPageLabel.TierWording.Next).OrderByDescending(r => r.Rate.Usd);
        var open = rates.Where(r => r.Label.Wording != PricingPageLabel.TierWording.Next && r.Label.EndIsOpen).OrderBy(r => r.Label.Begin ?? 0);
        var tiers = ImmutableArray.CreateBuilder<PriceTier>(rates.Count);
        decimal previousEnd = 0;
        foreach (var (rate, label) in bounded.Concat(next).Concat(open))
        {
            var begin = label.Begin ?? previousEnd;
            var end = label.Wording == PricingPageLabel.TierWording.Next ? begin + label.Length : label.EndIsOpen ? null : label.End;
            tiers.Add(new PriceTier(begin, end, rate.Usd, rate.RateCode));
            previousEnd = end ?? previousEnd;
        }
        return tiers.ToImmutable();
    }
}
