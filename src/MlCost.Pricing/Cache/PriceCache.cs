using System.Collections.Concurrent;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// A price cache folder opened for reading. The manifest is read at once; each file is read when first asked for,
/// its SHA-256 checked against the manifest, so a damaged file is an error that names it, never a wrong price.
/// A service's prices in a region are split into files by what lookups ask for (<see cref="CacheFileEntry"/>), so a
/// lookup reads the file it needs, never the whole region.
/// </summary>
public sealed class PriceCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<PriceRecord>> _loaded = new(StringComparer.Ordinal);

    private PriceCache(string directory, CacheManifest manifest, string origin)
    {
        Directory = directory;
        Manifest = manifest;
        Origin = origin;
    }

    public string Directory { get; }

    public CacheManifest Manifest { get; }

    /// <summary>Why this folder was chosen ("--cache", "MLCOST_PRICING_CACHE", "user cache", "bundled snapshot").</summary>
    public string Origin { get; }

    public static PriceCache Open(string directory, string origin = "--cache")
    {
        var manifestPath = Path.Combine(directory, CacheManifest.FileName);
        if (!System.IO.Directory.Exists(directory))
            throw new PriceCacheException(directory, "no such folder");
        if (!File.Exists(manifestPath))
            throw new PriceCacheException(directory, $"not a price cache: it has no {CacheManifest.FileName} (build one with `mlcost prices import`)");
        return new PriceCache(directory, CacheFormat.ReadManifest(File.ReadAllBytes(manifestPath), manifestPath), origin);
    }

    public IReadOnlyList<string> Regions(Service service) => Manifest.Regions(service);

    /// <summary>The region file of a service in a region, or null when the cache has none.</summary>
    public CacheFileEntry? Entry(Service service, string region) => Manifest.RegionFile(service, region);

    /// <summary>Every price of <paramref name="service"/> in <paramref name="region"/>, from all its files; empty when the cache has none.</summary>
    public IReadOnlyList<PriceRecord> Prices(Service service, string region) =>
        Manifest.RegionFiles(service, region).SelectMany(Prices).ToList();

    /// <summary>
    /// The prices of one of a region's files (<see cref="CacheManifest.File"/>); empty when there is none. The region
    /// file of a format-1 cache holds every price of the region.
    /// </summary>
    public IReadOnlyList<PriceRecord> FilePrices(Service service, string region, string? component = null, bool plans = false) =>
        Manifest.File(service, region, component, plans) is { } entry ? Prices(entry) : [];

    /// <summary>The prices of one file the manifest lists.</summary>
    public IReadOnlyList<PriceRecord> Prices(CacheFileEntry entry) => _loaded.GetOrAdd(entry.Path, _ => Load(entry));

    /// <summary>Reads and checks every file against the manifest, stopping at the first problem.</summary>
    public void VerifyAll()
    {
        foreach (var entry in Manifest.Files) Prices(entry);
    }

    /// <summary>
    /// Reads and checks every file against the manifest (present, checksum, price count, format), the analyzers' price
    /// file included: each file's path (as the manifest gives it) and its problem, or null when it is sound.
    /// </summary>
    public IReadOnlyList<(string Path, string? Problem)> Verify()
    {
        var results = Manifest.Files.Select(entry =>
        {
            try
            {
                Prices(entry);
                return (entry.Path, (string?)null);
            }
            catch (PriceCacheException e)
            {
                return (entry.Path, e.Message);
            }
        }).ToList();
        if (Manifest.AnalyzerPrices is { } analyzer)
        {
            try
            {
                AnalyzerPrices();
                results.Add((analyzer.Path, null));
            }
            catch (PriceCacheException e)
            {
                results.Add((analyzer.Path, e.Message));
            }
        }
        return results;
    }

    /// <summary>
    /// The analyzers' price file (<see cref="AnalyzerPriceFile"/>) checked against the manifest, or null for a cache
    /// written before the file existed.
    /// </summary>
    public byte[]? AnalyzerPrices() =>
        Manifest.AnalyzerPrices is { } entry ? ReadChecked(entry.Path, entry.Sha256) : null;

    /// <summary>A file the manifest lists, read whole and checked against its SHA-256: never a damaged file's bytes.</summary>
    private byte[] ReadChecked(string relativePath, string sha256)
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path)) throw new PriceCacheException(path, "listed in the manifest but missing");
        var bytes = File.ReadAllBytes(path);
        if (PriceCacheWriter.Sha256(bytes) != sha256)
            throw new PriceCacheException(path, "its SHA-256 does not match the manifest: the file is damaged or was edited by hand. Import or refresh the cache again");
        return bytes;
    }

    private IReadOnlyList<PriceRecord> Load(CacheFileEntry entry)
    {
        var path = Path.Combine(Directory, entry.Path);
        var bytes = ReadChecked(entry.Path, entry.Sha256);
        var prices = CacheFormat.ReadPrices(bytes, path);
        if (prices.Count != entry.Prices)
            throw new PriceCacheException(path, $"holds {prices.Count} prices but the manifest says {entry.Prices}");
        if (entry.IsPlans && prices.FirstOrDefault(p => p.TermType != TermType.SavingsPlan) is { } odd)
            throw new PriceCacheException(path, $"is a Savings Plans file but price {odd.Sku} is {odd.TermType}");
        if (entry.Component is { } component && prices.FirstOrDefault(p => p.Attribute(Attr.Component) != component) is { } other)
            throw new PriceCacheException(path, $"is the {component} file but price {other.Sku} is {other.Attribute(Attr.Component) ?? "of no component"}");
        return prices;
    }
}
