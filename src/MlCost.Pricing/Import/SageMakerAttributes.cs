using System.Text.RegularExpressions;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>
/// Adds the attributes SageMaker lookups use to a Price List product's own: <see cref="Attr.Component"/>,
/// the bare <see cref="Attr.InstanceName"/> (<c>instanceType</c> carries a suffix such as "-Hosting") and the
/// serverless <see cref="Attr.MemoryGb"/>, read from <c>component</c>, <c>instanceName</c> and <c>usagetype</c>.
/// </summary>
internal static partial class SageMakerAttributes
{
    public static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string> source)
    {
        var attributes = new Dictionary<string, string>(source, StringComparer.Ordinal);
        var usageType = attributes.GetValueOrDefault(Attr.UsageType) ?? "";
        var fromUsage = SageMakerComponent.FromUsageType(usageType);
        var component = fromUsage is SageMakerComponent.Serverless or SageMakerComponent.ProvisionedConcurrency
                or SageMakerComponent.Storage or SageMakerComponent.DataProcessed
            ? fromUsage
            : Canonical(attributes.GetValueOrDefault("component")) ?? fromUsage ?? Canonical(attributes.GetValueOrDefault("platoinstancetype"));
        if (component is not null) attributes[Attr.Component] = component;

        var instance = attributes.GetValueOrDefault(Attr.InstanceName);
        if (instance is null && usageType.LastIndexOf(":ml.", StringComparison.Ordinal) is var colon and >= 0) instance = usageType[(colon + 1)..];
        if (instance is null && attributes.GetValueOrDefault("instanceType") is { } type && type.StartsWith("ml.", StringComparison.Ordinal))
            instance = type.Split('-')[0];
        if (instance is not null) attributes[Attr.InstanceName] = instance;

        if (MemorySize().Match(usageType) is { Success: true } memory) attributes[Attr.MemoryGb] = memory.Groups[1].Value;
        return attributes;
    }

    private static string? Canonical(string? component) => component is null or "" ? null
        : SageMakerComponent.InstanceComponents.FirstOrDefault(c => c.Equals(component, StringComparison.OrdinalIgnoreCase)) ?? component;

    [GeneratedRegex(@"(?:Mem|Usage)-(\d+)GB")]
    private static partial Regex MemorySize();
}
