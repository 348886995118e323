using System.Collections.Immutable;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>Savings Plans rates as price records under the on-demand SKU they discount (term type SavingsPlan).</summary>
internal static class SavingsPlanImport
{
    public static IEnumerable<PriceRecord> Records(SavingsPlanFile file, string source, ImportReport report)
    {
        if (file.RegionCode is null)
            throw new PriceFileException("the Savings Plans file has no regionCode");
        var others = 0;
        foreach (var rate in file.Rates.OrderBy(r => r.RateCode, StringComparer.Ordinal))
        {
            var service = Service.Find(rate.DiscountedServiceCode ?? "");
            if (service is null)
            {
                others++;
                continue;
            }
            var raw = new Dictionary<string, string>(StringComparer.Ordinal);
            if (rate.DiscountedUsageType is { } usageType) raw[Attr.UsageType] = usageType;
            if (rate.DiscountedOperation is { } operation) raw["operation"] = operation;
            var attributes = service == Service.SageMaker ? SageMakerAttributes.Normalize(raw) : raw;
            var term = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            term["planSku"] = rate.PlanSku;
            if (rate.LeaseYears is { } years) term["LeaseContractLength"] = $"{years}yr";
            if (rate.PurchaseOption is { } option) term["PurchaseOption"] = option;
            yield return new PriceRecord
            {
                Service = service.OfferCode,
                Region = file.RegionCode,
                Sku = rate.DiscountedSku,
                Attributes = attributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Unit = rate.Unit,
                TermType = TermType.SavingsPlan,
                TermAttributes = term.ToImmutable(),
                Tiers = [new PriceTier(0, null, rate.Usd, rate.RateCode)],
                Description = rate.PlanDescription,
                EffectiveDate = rate.EffectiveDate,
                Source = source,
                PublicationDate = file.PublicationDate ?? "unknown",
                Quality = PriceQuality.PriceList,
            };
        }
        if (others > 0) report.Skip($"{source}: {others} Savings Plans rate(s) for services MlCost does not price skipped");
    }
}
