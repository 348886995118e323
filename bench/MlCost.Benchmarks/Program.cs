using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MlCost.Benchmarks;

// bench/run.sh drives these modes:
//   generate PATH MEGABYTES      write a SageMaker-shaped offer file of at least that size
//   measure PARSER PATH          read PATH once with PARSER in this process; print seconds, MB/s and peak working set
//   redshift PATH                BenchmarkDotNet: the three parsers on the real Redshift file
//   breakeven CACHE              BenchmarkDotNet: breakeven and a 10^6-volume sweep over 20 options
//   recommend CACHE              BenchmarkDotNet: recommend over every us-east-1 instance type × 4 kinds against compare of the scenario's options
//   recommend-scenario CACHE PATH  write that scenario, for timing `mlcost recommend` as a whole process
//   workbook CACHE PATH          write the 20-option workbook with a 10,000-row sweep: time and peak memory
//   refresh OFFERFILE CACHE      refresh one region served from OFFERFILE on 127.0.0.1: time and peak memory
//   analyzers                    BenchmarkDotNet: MlCost analyzers vs an empty analyzer over 1,000 files, with and without the AWS SDK
//   analyzers-interleaved ROUNDS [--concurrent]   the same cases in interleaved rounds: wall time, CPU time, bytes allocated
//   analyzers-allocations [TOP]  what MlCost's analyzers allocate over the empty analyzer, by type (sampled), case (b)
//   synthetic-cache SNAPSHOT OUT MODELS   OUT: SNAPSHOT with every SageMaker region full-size and synthetic (bench/scale.sh)
switch (args.FirstOrDefault())
{
    case "generate":
        OfferFileGenerator.Write(args[1], long.Parse(args[2], CultureInfo.InvariantCulture) * 1024 * 1024);
        Console.WriteLine($"{args[1]}: {new FileInfo(args[1]).Length / 1048576.0:F1} MB");
        return 0;
    case "measure":
        var bytes = new FileInfo(args[2]).Length;
        var watch = Stopwatch.StartNew();
        var count = OfferFileParsers.Run(args[1], args[2]);
        watch.Stop();
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{args[1]}\t{watch.Elapsed.TotalSeconds:F3}\t{bytes / 1048576.0 / watch.Elapsed.TotalSeconds:F1}\t{process.PeakWorkingSet64 / 1048576.0:F0}\t{count}"));
        }
        return 0;
    case "breakeven":
        Environment.SetEnvironmentVariable(BreakevenBenchmarks.CacheVariable, Path.GetFullPath(args[1]));
        BenchmarkRunner.Run<BreakevenBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableOptimizationsValidator));
        return 0;
    case "recommend":
        Environment.SetEnvironmentVariable(BreakevenBenchmarks.CacheVariable, Path.GetFullPath(args[1]));
        BenchmarkRunner.Run<RecommendBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableOptimizationsValidator));
        return 0;
    case "recommend-scenario":
        File.WriteAllText(args[2], RecommendBenchmarks.Scenario(MlCost.Pricing.Cache.PriceCache.Open(Path.GetFullPath(args[1]))));
        return 0;
    case "workbook":
        WorkbookMeasurement.Run(Path.GetFullPath(args[1]), Path.GetFullPath(args[2]));
        return 0;
    case "refresh":
        await RefreshMeasurement.RunAsync(Path.GetFullPath(args[1]), Path.GetFullPath(args[2]));
        return 0;
    case "analyzers":
        // Whole-compilation runs of about a second: more iterations than ShortRun, or the noise hides a few percent.
        BenchmarkRunner.Run<AnalyzerBenchmarks>(DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1).WithId("analyzers"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator));
        return 0;
    case "analyzers-interleaved":
        AnalyzerOverheadMeasurement.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Contains("--concurrent"));
        return 0;
    case "analyzers-allocations":
        AnalyzerAllocations.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30);
        return 0;
    case "synthetic-cache":
    {
        var snapshot = Path.GetFullPath(args[1]);
        var regions = MlCost.Pricing.Cache.PriceCache.Open(snapshot).Regions(MlCost.Pricing.Model.Service.SageMaker);
        var started = Stopwatch.StartNew();
        var perRegion = MlCost.Tests.SyntheticSageMaker.WriteCache(snapshot, Path.GetFullPath(args[2]), Path.GetFullPath(args[3]), regions);
        var sageMakerBytes = Directory.GetFiles(Path.Combine(args[2], "sagemaker")).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[2]}: {regions.Count} SageMaker regions × up to {perRegion:N0} prices, {sageMakerBytes / 1048576.0:F0} MB of SageMaker files, written in {started.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
    case "redshift":
        Environment.SetEnvironmentVariable(OfferFileReaderBenchmarks.FileVariable, Path.GetFullPath(args[1]));
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkRunner.Run<OfferFileReaderBenchmarks>(config);
        return 0;
    default:
        Console.Error.WriteLine("usage: generate PATH MEGABYTES | measure PARSER PATH | redshift PATH | breakeven CACHE | workbook CACHE PATH | refresh OFFERFILE CACHE | analyzers");
        return 2;
}
