using System.CommandLine;
using MlCost.Pricing.Cache;

namespace MlCost.Cli;

/// <summary>
/// What the commands of one run share: the --cache option (an instance per run, so runs never share parser
/// state) and the environment the run reads its defaults from.
/// </summary>
internal sealed class CliOptions(Func<string, string?> environment, int? terminalWidth = null)
{
    /// <summary>
    /// How wide tables are drawn: $COLUMNS when set, else the terminal's width when output goes to one, else 80 (output
    /// redirected to a file or a pipe reads the same everywhere).
    /// </summary>
    public int Width { get; } = int.TryParse(environment("COLUMNS"), out var columns) && columns > 0
        ? Math.Clamp(columns, 40, 1000)
        : terminalWidth is > 0 ? Math.Clamp(terminalWidth.Value, 40, 1000) : 80;

    /// <summary>No colour on the terminal when NO_COLOR is set to anything (https://no-color.org).</summary>
    public bool NoColor => environment("NO_COLOR") is { Length: > 0 };

    public Option<string?> Cache { get; } = new("--cache")
    {
        Description = $"Price cache folder to use (default: ${CacheLocation.EnvironmentVariable}, else the user cache when it exists, else the bundled snapshot)",
        Recursive = true,
    };

    /// <summary>Reads an environment variable of this run.</summary>
    public string? Environment(string name) => environment(name);

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

    /// <summary>The cache the options point at, and which one it is.</summary>
    public (string Directory, string Origin) ResolveCache(ParseResult parsed) => CacheLocation.Resolve(parsed.GetValue(Cache), environment);

    /// <summary>Opens the cache the options point at, saying which one it is.</summary>
    public PriceCache OpenCache(ParseResult parsed)
    {
        var (directory, origin) = ResolveCache(parsed);
        return PriceCache.Open(directory, origin);
    }

    /// <summary>Where `prices import` and `prices refresh` write.</summary>
    public string WriteTarget(ParseResult parsed) => CacheLocation.WriteTarget(parsed.GetValue(Cache), environment);
}
