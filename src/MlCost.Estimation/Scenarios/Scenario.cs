using MlCost.Estimation.AiServices;

namespace MlCost.Estimation.Scenarios;

/// <summary>Where something was written in a scenario file, for error messages.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}, line {Line}, column {Column}" : File;
}

/// <summary>A workload and the ways of serving it that are to be priced against each other.</summary>
public sealed record Scenario(
    string Name,
    string Region,
    Workload Workload,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<TrainingRun> Training,
    PricingSettings Pricing,
    SourceLocation Location)
{
    /// <summary>Measured throughput per instance type (the scenario's <c>throughput</c> table), which <c>recommend</c> searches.</summary>
    public IReadOnlyList<MeasuredThroughput> Throughputs { get; init; } = [];

    /// <summary>The assumptions the file gives as low/base/high ranges; the scenario itself holds their base values.</summary>
    public IReadOnlyList<AssumptionRange> Ranges { get; init; } = [];
}

/// <summary>An assumption given as a range: where it is in the file (<see cref="Path"/>, e.g. <c>options[1].requestsPerSecondPerInstance</c>) and its three values.</summary>
public sealed record AssumptionRange(string Path, decimal Low, decimal Base, decimal High,
    [property: System.Text.Json.Serialization.JsonIgnore] SourceLocation Location);

/// <summary>
/// What one instance of a type serves, as the user measured it (a load test, a SageMaker Inference Recommender
/// job): MlCost never assumes a throughput it was not given.
/// </summary>
/// <param name="Source">Where the figure comes from, in the user's words or the job's.</param>
public sealed record MeasuredThroughput(string InstanceType, Throughput Throughput, string Source, SourceLocation Location);

/// <summary>
/// The monthly volume and the size of one request: the per-request metrics the AI services bill on (every one
/// the catalogue declares, with its default where the scenario is silent), the payload a SageMaker endpoint
/// processes, and how far peak traffic rises over the average.
/// </summary>
public sealed record Workload(
    decimal RequestsPerMonth,
    IReadOnlyList<MetricValue> PerRequest,
    decimal PayloadKbPerRequest = 0,
    decimal ResponseKbPerRequest = 0,
    decimal PeakToAverageRatio = 1);

/// <summary>A per-request metric's value in a workload.</summary>
public sealed record MetricValue(WorkloadMetric Metric, decimal Value);

/// <summary>Ways to price (not options): discounts, free tier, Savings Plans, hours in a month.</summary>
public sealed record PricingSettings(
    decimal DiscountPercent = 0,
    bool FreeTier = false,
    SavingsPlanSettings? SavingsPlan = null,
    decimal HoursPerMonth = 730);

/// <summary>A SageMaker Savings Plan: its rates from the cache when it has them, else the given discount.</summary>
public sealed record SavingsPlanSettings(string Term = "1yr", string PurchaseOption = "No Upfront", decimal? DiscountPercent = null);

/// <summary>A training job run every month; priced on-demand and with managed spot.</summary>
public sealed record TrainingRun(
    string Id,
    string InstanceType,
    int InstanceCount,
    decimal HoursPerRun,
    decimal RunsPerMonth,
    bool ManagedSpot,
    decimal SpotSavingsPercent,
    decimal SpotOverheadPercent,
    decimal VolumeSizeGb,
    SourceLocation Location);

/// <summary>One way of serving the workload. Each kind has its own record.</summary>
public abstract record OptionSpec(string Id, string Kind, SourceLocation Location)
{
    public bool IsSageMaker => this is not AiServiceOption;
}

/// <summary>
/// One or more AI-service calls per request: a single service, or a pipeline of steps (Textract, then Comprehend on
/// the extracted text). Its cost is the sum of the steps'; steps billed at the same price share its tiers.
/// </summary>
public sealed record AiServiceOption(string Id, IReadOnlyList<AiServiceStep> Steps, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.AiService, Location)
{
    public AiServiceOption(string id, AiServiceStep step, SourceLocation location) : this(id, [step], location) { }

    public bool IsPipeline => Steps.Count > 1;
}

