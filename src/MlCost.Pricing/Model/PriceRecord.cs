using System.Collections.Immutable;

namespace MlCost.Pricing.Model;

/// <summary>
/// One priced product under one term, normalized from any Price List format: what it is (service,
/// region, SKU, family, attributes), how it is billed (unit, tiers with rate codes) and where the
/// number came from (source, publication date, quality).
/// </summary>
public sealed record PriceRecord
{
    /// <summary>Price List offer code, e.g. <c>AmazonSageMaker</c> or <c>comprehend</c>.</summary>
    public required string Service { get; init; }

    /// <summary>Region code, e.g. <c>us-east-1</c>.</summary>
    public required string Region { get; init; }

    public required string Sku { get; init; }

    public string? ProductFamily { get; init; }

    /// <summary>The attributes that matter for lookups (operation, instanceName, component, ...), sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Billing unit as the Price List names it: <c>Hrs</c>, <c>pages</c>, <c>GB-Mo</c>, ...</summary>
    public required string Unit { get; init; }

    public string TermType { get; init; } = Model.TermType.OnDemand;

    /// <summary>Term attributes such as LeaseContractLength or PurchaseOption (empty for on-demand).</summary>
    public ImmutableSortedDictionary<string, string> TermAttributes { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Tiers sorted by <see cref="PriceTier.Begin"/>; one tier for a flat price.</summary>
    public required ImmutableArray<PriceTier> Tiers { get; init; }

    /// <summary>A one-off fee of the term (Reserved "Upfront Fee"), if any.</summary>
    public decimal? UpfrontFeeUsd { get; init; }

    public string? Description { get; init; }

    public string? EffectiveDate { get; init; }

    /// <summary>The Price List version of the offer file the price came from (e.g. 20260116160258), when known.</summary>
    public string? SourceVersion { get; init; }

    /// <summary>Where the price was read: a file, a URL, or a quoted text.</summary>
    public required string Source { get; init; }

    /// <summary>Publication date of the source (ISO 8601 where known).</summary>
    public required string PublicationDate { get; init; }

    /// <summary><see cref="PriceQuality.PriceList"/> or <see cref="PriceQuality.Secondary"/>.</summary>
    public required string Quality { get; init; }

    /// <summary>What kind of source <see cref="Source"/> is, which settles conflicts between sources.</summary>
    public SourceKind SourceKind { get; init; } = SourceKind.AwsPriceFile;

    /// <summary>Why this price was chosen over others, or what a reader should know about it.</summary>
    public string? Note { get; init; }

    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;

    public bool IsFlat => Tiers.Length == 1;
}
