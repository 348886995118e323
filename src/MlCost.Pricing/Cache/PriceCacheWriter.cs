using System.Security.Cryptography;
using MlCost.Pricing.Import;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// Writes price files and their manifest into a cache folder all at once: the new cache is built beside
/// the old one and swapped in by renaming, so a failure at any point leaves the previous cache as it was.
/// Files for service/region pairs not written this time are carried over from the previous cache.
/// </summary>
public static class PriceCacheWriter
{
    public static CacheManifest Write(string directory, IReadOnlyList<PriceFileContents> files)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var entries = new List<CacheFileEntry>();
            foreach (var file in files)
            {
                var relative = RelativePath(file.Service, file.Region);
                var bytes = CacheFormat.WritePrices(file.Service.OfferCode, file.Region, file.Prices);
                WriteFile(staging, relative, bytes);
                entries.Add(Entry(relative, file, bytes));
            }
            foreach (var carried in CarriedOver(target, entries))
            {
                WriteFile(staging, carried.Path, File.ReadAllBytes(Path.Combine(target, carried.Path)));
                entries.Add(carried);
            }
            var manifest = new CacheManifest(CacheManifest.CurrentFormatVersion, entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());
            WriteFile(staging, CacheManifest.FileName, CacheFormat.WriteManifest(manifest));
            Swap(staging, target);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary><c>{service short name}/{region}.json</c>.</summary>
    public static string RelativePath(Service service, string region) => $"{service.ShortName}/{region}.json";

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static CacheFileEntry Entry(string relative, PriceFileContents file, byte[] bytes)
    {
        var qualities = file.Prices.Select(p => p.Quality).Distinct().Order(StringComparer.Ordinal).ToList();
        var dates = file.Prices.Select(p => p.PublicationDate).Where(d => d.Length > 0 && char.IsDigit(d[0]));
        var sources = file.Prices.Select(p => SourceFile(p.Source)).Distinct().Order(StringComparer.Ordinal).ToList();
        // The offer file's version (Savings Plans rates merged into the same file carry none).
        var versions = file.Prices.Select(p => p.SourceVersion).OfType<string>().Distinct().ToList();
        return new CacheFileEntry(relative, file.Service.OfferCode, file.Region, file.Prices.Count,
            qualities.Count == 1 ? qualities[0] : "mixed", dates.Max(StringComparer.Ordinal) ?? "unknown", sources, Sha256(bytes),
            versions is [{ } version] ? version : null);
    }

    /// <summary>The file part of a source ("pricing-data/published-prices.csv: quote" → the file).</summary>
    private static string SourceFile(string source)
    {
        var colon = source.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? source[..colon] : source;
    }

    private static IEnumerable<CacheFileEntry> CarriedOver(string target, List<CacheFileEntry> written)
    {
        var manifestPath = Path.Combine(target, CacheManifest.FileName);
        if (!File.Exists(manifestPath)) return [];
        var previous = CacheFormat.ReadManifest(File.ReadAllBytes(manifestPath), manifestPath);
        var replaced = written.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        return previous.Files.Where(f => !replaced.Contains(f.Path) && File.Exists(Path.Combine(target, f.Path))).ToList();
    }

    private static void WriteFile(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var retired = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(retired, target);
            throw;
        }
        Directory.Delete(retired, recursive: true);
    }
}
