using System.Collections.Concurrent;
using System.Globalization;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Lookup;

/// <summary>
/// The lookups cost models need, over a price cache. Each returns the on-demand record it found or
/// throws <see cref="PriceNotFoundException"/> naming the missing price and the closest ones the cache
/// has: a missing price is never a silent zero. A lookup reads only the cache file its prices are in (a component's
/// instance-hour prices, its Savings Plans rates, or the region file), each indexed when first read.
/// </summary>
public sealed class PriceBook(PriceCache cache)
{
    private readonly ConcurrentDictionary<string, RegionPrices> _indexed = new(StringComparer.Ordinal);

    public PriceCache Cache => cache;

    /// <summary>The region's prices for a service, from all its files, or an error naming the regions the cache does have.</summary>
    public IReadOnlyList<PriceRecord> Prices(Service service, string region)
    {
        Indexed(service, region);
        return cache.Prices(service, region);
    }

    /// <summary>One of a region's files (<see cref="CacheManifest.File"/>), indexed when first asked for; empty when the cache has no such file.</summary>
    private RegionPrices File(Service service, string region, string? component, bool plans) =>
        _indexed.GetOrAdd(Key(service, region, component, plans), _ => new RegionPrices(cache.FilePrices(service, region, component, plans)));

    private static string Key(Service service, string region, string? component, bool plans) =>
        $"{service.OfferCode}/{region}/{component}/{(plans ? TermType.SavingsPlan : "")}";

    /// <summary>
    /// The prices of an instance type for a component under a term: from the component's file (its plans file for Savings
    /// Plans rates), else the region's files, where caches written before the split keep them.
    /// </summary>
    private IReadOnlyList<PriceRecord> Instance(string region, string termType, string component, string instanceType)
    {
        var plans = termType == TermType.SavingsPlan;
        var found = File(Service.SageMaker, region, component, plans).Instance(termType, component, instanceType);
        if (found.Count == 0 && plans) found = File(Service.SageMaker, region, null, plans: true).Instance(termType, component, instanceType);
        return found.Count == 0 ? Indexed(Service.SageMaker, region).Instance(termType, component, instanceType) : found;
    }

    /// <summary>The region file's prices for a service, indexed, or an error naming the regions the cache does have.</summary>
    private RegionPrices Indexed(Service service, string region)
    {
        if (_indexed.TryGetValue(Key(service, region, null, plans: false), out var indexed)) return indexed;
        var regions = cache.Regions(service);
        if (!regions.Contains(region, StringComparer.Ordinal))
            throw new PriceNotFoundException(
                $"the price cache has no {service.DisplayName} prices for region \"{region}\".{HowToGet(service, region)}"
                + (CloseMatches.Suggestion(region, regions) is { Length: > 0 } typo ? $" If \"{region}\" is a typo:{typo}" : "")
                + (regions.Count == 0 ? "" : $" Regions it has prices for (other regions' prices, only an alternative): {string.Join(", ", regions)}."));
        return File(service, region, null, plans: false);
    }

