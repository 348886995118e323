using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// One file of the cache as the manifest describes it. A service's prices in a region are one file, and its Savings
/// Plans rates, when it has any, a second (<see cref="Terms"/> <c>SavingsPlan</c>).
/// </summary>
/// <param name="Terms">Null for the region's file (every term but Savings Plans); <c>SavingsPlan</c> for its plans file.</param>
public sealed record CacheFileEntry(
    string Path, string Service, string Region, int Prices, string Quality, string PublicationDate,
    IReadOnlyList<string> Sources, string Sha256, string? Version = null, string? Terms = null)
{
    public bool IsPlans => Terms == Model.TermType.SavingsPlan;
}

/// <summary>The analyzers' price file (<see cref="AnalyzerPriceFile"/>), derived from the cache's own prices.</summary>
public sealed record AnalyzerPricesEntry(string Path, int Rows, string Sha256);

/// <summary>
/// <c>manifest.json</c>: every cache file with its provenance and SHA-256, and the analyzers' price file derived from
/// them (absent from caches written before it existed). Format 2 keeps Savings Plans rates in files of their own;
/// format 1 caches, which hold them in the region's file, are read as they are.
/// </summary>
public sealed record CacheManifest(int FormatVersion, IReadOnlyList<CacheFileEntry> Files, AnalyzerPricesEntry? AnalyzerPrices = null)
{
    public const int CurrentFormatVersion = 2;

    /// <summary>The formats this MlCost reads.</summary>
    public static bool Reads(int formatVersion) => formatVersion is 1 or CurrentFormatVersion;

    /// <summary>The regions with a file of <paramref name="service"/>'s prices, in order.</summary>
    public IReadOnlyList<string> Regions(Service service) =>
        Files.Where(f => f.Service == service.OfferCode && !f.IsPlans).Select(f => f.Region).Order(StringComparer.Ordinal).ToList();

    /// <summary>The region file of a service in a region (not its plans file), or null when there is none.</summary>
    public CacheFileEntry? RegionFile(Service service, string region) =>
        Files.FirstOrDefault(f => f.Service == service.OfferCode && f.Region == region && !f.IsPlans);

    /// <summary>The plans file of a service in a region, or null when there is none.</summary>
    public CacheFileEntry? PlansFile(Service service, string region) =>
        Files.FirstOrDefault(f => f.Service == service.OfferCode && f.Region == region && f.IsPlans);
    public const string FileName = "manifest.json";
}
