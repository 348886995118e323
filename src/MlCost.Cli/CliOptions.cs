using System.CommandLine;
using MlCost.Pricing.Cache;

namespace MlCost.Cli;

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> Cache = new("--cache")
    {
        Description = $"Price cache folder to use (default: ${CacheLocation.EnvironmentVariable}, else the user cache when it exists, else the bundled snapshot)",
        Recursive = true,
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Opens the cache the options point at, saying which one it is.</summary>
    public static PriceCache OpenCache(ParseResult parsed)
    {
        var (directory, origin) = CacheLocation.Resolve(parsed.GetValue(Cache));
        return PriceCache.Open(directory, origin);
    }
}
