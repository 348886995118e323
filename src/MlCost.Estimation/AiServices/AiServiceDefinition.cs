using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Everything MlCost knows about one AI service, in one place: its offer code and short name, the operations
/// it prices (as the API names them), how a request is billed, feature bundles or engines where the price
/// depends on them, how the price data names what an operation is billed as, and its free tier. The
/// scenario reader, the schema, the cost components and the workbook all read it; adding a service that
/// bills one unit per request is a new definition and its price data.
/// </summary>
public sealed record AiServiceDefinition(Service Service, IReadOnlyList<string> Operations, BillingRule Billing)
{
    /// <summary>Feature types whose combination selects the price (Textract's bundles; each bundle is its own SKU).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The operations priced by feature bundle; they must name their features.</summary>
    public IReadOnlyList<string> FeatureOperations { get; init; } = [];

    /// <summary>
    /// Whether a feature combination that has no bundle SKU of its own is billed as its features' SKUs together
    /// (Textract: AWS's pricing page quotes FORMS+TABLES as FORMS plus TABLES, and the Price List has no SKU for it).
    /// </summary>
    public bool UnbundledFeaturesAdd { get; init; }

    /// <summary>Engines whose price differs (Polly); the first is the default.</summary>
    public IReadOnlyList<string> Engines { get; init; } = [];

    /// <summary>Where the price data bills operations by group rather than by name (Rekognition's API groups): operation → group.</summary>
    public IReadOnlyDictionary<string, string>? ApiGroups { get; init; }

    public IReadOnlyList<FreeTierAllowance> FreeTier { get; init; } = [];

    public string ShortName => Service.ShortName;

    public string? DefaultEngine => Engines.Count > 0 ? Engines[0] : null;

    public FreeTierAllowance? FreeTierFor(string operation, string? engine) => FreeTier.FirstOrDefault(f => f.AppliesTo(operation, engine));

    /// <summary>
    /// The attributes the operation's price carries in the cache (a null value: the attribute is absent), and the
    /// price in words for messages.
    /// </summary>
    public (IReadOnlyDictionary<string, string?> Attributes, string What) PriceKey(string operation, IReadOnlyCollection<string> features, string? engine)
    {
        if (ApiGroups is not null && ApiGroups.TryGetValue(operation, out var group))
            return (new Dictionary<string, string?> { [Attr.ApiGroup] = group }, $"{Service.DisplayName} {operation} (API {group})");
        var key = new Dictionary<string, string?> { [Attr.Operation] = operation, [Attr.Features] = features.Count > 0 ? Bundle(features) : null };
        var what = $"{Service.DisplayName} {operation}{(features.Count > 0 ? $" with {Bundle(features)}" : "")}";
        if (Engines.Count > 0)
        {
            key[Attr.Engine] = engine ?? DefaultEngine;
            what += $" ({engine ?? DefaultEngine} engine)";
        }
        return (key, what);
    }

    /// <summary>Feature types as the cache keys bundles: upper case, sorted, joined by '+'.</summary>
    public static string Bundle(IEnumerable<string> features) =>
        string.Join('+', features.Select(f => f.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));
}
