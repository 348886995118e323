using BenchmarkDotNet.Attributes;

namespace MlCost.Benchmarks;

/// <summary>The streaming reader against the two DOM parsers on the real Redshift offer file (2.3 MB).</summary>
[MemoryDiagnoser]
public class OfferFileReaderBenchmarks
{
    /// <summary>BenchmarkDotNet runs benchmarks in a child process, which inherits this variable.</summary>
    public const string FileVariable = "MLCOST_BENCH_OFFER_FILE";

    private static string File => Environment.GetEnvironmentVariable(FileVariable) ?? throw new InvalidOperationException($"{FileVariable} is not set");

    [Benchmark(Baseline = true, Description = "JObject.Parse")]
    public long JObject() => OfferFileParsers.JObjectParse(File);

    [Benchmark(Description = "JsonDocument.Parse")]
    public long JsonDocument() => OfferFileParsers.JsonDocumentParse(File);

    [Benchmark(Description = "streaming")]
    public long Streaming() => OfferFileParsers.Streaming(File);
}
