using System.Text.Json;
using MlCost.Pricing.PriceList;
using Newtonsoft.Json.Linq;

namespace MlCost.Benchmarks;

/// <summary>The three ways of reading an offer file that the benchmark compares; each returns a count so work cannot be skipped.</summary>
internal static class OfferFileParsers
{
    public static readonly string[] Names = ["streaming", "JsonDocument.Parse", "JObject.Parse"];

    public static long Run(string name, string path) => name switch
    {
        "streaming" => Streaming(path),
        "JsonDocument.Parse" => JsonDocumentParse(path),
        "JObject.Parse" => JObjectParse(path),
        _ => throw new ArgumentException($"unknown parser {name}; use one of {string.Join(", ", Names)}"),
    };

    /// <summary>MlCost's reader: every product and price dimension, in constant memory.</summary>
    public static long Streaming(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var sink = new CountingSink();
        OfferFileReader.Read(stream, sink);
        return sink.Count;
    }

    public static long JsonDocumentParse(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("products").GetPropertyCount();
    }

    public static long JObjectParse(string path)
    {
        var offer = JObject.Parse(File.ReadAllText(path));
        return ((JObject)offer["products"]!).Count;
    }

    private sealed class CountingSink : IOfferFileSink
    {
        public long Count { get; private set; }

        public void Product(OfferProduct product) => Count++;

        public void Term(OfferTerm term) => Count += term.Dimensions.Count;
    }
}
