using MlCost.Pricing.Model;

namespace MlCost.Pricing.Lookup;

/// <summary>
/// The prices of one cache file (a region file, a component's file or a plans file), indexed once when first asked
/// for: by term, component and instance type (SageMaker), and — when first looked up that way — by every attribute
/// value (what AI-service prices are found by), so a lookup is a dictionary probe, not a scan of thousands of SKUs,
/// and a file builds only the index its lookups use. Keys are strings: a tool that starts for every command
/// should not compile dictionary code for tuple keys at each start.
/// </summary>
internal sealed class RegionPrices
{
    private readonly Dictionary<string, List<PriceRecord>> _byInstance = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, List<PriceRecord>>> _byAttribute;

    public RegionPrices(IReadOnlyList<PriceRecord> all)
    {
        All = all;
        foreach (var price in all)
            if (price.Attribute(Attr.InstanceName) is { } instance)
                Add(_byInstance, InstanceKey(price.TermType, price.Attribute(Attr.Component), instance), price);
        _byAttribute = new(() =>
        {
            var index = new Dictionary<string, List<PriceRecord>>(StringComparer.Ordinal);
            foreach (var price in all)
                foreach (var (key, value) in price.Attributes)
                    Add(index, AttributeKey(key, value), price);
            return index;
        });
    }

    public IReadOnlyList<PriceRecord> All { get; }

    /// <summary>Prices of an instance type (any case) for a component under a term, in cache order.</summary>
    public IReadOnlyList<PriceRecord> Instance(string termType, string component, string instanceType) =>
        _byInstance.GetValueOrDefault(InstanceKey(termType, component, instanceType)) ?? [];

    /// <summary>Prices whose attribute <paramref name="key"/> is <paramref name="value"/> (any case), in cache order.</summary>
    public IReadOnlyList<PriceRecord> With(string key, string value) =>
        _byAttribute.Value.GetValueOrDefault(AttributeKey(key, value)) ?? [];

    private static string InstanceKey(string termType, string? component, string instance) => $"{termType}\n{component}\n{instance.ToLowerInvariant()}";

    private static string AttributeKey(string key, string value) => $"{key}\n{value.ToLowerInvariant()}";

    private static void Add(Dictionary<string, List<PriceRecord>> index, string key, PriceRecord price)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(price);
    }
}
