using System.CommandLine;
using System.Text.Json;
using MlCost.Reports.Text;
using MlCost.Pricing.Model;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices list</c>: which services and regions the cache holds, how old, how trustworthy.</summary>
internal static partial class PricesList
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var format = CliOptions.Format("table", "json", "csv");
        var command = new Command("list", "List the services and regions in the price cache, with publication dates and quality") { format };
        command.SetAction(parsed =>
        {
            var cache = options.OpenCache(parsed);
            var files = cache.Manifest.Files;
            switch (parsed.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(new
                    {
                        cache = new { directory = Path.GetFullPath(cache.Directory), origin = cache.Origin },
                        files = files.Select(f => new { f.Service, f.Region, f.Prices, f.PublicationDate, f.Quality, f.Sources, f.Path, f.Sha256, f.Terms }),
                        verified = false,
                    }, Json.Options));
                    break;
                case "csv":
                    var csv = new CsvWriter(stdout);
                    csv.Row("service", "region", "prices", "publicationDate", "quality", "path", "sha256", "terms");
                    foreach (var f in files) csv.Row(f.Service, f.Region, f.Prices.ToString(Numbers.Culture), f.PublicationDate, f.Quality, f.Path, f.Sha256, f.Terms ?? "");
                    break;
                default:
                    stdout.WriteLine($"Price cache: {Path.GetFullPath(cache.Directory)} ({cache.Origin})");
                    stdout.WriteLine();
                    var table = new TextTable(new("Service"), new("Prices", AlignRight: true), new("Published"), new("Quality"), new("Regions", Flexible: true));
                    foreach (var service in Service.All)
                    {
                        var mine = files.Where(f => f.Service == service.OfferCode).ToList();
                        if (mine.Count == 0) continue;
                        var published = mine.Select(f => LeadingDate().Match(f.PublicationDate).Value).Where(d => d.Length > 0).Distinct().Order().DefaultIfEmpty("unknown").ToList();
                        var qualities = string.Join(", ", mine.Select(f => f.Quality).Distinct().Order());
                        var regions = cache.Manifest.Regions(service);
                        table.Add(service.ShortName, Numbers.Count(mine.Sum(f => f.Prices)),
                            published.Count == 1 ? published[0] : $"{published[0]}…{published[^1]}", qualities,
                            $"{regions.Count}: {string.Join(" ", regions)}");
                    }
                    table.Write(stdout, options.Width);
                    stdout.WriteLine();
                    TextTable.WriteWrapped(stdout, "Read from the manifest alone: the files' checksums were not verified here (`mlcost prices verify` checks every file; every command checks each file it reads).", options.Width, "  ");
                    if (files.Any(f => f.Quality != PriceQuality.PriceList))
                    {
                        stdout.WriteLine();
                        TextTable.WriteWrapped(stdout, "secondary: quoted by a third party, not read from an AWS price file; import AWS price files (`mlcost prices import`) to replace them.", options.Width, "  ");
                    }
                    break;
            }
            return App.Ok;
        });
        return command;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(-\d{2}){0,2}")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();
}
