using BenchmarkDotNet.Attributes;
using MlCost.Estimation;
using MlCost.Estimation.Breakeven;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;

namespace MlCost.Benchmarks;

/// <summary>
/// Breakeven over a scenario with 20 options (every kind the us-east-1 cache can price): building the cost
/// curves and finding every crossing of every pair, and a sweep of 1,000,000 volumes over those curves.
/// </summary>
[MemoryDiagnoser]
public class BreakevenBenchmarks
{
    public const string CacheVariable = "MLCOST_BENCH_CACHE";

    private Estimator _estimator = null!;
    private IReadOnlyList<CostCurve> _curves = null!;
    private decimal[] _volumes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cache = PriceCache.Open(Environment.GetEnvironmentVariable(CacheVariable) ?? throw new InvalidOperationException($"{CacheVariable} is not set"));
        _estimator = new Estimator(ScenarioReader.Parse(TwentyOptions, "twenty-options.json"), new PriceBook(cache));
        _curves = _estimator.Curves(From, To);
        // 10^6 log-spaced volumes (not rounded to whole requests, so none repeat).
        _volumes = Enumerable.Range(0, 1_000_000).Select(i => (decimal)Math.Pow(10, 3 + 6.0 * i / 999_999)).ToArray();
        if (_curves.Count != 20 || _volumes.Length < 1_000_000) throw new InvalidOperationException("the benchmark scenario is not the size it should be");
    }

    public const decimal From = 1_000;
    public const decimal To = 1_000_000_000;

    [Benchmark(Description = "curves + every crossing, 20 options")]
    public int Breakeven() => Estimator.Crossings(_estimator.Curves(From, To)).Sum(c => c.RequestsPerMonth.Count);

    [Benchmark(Description = "sweep of 10^6 volumes × 20 options")]
    public decimal SweepMillion()
    {
        var total = 0m;
        foreach (var curve in _curves)
            total += curve.Costs(_volumes)[^1];
        return total;
    }

    public static string TwentyOptions => $$"""
        {
          "name": "Twenty options", "region": "us-east-1",
          "workload": { "requestsPerMonth": 5000000, "pagesPerRequest": 1, "charactersPerRequest": 400, "imagesPerRequest": 1,
                        "audioSecondsPerRequest": 30, "payloadKbPerRequest": 20, "responseKbPerRequest": 2, "peakToAverageRatio": 3 },
          "options": [
            { "id": "textract-text", "kind": "ai-service", "service": "textract", "operation": "DetectDocumentText" },
            { "id": "textract-forms", "kind": "ai-service", "service": "textract", "operation": "AnalyzeDocument", "features": ["FORMS"] },
            { "id": "textract-expense", "kind": "ai-service", "service": "textract", "operation": "AnalyzeExpense" },
            { "id": "comprehend-sentiment", "kind": "ai-service", "service": "comprehend", "operation": "DetectSentiment" },
            { "id": "comprehend-entities", "kind": "ai-service", "service": "comprehend", "operation": "DetectEntities" },
            { "id": "rekognition-labels", "kind": "ai-service", "service": "rekognition", "operation": "DetectLabels" },
            { "id": "rekognition-faces", "kind": "ai-service", "service": "rekognition", "operation": "CompareFaces" },
            { "id": "translate", "kind": "ai-service", "service": "translate", "operation": "TranslateText" },
            { "id": "transcribe", "kind": "ai-service", "service": "transcribe", "operation": "StartTranscriptionJob" },
            { "id": "polly", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech", "engine": "neural" },
            { "id": "rt-c5", "kind": "sagemaker-realtime", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": 40, "minInstances": 2 },
            { "id": "rt-g4dn", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 60 },
            { "id": "rt-g5", "kind": "sagemaker-realtime", "instanceType": "ml.g5.xlarge", "requestsPerSecondPerInstance": 90 },
            { "id": "rt-m5-per-model", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 30, "endpoints": 10 },
            { "id": "rt-inf2", "kind": "sagemaker-realtime", "instanceType": "ml.inf2.xlarge", "requestsPerSecondPerInstance": 120 },
            { "id": "serverless-1gb", "kind": "sagemaker-serverless", "memoryGb": 1, "secondsPerRequest": 0.2 },
            { "id": "serverless-2gb", "kind": "sagemaker-serverless", "memoryGb": 2, "secondsPerRequest": 0.1 },
            { "id": "serverless-3gb", "kind": "sagemaker-serverless", "memoryGb": 3, "secondsPerRequest": 0.06 },
            { "id": "mme-m5", "kind": "sagemaker-multimodel", "instanceType": "ml.m5.xlarge", "models": 200, "modelsPerInstance": 40, "requestsPerSecondPerInstance": 100 },
            { "id": "mme-c5", "kind": "sagemaker-multimodel", "instanceType": "ml.c5.2xlarge", "models": 50, "modelsPerInstance": 25, "requestsPerSecondPerInstance": 150 }
          ],
          "training": [ { "id": "retrain", "instanceType": "ml.g5.2xlarge", "hoursPerRun": 4, "runsPerMonth": 4, "managedSpot": true } ]
        }
        """;
}
