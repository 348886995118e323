using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Everything MlCost knows about one AI service, in one place: its offer code and short name, the operations
/// it prices (as the API names them), how a request is billed, what else an operation bills each month, feature
/// bundles and choices (engine, model) where the price depends on them, the settings an option states, how the
/// price data names what an operation is billed as, and its free tier. The scenario reader, the schema, the cost
/// components and the workbook all read it; adding a service is a new definition and its price data.
/// </summary>
/// <param name="Billing">How one request is billed in units of a workload metric; null when the service's bill is all <see cref="Charges"/>.</param>
public sealed record AiServiceDefinition(Service Service, IReadOnlyList<string> Operations, BillingRule? Billing)
{
    /// <summary>What operations bill besides (or, without <see cref="Billing"/>, instead of) the per-request units.</summary>
    public IReadOnlyList<Charge> Charges { get; init; } = [];

    /// <summary>The per-request metrics <see cref="Charges"/> read (the billing rule's own is added).</summary>
    public IReadOnlyList<WorkloadMetric> ChargeMetrics { get; init; } = [];

    /// <summary>Choices that select the price: Polly's engine, Lex's input mode, Bedrock's model.</summary>
    public IReadOnlyList<ServiceChoice> Choices { get; init; } = [];

    /// <summary>Numbers an option states for itself: training hours a month, minimum provisioned TPS.</summary>
    public IReadOnlyList<ServiceSetting> Settings { get; init; } = [];

    /// <summary>What every estimate with this service must say (Forecast is closed to new customers).</summary>
    public string? Notice { get; init; }

    /// <summary>Feature types whose combination selects the price (Textract's bundles; each bundle is its own SKU).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The operations priced by feature bundle; they must name their features.</summary>
    public IReadOnlyList<string> FeatureOperations { get; init; } = [];

    /// <summary>
    /// Whether a feature combination that has no bundle SKU of its own is billed as its features' SKUs together
    /// (Textract: AWS's pricing page quotes FORMS+TABLES as FORMS plus TABLES, and the Price List has no SKU for it).
    /// </summary>
    public bool UnbundledFeaturesAdd { get; init; }

    /// <summary>Where the price data bills operations by group rather than by name (Rekognition's API groups): operation → group.</summary>
    public IReadOnlyDictionary<string, string>? ApiGroups { get; init; }

    public IReadOnlyList<FreeTierAllowance> FreeTier { get; init; } = [];

    public string ShortName => Service.ShortName;

    /// <summary>Every per-request metric the service bills on.</summary>
    public IEnumerable<WorkloadMetric> Metrics => Billing is null ? ChargeMetrics : [Billing.Metric, .. ChargeMetrics];

    public FreeTierAllowance? FreeTierFor(string operation, IReadOnlyDictionary<string, string> choices) =>
        FreeTier.FirstOrDefault(f => f.AppliesTo(operation, choices.GetValueOrDefault("engine")));

    /// <summary>
    /// The attributes the operation's price carries in the cache (a null value: the attribute is absent), and the
    /// price in words for messages.
    /// </summary>
    public (IReadOnlyDictionary<string, string?> Attributes, string What) PriceKey(string operation, IReadOnlyCollection<string> features, IReadOnlyDictionary<string, string> choices)
    {
        if (ApiGroups is not null && ApiGroups.TryGetValue(operation, out var group))
            return (new Dictionary<string, string?> { [Attr.ApiGroup] = group }, $"{Service.DisplayName} {operation} (API {group})");
        var key = new Dictionary<string, string?> { [Attr.Operation] = operation, [Attr.Features] = features.Count > 0 ? Bundle(features) : null };
        var what = $"{Service.DisplayName} {operation}{(features.Count > 0 ? $" with {Bundle(features)}" : "")}";
        foreach (var choice in Choices.Where(c => c.AppliesTo(operation)))
            if ((choices.GetValueOrDefault(choice.Field) ?? choice.Default) is { } value)
            {
                key[choice.Attribute] = value;
                what += $" ({choice.Field} {value})";
            }
        return (key, what);
    }

    /// <summary>Feature types as the cache keys bundles: upper case, sorted, joined by '+'.</summary>
    public static string Bundle(IEnumerable<string> features) =>
        string.Join('+', features.Select(f => f.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));
}
