using System.CommandLine;
using System.Text.Json;
using MlCost.Reports.Text;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices import PATH...</c>: build the cache from AWS price files on disk.</summary>
internal static class PricesImport
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Price files or folders: offer files (JSON/CSV), pricing-page JSON with locations.json, Savings Plans files, GetProducts responses, published-prices.csv",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CliOptions.Format("text", "json");
        var verbose = new Option<bool>("--verbose") { Description = "Also list every file read and every conflict settled" };
        var command = new Command("import", "Build the price cache from price files on disk (replaces the files for the services and regions imported; keeps the rest)")
        {
            paths, format, verbose,
        };
        command.SetAction(parsed =>
        {
            var target = options.WriteTarget(parsed);
            var result = PriceImporter.Import(parsed.GetValue(paths)!);
            if (result.Files.Count == 0)
                throw new UserError("the paths hold no prices MlCost can import; nothing was written.");
            var manifest = PriceCacheWriter.Write(target, result.Files);
            var prices = result.Files.Sum(f => f.Prices.Count);
            if (parsed.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    cache = Path.GetFullPath(target),
                    filesWritten = result.Files.Count,
                    pricesWritten = prices,
                    filesInCache = manifest.Files.Count,
                    read = result.Report.Read,
                    skipped = result.Report.Skipped,
                    decisions = result.Report.Decisions,
                }, Json.Options));
                return App.Ok;
            }
            stdout.WriteLine($"Wrote {result.Files.Count} price files ({Numbers.Count(prices)} prices) to {Path.GetFullPath(target)}; the cache now holds {manifest.Files.Count} files.");
            ImportReportText.Write(stdout, result.Report, parsed.GetValue(verbose));
            return App.Ok;
        });
        return command;
    }
}
