using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// One file of the cache as the manifest describes it. A service's prices in a region are split into files by what
/// lookups ask for (<see cref="CacheFileWriter"/>): the region file, a file per component of instance-hour prices
/// (<see cref="Component"/>), and the same again for Savings Plans rates (<see cref="Terms"/> <c>SavingsPlan</c>).
/// </summary>
/// <param name="Terms">Null for every term but Savings Plans; <c>SavingsPlan</c> for a plans file.</param>
/// <param name="Component">The instance-hour component (Hosting, Training, ...) whose prices the file holds; null for the region file.</param>
public sealed record CacheFileEntry(
    string Path, string Service, string Region, int Prices, string Quality, string PublicationDate,
    IReadOnlyList<string> Sources, string Sha256, string? Version = null, string? Terms = null, string? Component = null)
{
    public bool IsPlans => Terms == Model.TermType.SavingsPlan;

    /// <summary>Whether this is the file of the region's other prices (every service and region has one).</summary>
    public bool IsRegionFile => Terms is null && Component is null;
}

/// <summary>The analyzers' price file (<see cref="AnalyzerPriceFile"/>), derived from the cache's own prices.</summary>
public sealed record AnalyzerPricesEntry(string Path, int Rows, string Sha256);

/// <summary>
/// <c>manifest.json</c>: every cache file with its provenance and SHA-256, and the analyzers' price file derived from
/// them (absent from caches written before it existed). Format 2 splits a region's instance-hour prices and Savings
/// Plans rates into files of their own; format 1 caches, one file a region, are read as they are.
/// </summary>
public sealed record CacheManifest(int FormatVersion, IReadOnlyList<CacheFileEntry> Files, AnalyzerPricesEntry? AnalyzerPrices = null)
{
    public const int CurrentFormatVersion = 2;

    /// <summary>The formats this MlCost reads.</summary>
    public static bool Reads(int formatVersion) => formatVersion is 1 or CurrentFormatVersion;

    /// <summary>The regions with a file of <paramref name="service"/>'s prices, in order.</summary>
    public IReadOnlyList<string> Regions(Service service) =>
        Files.Where(f => f.Service == service.OfferCode && f.IsRegionFile).Select(f => f.Region).Order(StringComparer.Ordinal).ToList();

    /// <summary>The region file of a service in a region, or null when the cache has none.</summary>
    public CacheFileEntry? RegionFile(Service service, string region) => File(service, region, null, plans: false);

    /// <summary>One of a region's files: its region file, a component's, or either's Savings Plans file; null when there is none.</summary>
    public CacheFileEntry? File(Service service, string region, string? component, bool plans) =>
        Files.FirstOrDefault(f => f.Service == service.OfferCode && f.Region == region && f.Component == component && f.IsPlans == plans);

    /// <summary>
    /// The Price List version of the offer file a service's prices in a region came from, from any of its files (a
    /// region file can be empty when every price is an instance-hour price; plan rates carry none); null when unknown.
    /// </summary>
    public string? Version(Service service, string region) =>
        RegionFiles(service, region).Where(f => !f.IsPlans).Select(f => f.Version).FirstOrDefault(v => v is not null);

    /// <summary>Every file of a service in a region: the region file, then the components' files, then the plans files.</summary>
    public IEnumerable<CacheFileEntry> RegionFiles(Service service, string region) =>
        Files.Where(f => f.Service == service.OfferCode && f.Region == region)
            .OrderBy(f => f.IsPlans).ThenBy(f => f.Component is not null).ThenBy(f => f.Path, StringComparer.Ordinal);

    public const string FileName = "manifest.json";
}
