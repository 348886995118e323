using System.CommandLine;
using System.Text.Json;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices verify</c>: read every file of the cache and check it against the manifest.</summary>
internal static class PricesVerify
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var format = CliOptions.Format("text", "json");
        var command = new Command("verify", "Check every price file against the cache's manifest (present, SHA-256, price count, format); exit 2 when any is damaged")
        {
            format,
        };
        command.SetAction(parsed =>
        {
            var cache = options.OpenCache(parsed);
            var results = cache.Verify();
            var damaged = results.Where(r => r.Problem is not null).ToList();
            if (parsed.GetValue(format) == "json")
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    cache = new { directory = Path.GetFullPath(cache.Directory), origin = cache.Origin },
                    verified = results.Count - damaged.Count,
                    damaged = damaged.Select(d => new { path = d.Path, problem = d.Problem }),
                }, Json.Options));
            else
            {
                stdout.WriteLine($"Price cache: {Path.GetFullPath(cache.Directory)} ({cache.Origin})");
                stdout.WriteLine($"{results.Count - damaged.Count} of {results.Count} files match the manifest.");
                foreach (var (_, problem) in damaged) stdout.WriteLine($"  damaged: {problem}");
                if (damaged.Count > 0) stdout.WriteLine("Import or refresh the damaged services again (mlcost prices import / refresh) to replace them.");
            }
            return damaged.Count == 0 ? App.Ok : App.BadInput;
        });
        return command;
    }
}
