namespace MlCost.Pricing.Model;

/// <summary>What a SageMaker price is for (the <see cref="Attr.Component"/> attribute), named as the Price List's
/// <c>component</c> / <c>platoinstancetype</c> values name them.</summary>
public static class SageMakerComponent
{
    public const string Hosting = "Hosting";
    public const string Training = "Training";
    public const string BatchTransform = "BatchTransform";
    public const string Processing = "Processing";
    public const string AsyncInference = "AsyncInf";
    public const string Notebook = "Notebook";
    public const string StudioNotebook = "Studio-Notebook";
    public const string TrainingWarmPool = "TrainingWarmPool";
    public const string Serverless = "Serverless";
    public const string ProvisionedConcurrency = "ServerlessProvisionedConcurrency";
    public const string Storage = "Storage";
    public const string DataProcessed = "DataProcessed";

    /// <summary>Instance-hour components, the ones <c>--component</c> and lookups accept with an instance type.</summary>
    public static IReadOnlyList<string> InstanceComponents { get; } =
        [Hosting, Training, BatchTransform, Processing, AsyncInference, Notebook, StudioNotebook, TrainingWarmPool];

    /// <summary>The component of a usage type such as <c>USE1-Train:ml.m5.large</c> or <c>USE1-ServerlessInf:Mem-2GB</c>.</summary>
    public static string? FromUsageType(string usageType)
    {
        var dash = usageType.IndexOf('-');
        var kind = dash >= 0 && dash < usageType.IndexOf(':') ? usageType[(dash + 1)..] : usageType;
        return kind switch
        {
            _ when kind.StartsWith("Host:VolumeUsage", StringComparison.Ordinal) => Storage,
            _ when kind.StartsWith("Host:", StringComparison.Ordinal) => Hosting,
            _ when kind.StartsWith("Train:", StringComparison.Ordinal) => Training,
            _ when kind.StartsWith("Tsform:", StringComparison.Ordinal) => BatchTransform,
            _ when kind.StartsWith("Processing:", StringComparison.Ordinal) => Processing,
            _ when kind.StartsWith("AsyncInf:", StringComparison.Ordinal) => AsyncInference,
            _ when kind.StartsWith("Notebk:", StringComparison.Ordinal) => Notebook,
            _ when kind.StartsWith("ServerlessInf:", StringComparison.Ordinal) => Serverless,
            _ when kind.StartsWith("ProvisionedConcurrency:", StringComparison.Ordinal) => ProvisionedConcurrency,
            _ when kind.StartsWith("Data-Bytes-", StringComparison.Ordinal) || kind.Contains("Data-Bytes-", StringComparison.Ordinal) => DataProcessed,
            _ => null,
        };
    }
}
