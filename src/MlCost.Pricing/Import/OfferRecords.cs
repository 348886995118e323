using System.Collections.Immutable;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>Joins an offer file's product and one of its terms into a price record: the rule both the batch import and the streaming refresh use.</summary>
internal static class OfferRecords
{
    /// <summary>Products of services MlCost does not price (data transfer in another service's file, say).</summary>
    public static bool IsOtherService(OfferProduct product) =>
        product.Attributes.GetValueOrDefault("servicecode") is { } code && Service.Find(code) is null;

    /// <summary>The record for a product's term (several parts of one term are merged), or null when it is not a usable price.</summary>
    public static PriceRecord? Build(Service service, OfferProduct product, IReadOnlyList<OfferTerm> terms, string region, string source,
        string? publicationDate, string? version, ImportReport report)
    {
        var dimensions = terms.SelectMany(t => t.Dimensions).ToList();
        var ranged = dimensions.Where(d => d.HasRange).OrderBy(d => d.BeginRange ?? 0).ToList();
        if (ranged.Count == 0) return null;
        var tiers = ranged.Select(d => new PriceTier(d.BeginRange ?? 0, d.EndRange, d.Usd, d.RateCode)).ToImmutableArray();
        if (TieredRate.Problem(tiers) is { } problem)
        {
            report.Skip($"{source}: SKU {product.Sku} {terms[0].TermType} term {terms[0].OfferTermCode}: {problem}; skipped");
            return null;
        }
        return new PriceRecord
        {
            Service = service.OfferCode,
            Region = region,
            Sku = product.Sku,
            ProductFamily = product.ProductFamily,
            Attributes = (service == Service.SageMaker ? SageMakerAttributes.Normalize(product.Attributes) : PriceListNames.Normalize(service, product.Attributes))
                .ToImmutableSortedDictionary(StringComparer.Ordinal),
            Unit = ranged[0].Unit,
            TermType = terms[0].TermType,
            TermAttributes = terms[0].TermAttributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Tiers = tiers,
            UpfrontFeeUsd = dimensions.Any(d => !d.HasRange) ? dimensions.Where(d => !d.HasRange).Sum(d => d.Usd) : null,
            Description = ranged[0].Description,
            EffectiveDate = terms[0].EffectiveDate,
            SourceVersion = version,
            Source = source,
            PublicationDate = publicationDate ?? "unknown",
            Quality = PriceQuality.PriceList,
        };
    }
}
