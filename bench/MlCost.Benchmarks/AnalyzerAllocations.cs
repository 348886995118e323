using System.Diagnostics.Tracing;
using System.Globalization;

namespace MlCost.Benchmarks;

/// <summary>
/// What the analyzers allocate, by type: case (b) built ten times with the empty analyzer, with MlCost's and with
/// the reference analyzer that only reports MlCost's findings, and the bytes of each type MlCost adds over the empty
/// analyzer (and what reporting alone adds), largest first. The runtime samples an allocation about every 100 KB
/// (GCAllocationTick), so small figures are rough. For finding where an analyzer's allocations come from.
/// </summary>
internal sealed class AnalyzerAllocations : EventListener
{
    private const int Builds = 10;
    private readonly Dictionary<string, long> _bytes = new();
    private volatile bool _counting;

    public static void Run(int top)
    {
        using var listener = new AnalyzerAllocations();
        var benchmarks = new AnalyzerBenchmarks { Concurrent = false };
        benchmarks.Setup();
        var empty = listener.Measure(benchmarks.SdkEmpty);
        var mlcost = listener.Measure(benchmarks.SdkMlCost);
        var reporting = listener.Measure(benchmarks.SdkReportingAlone);
        double PerBuild(Dictionary<string, long> bytes, string type) => (bytes.GetValueOrDefault(type) - empty.GetValueOrDefault(type)) / (double)Builds / 1048576;
        Console.WriteLine("MB per build over the empty analyzer, (b) heavy SDK use: MlCost | reporting the findings alone | type");
        foreach (var type in mlcost.Keys.Union(reporting.Keys).OrderByDescending(t => PerBuild(mlcost, t)).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{PerBuild(mlcost, type),7:F2} | {PerBuild(reporting, type),7:F2} | {type}"));
    }

    private Dictionary<string, long> Measure(Func<int> build)
    {
        build();
        lock (_bytes) _bytes.Clear();
        _counting = true;
        for (var i = 0; i < Builds; i++) build();
        _counting = false;
        lock (_bytes) return new Dictionary<string, long>(_bytes);
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        // The runtime's GC events (keyword 0x1) at verbose level include the allocation ticks.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_counting || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null || e.Payload is null) return;
        var typeAt = e.PayloadNames.IndexOf("TypeName");
        var amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        var type = typeAt >= 0 ? e.Payload[typeAt] as string ?? "?" : "?";
        var amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
}
