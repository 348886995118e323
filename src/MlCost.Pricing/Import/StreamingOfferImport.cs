using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>
/// Turns one region's offer file into price records while it streams past, handing each record on at once
/// instead of collecting them: a refresh of a file of any size holds only the products (compactly, with
/// their repeated strings shared) and never the terms. A term whose product has not been seen yet (not the
/// order AWS writes) waits until the end.
/// </summary>
internal sealed class StreamingOfferImport(Service service, string region, string source, Action<PriceRecord> emit, ImportReport report) : IOfferFileSink
{
    private readonly Dictionary<string, OfferProduct> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly List<OfferTerm> _early = [];
    private string? _version;
    private string? _publicationDate;
    private int _otherServices;

    public string? OfferCode { get; private set; }

    public int Records { get; private set; }

    public void Field(string name, string value)
    {
        switch (name)
        {
            case "offerCode": OfferCode = value; break;
            case "version": _version = value; break;
            case "publicationDate": _publicationDate = value; break;
        }
    }

    public void Product(OfferProduct product)
    {
        if (OfferRecords.IsOtherService(product))
        {
            _otherServices++;
            return;
        }
        if (product.Attributes.GetValueOrDefault("regionCode") is { } code && code != region) return;
        _products[product.Sku] = new OfferProduct(product.Sku, Share(product.ProductFamily),
            new CompactAttributes(product.Attributes.Select(a => KeyValuePair.Create(Share(a.Key)!, Share(a.Value)!))));
    }

    public void Term(OfferTerm term)
    {
        if (_products.TryGetValue(term.Sku, out var product)) Emit(product, term);
        else _early.Add(term);
    }

    /// <summary>Hands on the terms that came before their products, and says what was skipped; call once the file is read.</summary>
    public void Finish()
    {
        if (_otherServices > 0)
            report.Skip($"{source}: {_otherServices} product(s) of other services (such as data transfer) skipped");
        foreach (var term in _early)
            if (_products.TryGetValue(term.Sku, out var product)) Emit(product, term);
        _early.Clear();
    }

    private void Emit(OfferProduct product, OfferTerm term)
    {
        if (OfferRecords.Build(service, product, [term], region, source, _publicationDate, _version, report) is not { } record) return;
        emit(record);
        Records++;
    }

    private string? Share(string? text)
    {
        if (text is null) return null;
        if (_strings.TryGetValue(text, out var shared)) return shared;
        return _strings[text] = text;
    }

    /// <summary>A product's attributes as a sorted array: a fraction of a dictionary's memory.</summary>
    private sealed class CompactAttributes(IEnumerable<KeyValuePair<string, string>> pairs) : IReadOnlyDictionary<string, string>
    {
        private readonly KeyValuePair<string, string>[] _pairs = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

        public IEnumerable<string> Values => _pairs.Select(p => p.Value);

        public int Count => _pairs.Length;

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out string value)
        {
            int low = 0, high = _pairs.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var order = string.CompareOrdinal(_pairs[middle].Key, key);
                if (order == 0)
                {
                    value = _pairs[middle].Value;
                    return true;
                }
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            value = "";
            return false;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
