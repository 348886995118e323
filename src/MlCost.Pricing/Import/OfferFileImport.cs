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
        if (OfferRecords.IsOtherService(product))
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
            var record = OfferRecords.Build(service, product, terms, region, source, header.PublicationDate, header.Version, report);
            if (record is not null) yield return record;
        }
        if (missingRegion > 0)
            report.Skip($"{source}: {missingRegion} term(s) skipped: their product has no regionCode and a location not in locations.json");
    }
}
