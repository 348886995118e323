using System.Globalization;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Lookup;

/// <summary>
/// The lookups cost models need, over a price cache. Each returns the on-demand record it found or
/// throws <see cref="PriceNotFoundException"/> naming the missing price and the closest ones the cache
/// has: a missing price is never a silent zero.
/// </summary>
public sealed class PriceBook(PriceCache cache)
{
    public PriceCache Cache => cache;

    /// <summary>The region's prices for a service, or an error naming the regions the cache does have.</summary>
    public IReadOnlyList<PriceRecord> Prices(Service service, string region)
    {
        var regions = cache.Regions(service);
        if (!regions.Contains(region, StringComparer.Ordinal))
            throw new PriceNotFoundException(
                $"the price cache has no {service.DisplayName} prices for region \"{region}\".{CloseMatches.Suggestion(region, regions)} Regions it has: {string.Join(", ", regions)}.");
        return cache.Prices(service, region);
    }

    /// <summary>Instance-hour price of a SageMaker instance type for a component (Hosting, Training, ...).</summary>
    public PriceRecord SageMakerInstance(string region, string instanceType, string component, string termType = TermType.OnDemand)
    {
        var prices = Prices(Service.SageMaker, region);
        var match = prices.FirstOrDefault(p => p.TermType == termType && p.Attribute(Attr.Component) == component
                                               && string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        var forComponent = prices.Where(p => p.TermType == termType && p.Attribute(Attr.Component) == component)
            .Select(p => p.Attribute(Attr.InstanceName)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var elsewhere = prices.Where(p => string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Attribute(Attr.Component)).Distinct().ToList();
        var hint = elsewhere.Count > 0
            ? $" The cache prices {instanceType} only for {string.Join(", ", elsewhere)} there (one component's price is never used for another)."
            : CloseMatches.Suggestion(instanceType, forComponent);
        throw new PriceNotFoundException(
            $"the price cache has no {Describe(termType)}{component} price for {instanceType} in {region}.{hint} {component} instance types it has: {List(forComponent)}.");
    }

    /// <summary>Serverless inference price per second at a memory size.</summary>
    public PriceRecord ServerlessInference(string region, decimal memoryGb) =>
        ByMemory(region, SageMakerComponent.Serverless, memoryGb, role: null);

    /// <summary>Provisioned concurrency price per second at a memory size, for the named role when sources name one.</summary>
    public PriceRecord ProvisionedConcurrency(string region, decimal memoryGb, string? role) =>
        ByMemory(region, SageMakerComponent.ProvisionedConcurrency, memoryGb, role);

    private PriceRecord ByMemory(string region, string component, decimal memoryGb, string? role)
    {
        var prices = Prices(Service.SageMaker, region)
            .Where(p => p.TermType == TermType.OnDemand && p.Attribute(Attr.Component) == component).ToList();
        var size = memoryGb.ToString(CultureInfo.InvariantCulture);
        var match = prices.FirstOrDefault(p => p.Attribute(Attr.MemoryGb) == size && (role is null || p.Attribute("role") == role));
        if (match is not null) return match;
        var sizes = prices.Select(p => p.Attribute(Attr.MemoryGb) + " GB").Distinct().Order(StringComparer.Ordinal).ToList();
        throw new PriceNotFoundException(
            $"the price cache has no SageMaker {component}{(role is null ? "" : $" ({role})")} price for {size} GB in {region}. Memory sizes it has: {List(sizes)}.");
    }

    /// <summary>ML storage price per GB-month for volumes attached to a component's instances.</summary>
    public PriceRecord Storage(string region, string storageFor) =>
        Single(region, p => p.Attribute(Attr.Component) == SageMakerComponent.Storage && p.Attribute("storageFor") == storageFor,
            $"ML storage for {storageFor}");

    /// <summary>Endpoint data processed (in and out) price per GB.</summary>
    public PriceRecord DataProcessed(string region) =>
        Single(region, p => p.Attribute(Attr.Component) == SageMakerComponent.DataProcessed, "endpoint data processed");

    private PriceRecord Single(string region, Func<PriceRecord, bool> predicate, string what) =>
        Prices(Service.SageMaker, region).FirstOrDefault(p => p.TermType == TermType.OnDemand && predicate(p))
        ?? throw new PriceNotFoundException($"the price cache has no SageMaker {what} price in {region}.");

    /// <summary>
    /// Tiered price of an AI-service operation: Textract by feature bundle (priced as a bundle, never a sum),
    /// Rekognition by the operation's API group, Polly by engine.
    /// </summary>
    public PriceRecord AiService(Service service, string region, string operation, IReadOnlyCollection<string>? features = null, string? engine = null)
    {
        var prices = Prices(service, region).Where(p => p.TermType == TermType.OnDemand).ToList();
        Func<PriceRecord, bool> matches;
        string what;
        if (service == Service.Rekognition)
        {
            var group = RekognitionApiGroups.Group(operation) ?? throw new PriceNotFoundException(
                $"Rekognition operation \"{operation}\" is not one MlCost knows the API group of.{CloseMatches.Suggestion(operation, RekognitionApiGroups.Operations)} Known: {List(RekognitionApiGroups.Operations)}.");
            matches = p => p.Attribute(Attr.ApiGroup) == group;
            what = $"Rekognition {operation} (API {group})";
        }
        else if (service == Service.Textract && features is { Count: > 0 })
        {
            var bundle = TextractBundle(features);
            matches = p => Same(p.Attribute(Attr.Operation), operation) && p.Attribute(Attr.Features) == bundle;
            what = $"Textract {operation} with {bundle}";
        }
        else if (service == Service.Polly)
        {
            var wanted = (engine ?? "standard").ToLowerInvariant();
            matches = p => Same(p.Attribute(Attr.Operation), operation) && p.Attribute(Attr.Engine) == wanted;
            what = $"Polly {operation} ({wanted} engine)";
        }
        else
        {
            matches = p => Same(p.Attribute(Attr.Operation), operation) && p.Attribute(Attr.Features) is null;
            what = $"{service.DisplayName} {operation}";
        }
        var found = prices.FirstOrDefault(matches);
        if (found is not null) return found;

        var known = prices.Select(p => p.Attribute(Attr.Operation) is { } op
                ? op + (p.Attribute(Attr.Features) is { } f ? $" [{f}]" : "") + (p.Attribute(Attr.Engine) is { } e ? $" ({e})" : "")
                : null)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        throw new PriceNotFoundException(
            $"the price cache has no price for {what} in {region}.{CloseMatches.Suggestion(operation, known.Select(k => k.Split(' ')[0]))} Priced there: {List(known)}.");
    }

    /// <summary>Textract FeatureTypes as the cache keys bundles: upper case, sorted, joined by '+'.</summary>
    public static string TextractBundle(IEnumerable<string> features) =>
        string.Join('+', features.Select(f => f.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Savings Plans rates for an instance type and component, when the cache has any.</summary>
    public IReadOnlyList<PriceRecord> SavingsPlanRates(string region, string instanceType, string component) =>
        cache.Prices(Service.SageMaker, region)
            .Where(p => p.TermType == TermType.SavingsPlan && p.Attribute(Attr.Component) == component
                        && string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase))
            .ToList();

    /// <summary>vCPU, memory, GPUs and GPU memory of an instance type, where a price source gives them.</summary>
    public InstanceFacts? Facts(string region, string instanceType)
    {
        var record = cache.Prices(Service.SageMaker, region)
            .FirstOrDefault(p => string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase)
                                 && p.Attribute(Attr.VCpu) is not null);
        return record is null ? null : new InstanceFacts(instanceType, record.Attribute(Attr.VCpu), record.Attribute(Attr.Memory),
            record.Attribute(Attr.Gpu), record.Attribute(Attr.GpuMemory));
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Describe(string termType) => termType == TermType.OnDemand ? "" : termType + " ";

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count == 0 ? "none" : all.Count <= 12 ? string.Join(", ", all) : string.Join(", ", all.Take(12)) + $", ... ({all.Count} in all)";
    }
}

/// <summary>What an instance type is made of, as a price source states it (text, since sources write units).</summary>
public sealed record InstanceFacts(string InstanceType, string? VCpu, string? Memory, string? Gpus, string? GpuMemory);
