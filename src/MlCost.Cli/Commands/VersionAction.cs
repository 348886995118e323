using System.CommandLine;
using System.CommandLine.Invocation;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost --version</c>: the tool's version, the prices it would read (how many, and their publication dates), and
/// which cache holds them, one per line, so a report can be traced to both (the first two lines hold no local path).
/// </summary>
internal sealed class VersionAction(TextWriter stdout, CliOptions options) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine($"mlcost {MlCost.Reports.Text.ToolVersion.Current}");
        var (directory, origin) = options.ResolveCache(parseResult);
        try
        {
            var cache = MlCost.Pricing.Cache.PriceCache.Open(directory, origin);
            var dates = cache.Manifest.Files.Select(f => f.PublicationDate).Where(d => d.Length >= 10 && char.IsDigit(d[0])).Select(d => d[..10]).Order(StringComparer.Ordinal).ToList();
            stdout.WriteLine($"prices: {cache.Manifest.Files.Sum(f => f.Prices):#,##0} in {cache.Manifest.Files.Count} files" +
                             (dates.Count > 0 ? $", published {dates[0]} to {dates[^1]}" : ""));
        }
        catch (MlCost.Pricing.Cache.PriceCacheException e)
        {
            stdout.WriteLine($"prices: none readable: {e.Message}");
        }
        stdout.WriteLine($"cache: {origin}, {directory}");
        return App.Ok;
    }
}
