namespace MlCost.Pricing.Cache;

/// <summary>
/// Where the tool reads prices from: <c>--cache DIR</c>, else <c>MLCOST_PRICING_CACHE</c>, else the user's
/// cache (<c>$XDG_CACHE_HOME/mlcost/pricing-cache</c> or <c>~/.cache/mlcost/pricing-cache</c>) when it exists,
/// else the snapshot bundled beside the tool.
/// </summary>
public static class CacheLocation
{
    public const string EnvironmentVariable = "MLCOST_PRICING_CACHE";

    /// <param name="environment">Reads an environment variable (the process's when null; tests give their own).</param>
    public static (string Directory, string Origin) Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrEmpty(option)) return (option, "--cache");
        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return (fromEnvironment, EnvironmentVariable);
        var user = UserCache(environment);
        if (File.Exists(Path.Combine(user, CacheManifest.FileName))) return (user, "user cache");
        return (Bundled, "bundled snapshot");
    }

    /// <summary>Where `prices refresh` and `prices import` write when no --cache is given.</summary>
    public static string WriteTarget(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return !string.IsNullOrEmpty(option) ? option
            : environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : UserCache(environment);
    }

    public static string UserCache(Func<string, string?>? environment = null)
    {
        var xdg = (environment ?? Environment.GetEnvironmentVariable)("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "mlcost", "pricing-cache");
    }

    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "pricing-cache");
}
