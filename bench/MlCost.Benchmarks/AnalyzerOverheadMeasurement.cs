using System.Diagnostics;
using System.Globalization;

namespace MlCost.Benchmarks;

/// <summary>
/// The analyzer benchmark's configurations run in interleaved rounds (every configuration once per round, in a
/// rotating order), so drift in the machine's speed hits them all alike; medians of wall time, of the process's
/// CPU time (the work done, whatever the scheduler did) and of bytes allocated per run, and each case's overhead
/// against its empty analyzer measured in the same rounds. ± is half the range seen.
/// </summary>
internal static class AnalyzerOverheadMeasurement
{
    public static void Run(int rounds, bool concurrent)
    {
        var benchmarks = new AnalyzerBenchmarks { Concurrent = concurrent };
        benchmarks.Setup();
        var cases = new (string Name, Func<int> Run)[]
        {
            ("(a) no AWS SDK: empty", benchmarks.PlainEmpty), ("(a) no AWS SDK: MlCost", benchmarks.PlainMlCost),
            ("(b) heavy SDK use: empty", benchmarks.SdkEmpty), ("(b) heavy SDK use: MlCost", benchmarks.SdkMlCost), ("(b) heavy SDK use: binding every candidate", benchmarks.SdkBindingEveryCandidate),
            ("(b) heavy SDK use: reporting the findings alone", benchmarks.SdkReportingAlone),
            ("(c) cost-conscious SDK use: empty", benchmarks.CleanEmpty), ("(c) cost-conscious SDK use: MlCost", benchmarks.CleanMlCost), ("(c) cost-conscious SDK use: binding every candidate", benchmarks.CleanBindingEveryCandidate),
        };
        foreach (var c in cases) { c.Run(); c.Run(); }
        var times = cases.Select(_ => new List<double>()).ToArray();
        var cpu = cases.Select(_ => new List<double>()).ToArray();
        var bytes = cases.Select(_ => new List<long>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
            for (var k = 0; k < cases.Length; k++)
            {
                var i = (k + round) % cases.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                cases[i].Run();
                times[i].Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu[i].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                bytes[i].Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
            }
        Console.WriteLine($"{rounds} interleaved rounds, {(concurrent ? "concurrent build and analysis (2 cores)" : "one thread for the compiler and one for the analyzers' driver")}; medians");
        double baseTime = 0, baseBytes = 0, baseCpu = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            var time = Median(times[i]);
            var allocated = Median(bytes[i].Select(b => (double)b).ToList());
            var processor = Median(cpu[i]);
            if (cases[i].Name.EndsWith(": empty", StringComparison.Ordinal)) (baseTime, baseBytes, baseCpu) = (time, allocated, processor);
            var spread = (times[i].Max() - times[i].Min()) / time * 100;
            var cpuSpread = (cpu[i].Max() - cpu[i].Min()) / processor * 100;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cases[i].Name,-52} {time,7:F0} ms wall (±{spread / 2,2:F0}%), {processor,7:F0} ms CPU (±{cpuSpread / 2,2:F0}%), {allocated / 1048576,6:F1} MB | overhead: wall {(time / baseTime - 1) * 100,6:+0.0;-0.0}%, CPU {(processor / baseCpu - 1) * 100,6:+0.0;-0.0}%, allocated {(allocated / baseBytes - 1) * 100,6:+0.0;-0.0}%"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
