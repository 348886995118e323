namespace MlCost.Tests;

/// <summary>Where the repository, its committed cache and the shared real price data are.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string PricingCache => Path.Combine(Root, "pricing-cache");

    /// <summary>
    /// The real AWS price data: <c>$MLCOST_SHARED_PRICING_DATA</c>, else <c>../shared/pricing-data</c> beside the
    /// repository (as on developer machines and CI). Missing, it is an error that says where it was looked for.
    /// </summary>
    public static string SharedPricingData
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("MLCOST_SHARED_PRICING_DATA") is { Length: > 0 } set
                ? Path.GetFullPath(set)
                : Path.GetFullPath(Path.Combine(Root, "..", "shared", "pricing-data"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException(
                $"The real AWS price data these tests read is not at {path}: keep the repository beside shared/ or set MLCOST_SHARED_PRICING_DATA.");
        }
    }

    /// <summary>
    /// More real price data (Forecast, Lex, Personalize, Bedrock, ...): <c>$MLCOST_SHARED_MORE_PRICING_DATA</c>, else
    /// <c>more-pricing-data</c> beside <see cref="SharedPricingData"/>.
    /// </summary>
    /// <summary>
    /// The AWS SDK's service models as data: <c>$MLCOST_SHARED_AWS_SDK_MODEL</c>, else <c>aws-sdk-model</c> beside the
    /// real price data.
    /// </summary>
    public static string SharedAwsSdkModel
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("MLCOST_SHARED_AWS_SDK_MODEL") is { Length: > 0 } set
                ? set
                : Path.GetFullPath(Path.Combine(SharedPricingData, "..", "aws-sdk-model"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException(
                $"The AWS SDK model data these tests read is not at {path}: keep the repository beside shared/ or set MLCOST_SHARED_AWS_SDK_MODEL.");
        }
    }

    public static string SharedMorePricingData
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("MLCOST_SHARED_MORE_PRICING_DATA") is { Length: > 0 } set
                ? Path.GetFullPath(set)
                : Path.GetFullPath(Path.Combine(SharedPricingData, "..", "more-pricing-data"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException(
                $"The real AWS price data these tests read is not at {path}: keep the repository beside shared/ or set MLCOST_SHARED_MORE_PRICING_DATA.");
        }
    }

    /// <summary>Both shared folders: what the committed snapshot is built from.</summary>
    public static IReadOnlyList<string> SnapshotSources => [SharedPricingData, SharedMorePricingData];

    public static string MoreRaw(string relative) => Path.Combine(SharedMorePricingData, "raw", relative);

    public static string Raw(string relative) => Path.Combine(SharedPricingData, "raw", relative);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlCost.sln"))) return dir.FullName;
        throw new InvalidOperationException("MlCost.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mlcost-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