/// <summary>
/// One AI-service call of an option: the service and operation, the feature bundle and choices (engine, model)
/// that select its price, the settings it states (training hours, ...), the per-request metrics it states for
/// itself over the workload's (a Comprehend step's characters), and how many calls each workload request makes.
/// </summary>
public sealed record AiServiceStep(
    AiServiceDefinition Service,
    string Operation,
    IReadOnlyList<string> Features,
    IReadOnlyDictionary<string, string> Choices,
    IReadOnlyDictionary<string, decimal> Settings,
    IReadOnlyDictionary<string, decimal> PerRequest,
    decimal CallsPerRequest,
    SourceLocation Location)
{
    public string Describe => $"{Service.ShortName} {Operation}{(Features.Count > 0 ? $" [{AiServiceDefinition.Bundle(Features)}]" : "")}"
                              + string.Concat(Choices.Select(c => $" ({c.Key} {c.Value})"));
}

public sealed record RealtimeOption(string Id, string InstanceType, Throughput Throughput, int MinInstances, int Endpoints, decimal VolumeSizeGb, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.Realtime, Location);

public sealed record ServerlessOption(string Id, decimal MemoryGb, decimal SecondsPerRequest, int ProvisionedConcurrency, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.Serverless, Location);

public sealed record AsyncOption(string Id, string InstanceType, Throughput Throughput, int MinInstances, AsyncArrival Arrival, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.Async, Location);

/// <summary>
/// How an async endpoint's requests arrive, which decides how long its instances stay in service: they scale in
/// only after <see cref="ScaleInIdleMinutes"/> without work.
/// </summary>
/// <param name="Pattern"><see cref="Even"/>, <see cref="Windows"/> or <see cref="Bursts"/>.</param>
public sealed record AsyncArrival(string Pattern = AsyncArrival.Even, decimal BusyWindowsPerDay = 0, decimal BusyHoursPerWindow = 0, decimal ScaleInIdleMinutes = AsyncArrival.DefaultScaleInIdleMinutes)
{
    /// <summary>Requests spread evenly over the month.</summary>
    public const string Even = "even";

    /// <summary>Requests in busy windows each day (busyWindowsPerDay of busyHoursPerWindow hours).</summary>
    public const string Windows = "windows";

    /// <summary>Requests in bursts the fleet works off and then scales in at once: the work's hours alone, a lower bound.</summary>
    public const string Bursts = "bursts";

    public static readonly string[] Patterns = [Even, Windows, Bursts];

    /// <summary>
    /// Target tracking (how SageMaker's documentation scales async endpoints to zero) scales in only after its
    /// scale-in alarm has seen 15 one-minute periods below target (Application Auto Scaling user guide,
    /// "Target tracking scaling policies").
    /// </summary>
    public const decimal DefaultScaleInIdleMinutes = 15;
}

public sealed record BatchOption(string Id, string InstanceType, Throughput Throughput, int InstanceCount, decimal JobsPerMonth, decimal StartupMinutesPerJob, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.Batch, Location);

public sealed record MultiModelOption(string Id, string InstanceType, int Models, int ModelsPerInstance, Throughput Throughput, int MinInstances, decimal VolumeSizeGb, SourceLocation Location)
    : OptionSpec(Id, OptionKinds.MultiModel, Location);

/// <summary>
/// What one instance of a SageMaker fleet serves per second: requests, or for an LLM endpoint output tokens (what
/// serving benchmarks measure), which the workload's output tokens per request turn into requests.
/// </summary>
public sealed record Throughput(decimal PerSecond, bool InTokens = false)
{
    public override string ToString() => InTokens ? $"{PerSecond} output tokens/s" : $"{PerSecond} requests/s";
}

/// <summary>The option kinds, as scenario files name them.</summary>
public static class OptionKinds
{
    public const string AiService = "ai-service";
    public const string Realtime = "sagemaker-realtime";
    public const string Serverless = "sagemaker-serverless";
    public const string Async = "sagemaker-async";
    public const string Batch = "sagemaker-batch";
    public const string MultiModel = "sagemaker-multimodel";

    public static IReadOnlyList<string> All { get; } = [AiService, Realtime, Serverless, Async, Batch, MultiModel];
}
