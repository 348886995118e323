using System.Text;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>The prices of one service in one region: the unit the cache stores as one file.</summary>
public sealed record PriceFileContents(Service Service, string Region, IReadOnlyList<PriceRecord> Prices);

public sealed record ImportResult(IReadOnlyList<PriceFileContents> Files, ImportReport Report);

/// <summary>
/// Reads price files in any format MlCost knows (files or folders, formats recognised by content),
/// normalizes them, settles conflicts by provenance, and groups the result per service and region.
/// Files that hold no prices (indexes, notes) are listed as skipped. Any unreadable price file fails the
/// whole import, naming the file and line, so a cache is never built from part of the data.
/// </summary>
public static class PriceImporter
{
    public static ImportResult Import(IReadOnlyList<string> paths)
    {
        var report = new ImportReport();
        var files = Expand(paths);
        var kinds = files.Select(f => (f.Path, f.Source, Kind: PriceFileKinds.Detect(f.Path))).ToList();

        var locations = Locations.Empty;
        foreach (var (path, source, _) in kinds.Where(k => k.Kind == PriceFileKind.Locations))
        {
            locations = locations.With(ReadFile(path, source, Locations.Read));
            report.Source($"{source}: {locations.Count} location names");
        }

        var records = new List<PriceRecord>();
        foreach (var (path, source, kind) in kinds)
        {
            var before = records.Count;
            switch (kind)
            {
                case PriceFileKind.PricingPage:
                    var page = ReadFile(path, source, PricingPageReader.Read);
                    var service = Service.Find(page.ServiceId) ?? Service.All.FirstOrDefault(s => s.ShortName == page.ServiceId);
                    if (service is null) { report.Skip($"{source}: service \"{page.ServiceId}\" is not one MlCost prices"); continue; }
                    records.AddRange(PricingPageImport.Records(page, service, locations, source, report));
                    break;
                case PriceFileKind.OfferJson:
                    records.AddRange(ReadOffer(path, source, locations, report, (stream, sink) => OfferFileReader.Read(stream, sink)));
                    break;
                case PriceFileKind.OfferCsv:
                    records.AddRange(ReadOffer(path, source, locations, report,
                        (stream, sink) => OfferCsvReader.Read(new StreamReader(stream, Encoding.UTF8), sink)));
                    break;
                case PriceFileKind.GetProducts:
                    records.AddRange(ReadOffer(path, source, locations, report, (stream, sink) =>
                    {
                        var pageOfProducts = GetProductsResponseReader.Read(stream);
                        foreach (var item in pageOfProducts.Items)
                        {
                            sink.Product(item.Product);
                            foreach (var term in item.Terms) sink.Term(term);
                        }
                        var first = pageOfProducts.Items.FirstOrDefault();
                        return new OfferFileHeader("aws_v1", first?.Product.Attributes.GetValueOrDefault("servicecode"), first?.Version, first?.PublicationDate);
                    }));
                    break;
                case PriceFileKind.PublishedTable:
                    records.AddRange(ReadFile(path, source, stream =>
                        PublishedPriceTableImport.Records(new StreamReader(stream, Encoding.UTF8), source, report).ToList()));
                    break;
                case PriceFileKind.BedrockPriceTable:
                    records.AddRange(ReadFile(path, source, stream =>
                        BedrockPriceTableImport.Records(new StreamReader(stream, Encoding.UTF8), source, report).ToList()));
                    break;
                case PriceFileKind.SavingsPlans:
                    records.AddRange(ReadFile(path, source, stream => SavingsPlanImport.Records(SavingsPlanFileReader.Read(stream), source, report).ToList()));
                    break;
                case PriceFileKind.Locations:
                    continue;
                default:
                    report.Skip($"{source}: {PriceFileKinds.Describe(kind)}");
                    continue;
            }
            report.Source($"{source}: {records.Count - before} prices");
        }

        var settled = ConflictResolution.Settle(records, report);
        var grouped = settled
            .GroupBy(r => (Service: Service.Find(r.Service)!, r.Region))
            .OrderBy(g => g.Key.Service.ShortName, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(g => new PriceFileContents(g.Key.Service, g.Key.Region, PriceOrder.Sort(g)))
            .ToList();
        return new ImportResult(grouped, report);
    }

    private static IEnumerable<PriceRecord> ReadOffer(string path, string source, Locations locations, ImportReport report,
        Func<Stream, IOfferFileSink, OfferFileHeader> read)
    {
        var sink = new OfferFileImport(locations, source, report);
        var header = ReadFile(path, source, stream => read(stream, sink));
        return sink.Records(header).ToList();
    }

    private static T ReadFile<T>(string path, string source, Func<Stream, T> read)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (PriceFileException e)
        {
            throw e.InFile(source);
        }
    }

    private static readonly string[] PriceFileExtensions = [".json", ".csv", ".yml", ".yaml"];

    /// <summary>Files named directly, and the .json/.csv/.yml files under folders, in a stable order.</summary>
    private static List<(string Path, string Source)> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add((path, Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
                files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => PriceFileExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, $"{name}/{Path.GetRelativePath(root, f).Replace('\\', '/')}")));
            }
            else
            {
                throw new PriceFileException("no such file or folder") { File = path };
            }
        }
        return files;
    }
}
