using System.Security.Cryptography;
using System.Text.Json;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// Writes a service's prices in a region a price at a time, hashing as it goes, so a region of any size is written in
/// constant memory. Savings Plans rates go to a file of their own (<see cref="PriceCacheWriter.PlansPath"/>): they are
/// most of a SageMaker region, and only a scenario under a plan reads them. <see cref="Finish"/> gives the manifest
/// entry of each file written: the region's file always, its plans file when it had plan rates.
/// </summary>
public sealed class CacheFileWriter : IDisposable
{
    private readonly string _root;
    private readonly Service _service;
    private readonly string _region;
    private readonly Func<string, Stream> _create;
    private readonly Part _prices;
    private Part? _plans;

    /// <param name="root">The folder the cache's relative paths start from.</param>
    /// <param name="create">Creates a file at a full path (a plain new file when null).</param>
    public CacheFileWriter(string root, Service service, string region, Func<string, Stream>? create = null)
    {
        _root = root;
        _service = service;
        _region = region;
        _create = create ?? File.Create;
        _prices = Open(PriceCacheWriter.RelativePath(service, region), terms: null);
    }

    public void Add(PriceRecord price)
    {
        var part = price.TermType == TermType.SavingsPlan ? _plans ??= Open(PriceCacheWriter.PlansPath(_service, _region), TermType.SavingsPlan) : _prices;
        part.Add(price);
    }

    /// <summary>Closes the files and describes each for the manifest.</summary>
    public IReadOnlyList<CacheFileEntry> Finish() => _plans is null ? [_prices.Finish()] : [_prices.Finish(), _plans.Finish()];

    public void Dispose()
    {
        _prices.Dispose();
        _plans?.Dispose();
    }

    private Part Open(string relativePath, string? terms)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new Part(_create(path), relativePath, terms, _service, _region);
    }

    /// <summary>One file being written: its JSON, its hash and what its manifest entry says.</summary>
    private sealed class Part
    {
        private readonly Stream _file;
        private readonly HashingStream _hashing;
        private readonly Utf8JsonWriter _json;
        private readonly string _relativePath;
        private readonly string? _terms;
        private readonly Service _service;
        private readonly string _region;
        private readonly SortedSet<string> _qualities = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
        private readonly HashSet<string> _versions = new(StringComparer.Ordinal);
        private string? _newestDate;
        private int _count;

        public Part(Stream file, string relativePath, string? terms, Service service, string region)
        {
            _file = file;
            _relativePath = relativePath;
            _terms = terms;
            _service = service;
            _region = region;
            _hashing = new HashingStream(file);
            _json = new Utf8JsonWriter(_hashing, CacheFormat.WriterOptions);
            _json.WriteStartObject();
            _json.WriteString("service", service.OfferCode);
            _json.WriteString("region", region);
            _json.WriteStartArray("prices");
        }

        public void Add(PriceRecord price)
        {
            CacheFormat.WritePrice(_json, price);
            _count++;
            _qualities.Add(price.Quality);
            _sources.Add(SourceFile(price.Source));
            if (price.SourceVersion is not null) _versions.Add(price.SourceVersion);
            if (price.PublicationDate.Length > 0 && char.IsDigit(price.PublicationDate[0])
                && (_newestDate is null || string.CompareOrdinal(price.PublicationDate, _newestDate) > 0))
                _newestDate = price.PublicationDate;
            if (_json.BytesPending > 1 << 16) _json.Flush();
        }

        public CacheFileEntry Finish()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _hashing.WriteByte((byte)'\n');
            _hashing.Flush();
            return new CacheFileEntry(_relativePath, _service.OfferCode, _region, _count,
                _qualities.Count == 1 ? _qualities.Min! : "mixed", _newestDate ?? "unknown", _sources.ToList(), _hashing.Sha256(),
                // The offer file's version (the Savings Plans files' rates carry none).
                _versions.Count == 1 ? _versions.Single() : null, _terms);
        }

        public void Dispose()
        {
            _json.Dispose();
            _file.Dispose();
        }
    }

    /// <summary>The file part of a source ("pricing-data/published-prices.csv: quote" → the file).</summary>
    private static string SourceFile(string source)
    {
        var colon = source.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? source[..colon] : source;
    }

    /// <summary>Passes writes through and hashes them (SHA-256).</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
