namespace MlCost.Pricing.Model;

/// <summary>A short name for what a price is for, in the words a user would look for.</summary>
public static class PriceNames
{
    public static string Describe(PriceRecord p)
    {
        var term = p.TermType == TermType.OnDemand ? "" : $" ({p.TermType}{TermSuffix(p)})";
        if (p.Attribute(Attr.InstanceName) is { } instance)
            return $"{instance} {p.Attribute(Attr.Component) ?? ""}".TrimEnd() + term;
        if (p.Attribute(Attr.MemoryGb) is { } memory)
            return $"{p.Attribute(Attr.Component)} {memory} GB{(p.Attribute("role") is { } role ? $" {role}" : "")}" + term;
        if (p.Attribute("storageFor") is { } storageFor) return $"ML storage for {storageFor}" + term;
        if (p.Attribute(Attr.Component) == SageMakerComponent.DataProcessed) return "Endpoint data processed (in/out)" + term;
        if (p.Attribute(Attr.Model) is { } model)
            return $"{model} {p.Attribute(Attr.Tokens)} tokens" + term;
        if (p.Attribute(Attr.Operation) is { } operation)
            return operation
                   + (p.Attribute(Attr.Features) is { } features ? $" [{features}]" : "")
                   + (p.Attribute(Attr.Engine) is { } engine ? $" ({engine})" : "")
                   + (p.Attribute(Attr.InputMode) is { } mode ? $" ({mode})" : "")
                   + term;
        if (p.Attribute(Attr.ApiGroup) is { } group) return $"Image API {group}" + term;
        return (p.Attribute(Attr.Usage) ?? p.Description ?? p.Sku) + term;
    }

    private static string TermSuffix(PriceRecord p) =>
        string.Concat(new[] { "LeaseContractLength", "PurchaseOption" }.Select(k => p.TermAttributes.TryGetValue(k, out var v) ? $" {v}" : ""));
}
