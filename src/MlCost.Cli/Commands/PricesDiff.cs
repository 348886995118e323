using System.CommandLine;
using System.Text.Json;
using MlCost.Pricing.Cache;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices diff [OLD] [NEW]</c>: which prices were added, removed or changed between two caches.</summary>
internal static class PricesDiff
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var old = new Argument<string?>("OLD") { Description = "The earlier cache folder (default: the bundled snapshot)", Arity = ArgumentArity.ZeroOrOne };
        var now = new Argument<string?>("NEW") { Description = "The later cache folder (default: the cache the tool reads: --cache, $MLCOST_PRICING_CACHE or the user cache)", Arity = ArgumentArity.ZeroOrOne };
        var format = CliOptions.Format("table", "json", "csv");
        var command = new Command("diff", "Show the prices added, removed and changed between two caches (old → new, percent)") { old, now, format };
        command.SetAction(parsed =>
        {
            var before = PriceCache.Open(parsed.GetValue(old) ?? CacheLocation.Bundled, "OLD");
            var (directory, origin) = parsed.GetValue(now) is { } given ? (given, "NEW") : options.ResolveCache(parsed);
            var after = PriceCache.Open(directory, origin);
            var changes = CacheDiff.Between(before, after);
            switch (parsed.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(new
                    {
                        old = Path.GetFullPath(before.Directory),
                        @new = Path.GetFullPath(after.Directory),
                        changes = changes.Select(c => new { kind = c.Kind.ToString().ToLowerInvariant(), c.Service, c.Region, c.Name, c.RateCode, c.Unit, c.TermType, oldUsd = c.OldUsd, newUsd = c.NewUsd, percent = c.Percent }),
                    }, Json.Options));
                    break;
                case "csv":
                    var csv = new CsvWriter(stdout);
                    csv.Row("kind", "service", "region", "name", "rateCode", "unit", "termType", "oldUsd", "newUsd", "percent");
                    foreach (var c in changes)
                        csv.Row(c.Kind.ToString().ToLowerInvariant(), c.Service, c.Region, c.Name, c.RateCode, c.Unit, c.TermType,
                            c.OldUsd is { } o ? Numbers.Plain(o) : "", c.NewUsd is { } n ? Numbers.Plain(n) : "", c.Percent is { } p ? Numbers.Plain(Math.Round(p, 4)) : "");
                    break;
                default:
                    stdout.WriteLine($"{Path.GetFullPath(before.Directory)} → {Path.GetFullPath(after.Directory)}: " +
                                     $"{changes.Count(c => c.Kind == PriceChangeKind.Changed)} changed, {changes.Count(c => c.Kind == PriceChangeKind.Added)} added, {changes.Count(c => c.Kind == PriceChangeKind.Removed)} removed");
                    if (changes.Count == 0) break;
                    stdout.WriteLine();
                    var table = new TextTable(new("Change"), new("Service"), new("Region"), new("Price", Flexible: true), new("Old", AlignRight: true), new("New", AlignRight: true), new("%", AlignRight: true));
                    foreach (var c in changes)
                        table.Add(c.Kind.ToString().ToLowerInvariant(), c.Service, c.Region, c.Name,
                            c.OldUsd is { } o ? Numbers.UnitPrice(o) : "–", c.NewUsd is { } n ? Numbers.UnitPrice(n) : "–",
                            c.Percent is { } p ? p.ToString("+0.##;-0.##;0", Numbers.Culture) : "");
                    table.Write(stdout, options.Width);
                    break;
            }
            return App.Ok;
        });
        return command;
    }
}
