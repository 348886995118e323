using MlCost.Pricing.Import;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// A cache file written (and described) by a <see cref="CacheFileWriter"/>, to be moved into a cache, with its lines of
/// the analyzers' price file when it has any.
/// </summary>
public sealed record PreparedCacheFile(CacheFileEntry Entry, string Path, AnalyzerPriceFile.Lines? AnalyzerLines = null);

/// <summary>
/// Writes price files and their manifest into a cache folder all at once: the new cache is built beside
/// the old one and swapped in by renaming, so a failure at any point leaves the previous cache as it was.
/// Files for service/region pairs not written this time are carried over from the previous cache; a pair written
/// replaces all its files (its plans file too, when the new prices have no plan rates).
/// </summary>
public static class PriceCacheWriter
{
    /// <param name="carryFrom">The cache whose other files the new one keeps (the target itself when null).</param>
    public static CacheManifest Write(string directory, IReadOnlyList<PriceFileContents> files, string? carryFrom = null) =>
        Write(directory, carryFrom, staging => files.SelectMany(file =>
        {
            using var writer = new CacheFileWriter(staging, file.Service, file.Region, path => new DurableFileStream(path));
            foreach (var price in file.Prices) writer.Add(price);
            return writer.Finish();
        }).ToList());

    /// <summary>Moves files written elsewhere (by a streaming refresh) into the cache, in the same one swap.</summary>
    public static CacheManifest Write(string directory, IReadOnlyList<PreparedCacheFile> files) =>
        Write(directory, null, staging => files.Select(file =>
        {
            var target = Path.Combine(staging, file.Entry.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file.Path, target);
            return file with { Path = target };
        }).ToList());

    private static CacheManifest Write(string directory, string? carryFrom, Func<string, List<PreparedCacheFile>> writeFiles)
    {
        var target = Path.GetFullPath(directory);
        var source = carryFrom is null ? target : Path.GetFullPath(carryFrom);
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var written = writeFiles(staging);
            var entries = written.Select(f => f.Entry).ToList();
            foreach (var carried in CarriedOver(source, entries))
            {
                var copy = Create(staging, carried.Path);
                using (copy)
                using (var original = File.OpenRead(Path.Combine(source, carried.Path)))
                    original.CopyTo(copy);
                entries.Add(carried);
            }
            entries.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
            var manifest = new CacheManifest(CacheManifest.CurrentFormatVersion, entries, WriteAnalyzerPrices(staging, entries,
                written.Where(f => f.AnalyzerLines is not null).ToDictionary(f => f.Entry.Path, f => f.AnalyzerLines!, StringComparer.Ordinal)));
            using (var stream = Create(staging, CacheManifest.FileName)) stream.Write(CacheFormat.WriteManifest(manifest));
            Swap(staging, target);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// The analyzers' price file, from the SageMaker, Textract and Comprehend files just staged (never carried over, so it
    /// always matches them): the lines gathered as files were written, and the files carried over read again, a price at
    /// a time, each into the same buffer.
    /// </summary>
    private static AnalyzerPricesEntry WriteAnalyzerPrices(string staging, IReadOnlyList<CacheFileEntry> entries, IReadOnlyDictionary<string, AnalyzerPriceFile.Lines> gathered)
    {
        var buffer = Array.Empty<byte>();
        var (bytes, rows) = AnalyzerPriceFile.Write(entries.Where(AnalyzerPriceFile.Reads).Select(entry =>
        {
            if (gathered.TryGetValue(entry.Path, out var lines)) return lines;
            lines = new AnalyzerPriceFile.Lines();
            var path = Path.Combine(staging, entry.Path);
            using var stream = File.OpenRead(path);
            var length = checked((int)stream.Length);
            if (buffer.Length < length) buffer = new byte[length];
            stream.ReadExactly(buffer, 0, length);
            CacheFormat.ReadPrices(buffer.AsSpan(0, length), path, lines.Add);
            return lines;
        }));
        using (var stream = Create(staging, AnalyzerPriceFile.FileName)) stream.Write(bytes);
        return new AnalyzerPricesEntry(AnalyzerPriceFile.FileName, rows, Sha256(bytes));
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private static IEnumerable<CacheFileEntry> CarriedOver(string target, List<CacheFileEntry> written)
    {
        var manifestPath = Path.Combine(target, CacheManifest.FileName);
        if (!File.Exists(manifestPath)) return [];
        var previous = CacheFormat.ReadManifest(File.ReadAllBytes(manifestPath), manifestPath);
        var replaced = written.Select(e => (e.Service, e.Region)).ToHashSet();
        return previous.Files.Where(f => !replaced.Contains((f.Service, f.Region)) && File.Exists(Path.Combine(target, f.Path))).ToList();
    }

    /// <summary>A new file under <paramref name="root"/>, flushed to disk when disposed.</summary>
    private static Stream Create(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DurableFileStream(path);
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

    private sealed class DurableFileStream(string path) : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush(flushToDisk: true);
            base.Dispose(disposing);
        }
    }
}
