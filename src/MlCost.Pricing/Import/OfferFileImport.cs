using System.Collections.Immutable;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>
/// Collects the products and terms of an offer file (JSON, CSV or GetProducts pages) and joins them into
/// price records for the services MlCost prices. Products of other services are counted and dropped.
/// </summary>
internal sealed class OfferFileImport(Locations locations, string source, ImportReport report, string? defaultRegion = null) : IOfferFileSink
{
    private readonly Dictionary<string, OfferProduct> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Sku, string Code), List<OfferTerm>> _terms = [];
    private int _otherServices;

    public void Product(OfferProduct product)
    {
        var serviceCode = product.Attributes.GetValueOrDefault("servicecode");
        if (serviceCode is not null && Service.Find(serviceCode) is null)
        {
            _otherServices++;
            return;
        }
        _products[product.Sku] = product;
    }

    public void Term(OfferTerm term)
    {
        var key = (term.TermType, term.Sku, term.OfferTermCode);
        if (!_terms.TryGetValue(key, out var list)) _terms[key] = list = [];
        list.Add(term);
    }

    /// <summary>The records, once the whole file has been read (its publication date may come last).</summary>
    public IEnumerable<PriceRecord> Records(OfferFileHeader header)
    {
        var service = Service.Find(header.OfferCode ?? "");
        if (service is null)
        {
            report.Skip($"{source}: offer {header.OfferCode} is not a service MlCost prices; skipped");
            yield break;
        }
        if (_otherServices > 0)
            report.Skip($"{source}: {_otherServices} product(s) of other services (such as data transfer) skipped");
        var missingRegion = 0;
        foreach (var ((termType, sku, code), terms) in _terms.OrderBy(t => t.Key.Sku, StringComparer.Ordinal)
                     .ThenBy(t => t.Key.Type, StringComparer.Ordinal).ThenBy(t => t.Key.Code, StringComparer.Ordinal))
        {
            if (!_products.TryGetValue(sku, out var product)) continue;
            // A regional file's products are in its region even where they do not say so.
            var region = product.Attributes.GetValueOrDefault("regionCode")
                ?? locations.CodeOf(product.Attributes.GetValueOrDefault("location") ?? "")
                ?? defaultRegion;
            if (region is null)
            {
                missingRegion++;
                continue;
            }
            var dimensions = terms.SelectMany(t => t.Dimensions).ToList();
            var ranged = dimensions.Where(d => d.HasRange).OrderBy(d => d.BeginRange ?? 0).ToList();
            if (ranged.Count == 0) continue;
            var tiers = ranged.Select(d => new PriceTier(d.BeginRange ?? 0, d.EndRange, d.Usd, d.RateCode)).ToImmutableArray();
            if (TieredRate.Problem(tiers) is { } problem)
            {
                report.Skip($"{source}: SKU {sku} {termType} term {code}: {problem}; skipped");
                continue;
            }
            var upfront = dimensions.Where(d => !d.HasRange).Sum(d => d.Usd);
            yield return new PriceRecord
            {
                Service = service.OfferCode,
                Region = region,
                Sku = sku,
                ProductFamily = product.ProductFamily,
                Attributes = (service == Service.SageMaker ? SageMakerAttributes.Normalize(product.Attributes) : product.Attributes)
                    .ToImmutableSortedDictionary(StringComparer.Ordinal),
                Unit = ranged[0].Unit,
                TermType = termType,
                TermAttributes = terms[0].TermAttributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Tiers = tiers,
                UpfrontFeeUsd = dimensions.Any(d => !d.HasRange) ? upfront : null,
                Description = ranged[0].Description,
                EffectiveDate = terms[0].EffectiveDate,
                SourceVersion = header.Version,
                Source = source,
                PublicationDate = header.PublicationDate ?? "unknown",
                Quality = PriceQuality.PriceList,
            };
        }
        if (missingRegion > 0)
            report.Skip($"{source}: {missingRegion} term(s) skipped: their product has no regionCode and a location not in locations.json");
    }
}
