namespace MlCost.Pricing.Cache;

/// <summary>A price cache that cannot be trusted or used: names the file and what is wrong with it.</summary>
public sealed class PriceCacheException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;

    public string Problem { get; } = problem;
}
