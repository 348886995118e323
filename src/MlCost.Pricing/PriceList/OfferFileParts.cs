namespace MlCost.Pricing.PriceList;

/// <summary>The header fields of a Bulk API offer file (JSON or CSV) or a Savings Plans file.</summary>
public sealed record OfferFileHeader(string? FormatVersion, string? OfferCode, string? Version, string? PublicationDate);

/// <summary>A product of an offer file: <c>products.{sku}</c>.</summary>
public sealed record OfferProduct(string Sku, string? ProductFamily, IReadOnlyDictionary<string, string> Attributes);

/// <summary>One price dimension of a term; an Upfront Fee has no range.</summary>
public sealed record OfferPriceDimension(
    string RateCode, string? Description, decimal? BeginRange, decimal? EndRange, bool HasRange, string Unit, decimal Usd);

/// <summary>A term of an offer file: <c>terms.{OnDemand|Reserved}.{sku}.{sku.offerTermCode}</c>.</summary>
public sealed record OfferTerm(
    string TermType, string Sku, string OfferTermCode, string? EffectiveDate,
    IReadOnlyList<OfferPriceDimension> Dimensions, IReadOnlyDictionary<string, string> TermAttributes);

/// <summary>Receives the parts of an offer file as they stream past.</summary>
public interface IOfferFileSink
{
    void Product(OfferProduct product);

    void Term(OfferTerm term);

    /// <summary>A top-level field (offerCode, version, publicationDate, ...) as it is read, before what follows it.</summary>
    void Field(string name, string value)
    {
    }
}
