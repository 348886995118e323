using System.Diagnostics;
using System.Globalization;
using MlCost.Estimation;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Reports;
using MlCost.Reports.Excel;

namespace MlCost.Benchmarks;

/// <summary>
/// Writing the workbook for the 20-option scenario with a 10,000-row sweep: wall time of a cold write (first
/// in the process, JIT included) and of warm writes, and the process's peak working set.
/// </summary>
internal static class WorkbookMeasurement
{
    public static void Run(string cache, string output)
    {
        var estimator = new Estimator(ScenarioReader.Parse(BreakevenBenchmarks.TwentyOptions, "twenty-options.json"), new PriceBook(PriceCache.Open(cache)));
        // 1,000 to 10^9 requests/month in 10,000 log-spaced rows (about 1,667 a decade).
        var report = CostReport.Build(estimator, 5_000_000, 1_000, 1_000_000_000, 1_667);
        Console.WriteLine($"options {report.Options.Count}, sweep rows {report.Sweep!.Count}");
        var times = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            WorkbookReport.Write(output, estimator, report);
            times.Add(watch.Elapsed.TotalSeconds);
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold write {times[0]:F2} s; warm writes {string.Join(", ", times.Skip(1).Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s (mean {times.Skip(1).Average():F2} s); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; file {new FileInfo(output).Length / 1024.0:F0} KB"));
    }
}
