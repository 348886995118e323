namespace MlCost.Pricing.Cache;

/// <summary>
/// Where the tool reads prices from: <c>--cache DIR</c>, else <c>MLCOST_PRICING_CACHE</c>, else the user's
/// cache (<c>$XDG_CACHE_HOME/mlcost/pricing-cache</c> or <c>~/.cache/mlcost/pricing-cache</c>) when it exists,
/// else the snapshot bundled beside the tool.
/// </summary>
public static class CacheLocation
{
    public const string EnvironmentVariable = "MLCOST_PRICING_CACHE";

    public static (string Directory, string Origin) Resolve(string? option)
    {
        if (!string.IsNullOrEmpty(option)) return (option, "--cache");
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return (fromEnvironment, EnvironmentVariable);
        var user = UserCache();
        if (File.Exists(Path.Combine(user, CacheManifest.FileName))) return (user, "user cache");
        return (Bundled, "bundled snapshot");
    }

    /// <summary>Where `prices refresh` and `prices import` write when no --cache is given.</summary>
    public static string WriteTarget(string? option) =>
        !string.IsNullOrEmpty(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : UserCache();

    public static string UserCache()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "mlcost", "pricing-cache");
    }

    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "pricing-cache");
}
