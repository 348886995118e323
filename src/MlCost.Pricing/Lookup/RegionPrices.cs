using MlCost.Pricing.Model;

namespace MlCost.Pricing.Lookup;

/// <summary>
/// One service's prices in one region, indexed once when first asked for: by term, component and instance
/// type (SageMaker), and by every attribute value (what AI-service prices are found by), so a lookup is a
/// dictionary probe, not a scan of thousands of SKUs.
/// </summary>
internal sealed class RegionPrices
{
    private readonly ILookup<(string TermType, string? Component, string Instance), PriceRecord> _byInstance;
    private readonly ILookup<(string Key, string Value), PriceRecord> _byAttribute;

    public RegionPrices(IReadOnlyList<PriceRecord> all)
    {
        All = all;
        _byInstance = all.Where(p => p.Attribute(Attr.InstanceName) is not null)
            .ToLookup(p => (p.TermType, p.Attribute(Attr.Component), p.Attribute(Attr.InstanceName)!.ToLowerInvariant()));
        _byAttribute = all.SelectMany(p => p.Attributes.Select(a => (Key: (a.Key, a.Value.ToLowerInvariant()), Price: p)))
            .ToLookup(p => p.Key, p => p.Price);
    }

    public IReadOnlyList<PriceRecord> All { get; }

    /// <summary>Prices of an instance type (any case) for a component under a term, in cache order.</summary>
    public IEnumerable<PriceRecord> Instance(string termType, string component, string instanceType) =>
        _byInstance[(termType, component, instanceType.ToLowerInvariant())];

    /// <summary>Prices whose attribute <paramref name="key"/> is <paramref name="value"/> (any case), in cache order.</summary>
    public IEnumerable<PriceRecord> With(string key, string value) => _byAttribute[(key, value.ToLowerInvariant())];
}
