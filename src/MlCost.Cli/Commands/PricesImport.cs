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
        var replace = new Option<bool>("--replace")
        {
            Description = "Replace the whole file of each service and region imported, and start a new cache from nothing (default: merge price by price into what the tool reads now)",
        };
        var command = new Command("import", "Import price files on disk into the cache: each price replaces the same SKU's, everything else is kept")
        {
            paths, format, verbose, replace,
        };
        command.SetAction(parsed =>
        {
            var target = options.WriteTarget(parsed);
            var result = PriceImporter.Import(parsed.GetValue(paths)!);
            if (result.Files.Count == 0)
                throw new UserError("the paths hold no prices MlCost can import; nothing was written.");
            // An import starts from the prices the tool reads now: the target cache, or — when it has none yet —
            // the cache the tool would read instead (the bundled snapshot), so one imported price never leaves a
            // cache that knows nothing else.
            var startFrom = HasManifest(target) ? target
                : parsed.GetValue(replace) ? null
                : options.ResolveCache(parsed) is var (read, _) && HasManifest(read) ? read
                : HasManifest(CacheLocation.Bundled) ? CacheLocation.Bundled : null;
            var current = startFrom is null ? null : PriceCache.Open(startFrom);
            var (files, merged) = ImportMerge.Merge(current, result.Files, parsed.GetValue(replace));
            var manifest = PriceCacheWriter.Write(target, files, startFrom);
            var prices = result.Files.Sum(f => f.Prices.Count);
            if (parsed.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    cache = Path.GetFullPath(target),
                    filesWritten = result.Files.Count,
                    pricesWritten = prices,
                    filesInCache = manifest.Files.Count,
                    startedFrom = startFrom is null ? null : Path.GetFullPath(startFrom),
                    added = merged.Added,
                    replaced = merged.Replaced,
                    removed = merged.Removed,
                    read = result.Report.Read,
                    skipped = result.Report.Skipped,
                    decisions = result.Report.Decisions,
                }, Json.Options));
                return App.Ok;
            }
            stdout.WriteLine($"Wrote the prices of {files.Count} service/region pairs ({Numbers.Count(prices)} prices imported) to {Path.GetFullPath(target)}; the cache now holds {manifest.Files.Count} files.");
            stdout.WriteLine(startFrom is null
                ? $"A new cache of these prices alone: {Numbers.Count(merged.Added)} added."
                : $"Started from {(Path.GetFullPath(startFrom) == Path.GetFullPath(target) ? "the cache itself" : Path.GetFullPath(startFrom))}: {Numbers.Count(merged.Added)} prices added, {Numbers.Count(merged.Replaced)} replaced, {Numbers.Count(merged.Removed)} removed{(parsed.GetValue(replace) ? " (--replace: whole files)" : "")}.");
            ImportReportText.Write(stdout, result.Report, parsed.GetValue(verbose));
            return App.Ok;
        });
        return command;
    }

    private static bool HasManifest(string directory) => File.Exists(Path.Combine(directory, CacheManifest.FileName));
}