    /// <summary>Instance-hour price of a SageMaker instance type for a component (Hosting, Training, ...).</summary>
    public PriceRecord SageMakerInstance(string region, string instanceType, string component, string termType = TermType.OnDemand)
    {
        if (FindSageMakerInstance(region, instanceType, component, termType) is { } match) return match;
        var prices = Prices(Service.SageMaker, region);
        var forComponent = prices.Where(p => p.TermType == termType && p.Attribute(Attr.Component) == component)
            .Select(p => p.Attribute(Attr.InstanceName)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var ofType = prices.Where(p => string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase)).ToList();
        var elsewhere = ofType.Where(p => p.TermType == termType).Select(p => p.Attribute(Attr.Component)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var otherTerms = ofType.Where(p => p.TermType != termType && p.Attribute(Attr.Component) == component).Select(p => p.TermType).Distinct().ToList();
        var hint = otherTerms.Count > 0
            ? $" It has only {string.Join(", ", otherTerms)} rates for {instanceType} {component} there."
            : elsewhere.Count > 0
                ? $" The cache prices {instanceType} only for {string.Join(", ", elsewhere)} there (one component's price is never used for another)."
                : CloseMatches.Suggestion(instanceType, forComponent);
        throw new PriceNotFoundException(
            $"the price cache has no {Describe(termType)}{component} price for {instanceType} in {region}.{hint} {component} instance types it has: {List(forComponent)}.{HowToGet(Service.SageMaker, region)}");
    }

    /// <summary>The instance-hour price when the cache has it, else null (for a caller with another way to price).</summary>
    public PriceRecord? FindSageMakerInstance(string region, string instanceType, string component, string termType = TermType.OnDemand)
    {
        Indexed(Service.SageMaker, region);
        return Instance(region, termType, component, instanceType).FirstOrDefault();
    }

    /// <summary>Serverless inference price per second at a memory size.</summary>
    public PriceRecord ServerlessInference(string region, decimal memoryGb) =>
        ByMemory(region, SageMakerComponent.Serverless, memoryGb, role: null);

    /// <summary>Provisioned concurrency price per second at a memory size, for the named role when sources name one.</summary>
    public PriceRecord ProvisionedConcurrency(string region, decimal memoryGb, string? role) =>
        ByMemory(region, SageMakerComponent.ProvisionedConcurrency, memoryGb, role);

    private PriceRecord ByMemory(string region, string component, decimal memoryGb, string? role)
    {
        var prices = Indexed(Service.SageMaker, region).All
            .Where(p => p.TermType == TermType.OnDemand && p.Attribute(Attr.Component) == component).ToList();
        var size = memoryGb.ToString(CultureInfo.InvariantCulture);
        var match = prices.FirstOrDefault(p => p.Attribute(Attr.MemoryGb) == size && (role is null || p.Attribute("role") == role));
        if (match is not null) return match;
        var sizes = prices.Select(p => p.Attribute(Attr.MemoryGb) + " GB").Distinct().Order(StringComparer.Ordinal).ToList();
        throw new PriceNotFoundException(
            $"the price cache has no SageMaker {component}{(role is null ? "" : $" ({role})")} price for {size} GB in {region}. Memory sizes it has: {List(sizes)}.{HowToGet(Service.SageMaker, region)}");
    }

    /// <summary>ML storage price per GB-month for volumes attached to a component's instances.</summary>
    public PriceRecord Storage(string region, string storageFor) =>
        Single(region, p => p.Attribute(Attr.Component) == SageMakerComponent.Storage && p.Attribute("storageFor") == storageFor,
            $"ML storage for {storageFor}");

    /// <summary>Endpoint data processed (in and out) price per GB.</summary>
    public PriceRecord DataProcessed(string region) =>
        Single(region, p => p.Attribute(Attr.Component) == SageMakerComponent.DataProcessed, "endpoint data processed");

    private PriceRecord Single(string region, Func<PriceRecord, bool> predicate, string what) =>
        Indexed(Service.SageMaker, region).All.FirstOrDefault(p => p.TermType == TermType.OnDemand && predicate(p))
        ?? throw new PriceNotFoundException($"the price cache has no SageMaker {what} price in {region}.{HowToGet(Service.SageMaker, region)}");

    /// <summary>
    /// The price of an AI-service operation: the on-demand record whose attributes are exactly those asked for
    /// (a null value asks for the attribute to be absent). What an operation is billed as — its own name, a
    /// feature bundle, an API group, an engine — is the service definition's to say.
    /// </summary>
    /// <param name="what">The price in words, for the error when there is none.</param>
    public PriceRecord AiService(Service service, string region, IReadOnlyDictionary<string, string?> attributes, string what)
    {
        var indexed = Indexed(service, region);
        // Probe by the first attribute asked to have a value, then check the rest.
        var candidates = attributes.FirstOrDefault(a => a.Value is not null) is { Value: not null } first ? indexed.With(first.Key, first.Value) : indexed.All;
        var found = candidates.FirstOrDefault(p => p.TermType == TermType.OnDemand
            && attributes.All(a => a.Value is null ? p.Attribute(a.Key) is null : Same(p.Attribute(a.Key), a.Value)));
        if (found is not null) return found;

        var prices = indexed.All.Where(p => p.TermType == TermType.OnDemand).ToList();

        // A value no price there has (a model id, an input mode) is the answer: name it and the ones there are.
        foreach (var (key, value) in attributes)
        {
            if (value is null || key is Attr.Operation or Attr.Features) continue;
            var values = prices.Select(p => p.Attribute(key)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            if (values.Count > 0 && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
                throw new PriceNotFoundException(
                    $"the price cache has no price for {what} in {region}: no {key} \"{value}\" is priced there.{CloseMatches.Suggestion(value, values)} Priced there: {List(values)}.{HowToGet(service, region)}");
        }

        var known = prices.Select(p => p.Attribute(Attr.Operation) is { } op
                ? op + (p.Attribute(Attr.Features) is { } f ? $" [{f}]" : "") + (p.Attribute(Attr.Engine) is { } e ? $" ({e})" : "")
                : p.Attribute(Attr.ApiGroup) is { } g ? $"API {g}" : null)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var asked = attributes.GetValueOrDefault(Attr.Operation) ?? "";
        throw new PriceNotFoundException(
            $"the price cache has no price for {what} in {region}.{CloseMatches.Suggestion(asked, known.Select(k => k.Split(' ')[0]))} Priced there: {List(known)}.{HowToGet(service, region)}");
    }

    /// <summary>Savings Plans rates for an instance type and component, when the cache has any.</summary>
    public IReadOnlyList<PriceRecord> SavingsPlanRates(string region, string instanceType, string component) =>
        cache.Regions(Service.SageMaker).Contains(region, StringComparer.Ordinal)
            ? Instance(region, TermType.SavingsPlan, component, instanceType).ToList()
            : [];

    /// <summary>vCPU, memory, GPUs and GPU memory of an instance type, where a price source gives them.</summary>
    public InstanceFacts? Facts(string region, string instanceType)
    {
        // The components' files one at a time (the type is usually in the first), then the region file.
        var record = SageMakerComponent.InstanceComponents.Select(c => cache.FilePrices(Service.SageMaker, region, c)).Append(cache.FilePrices(Service.SageMaker, region))
            .Select(prices => prices.FirstOrDefault(p => string.Equals(p.Attribute(Attr.InstanceName), instanceType, StringComparison.OrdinalIgnoreCase)
                                                         && p.Attribute(Attr.VCpu) is not null))
            .FirstOrDefault(found => found is not null);
        return record is null ? null : new InstanceFacts(instanceType, record.Attribute(Attr.VCpu), record.Attribute(Attr.Memory),
            record.Attribute(Attr.Gpu), record.Attribute(Attr.GpuMemory));
    }

    /// <summary>Which cache was read, and the command that would fetch the missing prices into it.</summary>
    private string HowToGet(Service service, string region) => service == Service.Bedrock
        // The Price List names Bedrock's products in terms MlCost does not map to model ids yet: a refresh would not help.
        ? $" (Read from {cache.Origin} {cache.Directory}. MlCost's Bedrock prices come from a per-token table by model id, us-east-1 only: `mlcost prices import FILE` reads one in the format of pydantic/genai-prices' providers/aws.yml; `prices refresh` does not yet map the Price List's Bedrock products to model ids.)"
        : $" (Read from {cache.Origin} {cache.Directory}; `mlcost prices refresh --services {service.ShortName} --regions {region}` fetches AWS's current prices into the user cache, or into --cache DIR.)";

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
