namespace MlCost.Pricing.Cache;

/// <summary>One file of the cache as the manifest describes it.</summary>
public sealed record CacheFileEntry(
    string Path, string Service, string Region, int Prices, string Quality, string PublicationDate,
    IReadOnlyList<string> Sources, string Sha256, string? Version = null);

/// <summary><c>manifest.json</c>: every cache file with its provenance and SHA-256.</summary>
public sealed record CacheManifest(int FormatVersion, IReadOnlyList<CacheFileEntry> Files)
{
    public const int CurrentFormatVersion = 1;
    public const string FileName = "manifest.json";
}
