namespace MlCost.Pricing.Cache;

/// <summary>One file of the cache as the manifest describes it.</summary>
public sealed record CacheFileEntry(
    string Path, string Service, string Region, int Prices, string Quality, string PublicationDate,
    IReadOnlyList<string> Sources, string Sha256, string? Version = null);

/// <summary>The analyzers' price file (<see cref="AnalyzerPriceFile"/>), derived from the cache's own prices.</summary>
public sealed record AnalyzerPricesEntry(string Path, int Rows, string Sha256);

/// <summary>
/// <c>manifest.json</c>: every cache file with its provenance and SHA-256, and the analyzers' price file derived from
/// them (absent from caches written before it existed).
/// </summary>
public sealed record CacheManifest(int FormatVersion, IReadOnlyList<CacheFileEntry> Files, AnalyzerPricesEntry? AnalyzerPrices = null)
{
    public const int CurrentFormatVersion = 1;
    public const string FileName = "manifest.json";
}
