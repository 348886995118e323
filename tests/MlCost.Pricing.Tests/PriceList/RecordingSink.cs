using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

internal sealed class RecordingSink : IOfferFileSink
{
    public List<OfferProduct> Products { get; } = [];

    public List<OfferTerm> Terms { get; } = [];

    public void Product(OfferProduct product) => Products.Add(product);

    public void Term(OfferTerm term) => Terms.Add(term);
}
