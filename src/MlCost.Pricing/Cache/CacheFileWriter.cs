using System.Security.Cryptography;
using System.Text.Json;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// Writes a service's prices in a region a price at a time, hashing as it goes, so a region of any size is written in
/// constant memory. The prices are filed by what lookups ask for, so a lookup reads one small file, never a full-size
/// region (thousands of instance types × components × terms): instance-hour prices go to a file per component
/// (<c>us-east-1.Hosting.json</c>), Savings Plans rates to files of their own (<c>us-east-1.Hosting.savings-plans.json</c>;
/// only a scenario under a plan reads them), and every other price to the region file (<c>us-east-1.json</c>).
/// <see cref="Finish"/> gives the manifest entry of each file written: the region file always, the others when they
/// have prices.
/// </summary>
public sealed class CacheFileWriter : IDisposable
{
    private readonly string _root;
    private readonly Service _service;
    private readonly string _region;
    private readonly Func<string, Stream> _create;
    private readonly Part _prices;
    private readonly Dictionary<(string? Component, bool Plans), Part> _parts = [];

    /// <param name="root">The folder the cache's relative paths start from.</param>
    /// <param name="create">Creates a file at a full path (a plain new file when null).</param>
    public CacheFileWriter(string root, Service service, string region, Func<string, Stream>? create = null)
    {
        _root = root;
        _service = service;
        _region = region;
        _create = create ?? File.Create;
        _prices = _parts[(null, false)] = Open(null, plans: false);
    }

    public void Add(PriceRecord price)
    {
        var key = FileOf(price);
        if (!_parts.TryGetValue(key, out var part)) _parts[key] = part = Open(key.Component, key.Plans);
        part.Add(price);
    }

    /// <summary>Which of a region's files a price belongs in: its component's when it is an instance-hour price, and a plans file for a plan rate.</summary>
    private static (string? Component, bool Plans) FileOf(PriceRecord price)
    {
        var component = price.Attribute(Attr.Component);
        return (component is not null && price.Attribute(Attr.InstanceName) is not null && SageMakerComponent.InstanceComponents.Contains(component) ? component : null,
            price.TermType == TermType.SavingsPlan);
    }

    /// <summary>Closes the files and describes each for the manifest, with its lines of the analyzers' price file: the region file first.</summary>
    public IReadOnlyList<PreparedCacheFile> Finish() =>
        [_prices.Finish(), .. _parts.Where(p => p.Value != _prices).OrderBy(p => p.Key.Plans).ThenBy(p => p.Key.Component, StringComparer.Ordinal).Select(p => p.Value.Finish())];

    public void Dispose()
    {
        foreach (var part in _parts.Values) part.Dispose();
    }

    private Part Open(string? component, bool plans)
    {
        var relativePath = RelativePath(_service, _region, component, plans);
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new Part(_create(path), path, relativePath, plans ? TermType.SavingsPlan : null, component, _service, _region);
    }

    /// <summary>
    /// <c>{service short name}/{region}.json</c>, the region file; <c>{region}.{component}.json</c> a component's
    /// instance-hour prices; <c>.savings-plans.json</c> in place of <c>.json</c> for Savings Plans rates.
    /// </summary>
    private static string RelativePath(Service service, string region, string? component, bool plans) =>
        $"{service.ShortName}/{region}{(component is null ? "" : "." + component)}{(plans ? ".savings-plans" : "")}.json";

    /// <summary>One file being written: its JSON, its hash and what its manifest entry says.</summary>
    private sealed class Part
    {
        private readonly Stream _file;
        private readonly string _path;
        private readonly AnalyzerPriceFile.Lines? _analyzerLines;
        private readonly HashingStream _hashing;
        private readonly Utf8JsonWriter _json;
        private readonly string _relativePath;
        private readonly string? _terms;
        private readonly string? _component;
        private readonly Service _service;
        private readonly string _region;
        private readonly SortedSet<string> _qualities = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
        private readonly HashSet<string> _versions = new(StringComparer.Ordinal);
        private string? _newestDate;
        private int _count;

        public Part(Stream file, string path, string relativePath, string? terms, string? component, Service service, string region)
        {
            _file = file;
            _path = path;
            // The analyzers' lines are gathered as the prices go by, so the file need not be read again.
            _analyzerLines = AnalyzerPriceFile.Reads(service.OfferCode, component, terms is not null) ? new AnalyzerPriceFile.Lines() : null;
            _relativePath = relativePath;
            _terms = terms;
            _component = component;
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
            _analyzerLines?.Add(price);
            _count++;
            _qualities.Add(price.Quality);
            _sources.Add(SourceFile(price.Source));
            if (price.SourceVersion is not null) _versions.Add(price.SourceVersion);
            if (price.PublicationDate.Length > 0 && char.IsDigit(price.PublicationDate[0])
                && (_newestDate is null || string.CompareOrdinal(price.PublicationDate, _newestDate) > 0))
                _newestDate = price.PublicationDate;
            if (_json.BytesPending > 1 << 16) _json.Flush();
        }

        public PreparedCacheFile Finish()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _hashing.WriteByte((byte)'\n');
            _hashing.Flush();
            var entry = new CacheFileEntry(_relativePath, _service.OfferCode, _region, _count,
                _qualities.Count == 1 ? _qualities.Min! : "mixed", _newestDate ?? "unknown", _sources.ToList(), _hashing.Sha256(),
                // The offer file's version (the Savings Plans files' rates carry none).
                _versions.Count == 1 ? _versions.Single() : null, _terms, _component);
            return new PreparedCacheFile(entry, _path, _analyzerLines);
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
