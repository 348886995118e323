using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Import;

/// <summary>
/// Reads the table of published prices (<c>published-prices.csv</c>: service, region, product, usage, unit,
/// begin_range, end_range, usd_per_unit, source, source_date) for SageMaker, the one service no AWS price
/// file covers here. Its prices are quotes (bills, other tools, third-party text), so they are
/// <see cref="PriceQuality.Secondary"/>. Rows of the AI services are not imported from it: their AWS
/// files are read directly.
/// </summary>
internal static partial class PublishedPriceTableImport
{
    public static readonly string[] Header =
        ["service", "region", "product", "usage", "unit", "begin_range", "end_range", "usd_per_unit", "source", "source_date"];

    /// <summary>The region the FMBench table's figures match (its ml.m5.xlarge Hosting price equals us-east-1's).</summary>
    private const string UnstatedRegionAssumption = "us-east-1";

    public static IEnumerable<PriceRecord> Records(TextReader text, string source, ImportReport report)
    {
        var csv = new CsvRecords(text);
        var header = csv.Next();
        if (header is null || !header.SequenceEqual(Header))
            throw new PriceFileException($"the header should be {string.Join(',', Header)}", 1);
        var others = 0;
        while (csv.Next() is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count != Header.Length) throw new PriceFileException($"row has {row.Count} fields, not {Header.Length}", csv.Line);
            if (row[0] != Service.SageMaker.OfferCode)
            {
                others++;
                continue;
            }
            var record = SageMakerRow(row, source, csv.Line);
            if (record is null) report.Skip($"{source}, line {csv.Line}: SageMaker row \"{row[2]}\" / \"{row[3]}\" is not a price MlCost can place; skipped");
            else yield return record;
        }
        if (others > 0) report.Skip($"{source}: {others} rows of AI services not imported from this table (their AWS pricing-page files are read instead)");
    }

    private static PriceRecord? SageMakerRow(List<string> row, string file, long line)
    {
        var (region, product, usage, unit, beginText, endText, usdText, quote, date) =
            (row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]);
        var usd = PriceNumber.Parse(usdText) ?? throw new PriceFileException($"usd_per_unit '{usdText}' is not a number", line);
        string? note = null;
        if (region.StartsWith("not stated", StringComparison.Ordinal))
        {
            region = UnstatedRegionAssumption;
            note = "the source does not state its region; its figures match us-east-1 Hosting prices from the Price List, so it is filed under us-east-1";
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [Attr.Usage] = $"{product} — {usage}" };
        var termType = TermType.OnDemand;
        var termAttributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        string? component;
        if (product.StartsWith("ml.", StringComparison.Ordinal))
        {
            attributes[Attr.InstanceName] = product;
            component = InstanceComponent(usage);
            if (usage.Contains("Savings Plan", StringComparison.Ordinal))
            {
                termType = TermType.SavingsPlan;
                termAttributes = termAttributes.Add("LeaseContractLength", usage.Contains("1yr") ? "1yr" : "3yr")
                    .Add("PurchaseOption", new[] { "No Upfront", "Partial Upfront", "All Upfront" }.First(o => usage.Contains(o) || o == "All Upfront"));
            }
        }
        else if (usage.StartsWith("ServerlessInference", StringComparison.Ordinal)) component = SageMakerComponent.Serverless;
        else if (usage.StartsWith("ProvisionedConcurrency", StringComparison.Ordinal))
        {
            component = SageMakerComponent.ProvisionedConcurrency;
            // PR 3567 names the rate of each row first in its quote ("warm 400,000 s", "execution 400,000 s").
            if (ProvisionedConcurrencyRole().Match(quote) is { Success: true } role) attributes["role"] = role.Groups[1].Value;
        }
        else if (usage == "Storage")
        {
            component = SageMakerComponent.Storage;
            attributes["storageFor"] = StorageFor(product);
        }
        else if (usage.StartsWith("Hosting data", StringComparison.Ordinal)) component = SageMakerComponent.DataProcessed;
        else return null;
        if (component is null) return null;
        attributes[Attr.Component] = component;
        if (MemoryGb(product, usage) is { } memoryGb) attributes[Attr.MemoryGb] = memoryGb;

        // A quoted SKU is kept; otherwise the record gets a name that says it is not an AWS SKU.
        var sku = QuotedSku().Match(quote) is { Success: true } quoted ? quoted.Groups[1].Value
            : string.Join(':', new[]
            {
                "secondary", component, attributes.GetValueOrDefault(Attr.InstanceName),
                attributes.GetValueOrDefault(Attr.MemoryGb) is { } gb ? gb + "GB" : null,
                attributes.GetValueOrDefault("storageFor"), attributes.GetValueOrDefault("role"),
            }.OfType<string>());
        if (!PriceNumber.TryParseEnd(endText, out var end)) throw new PriceFileException($"end_range '{endText}' is not a number or Inf", line);
        var begin = beginText.Length == 0 ? 0 : PriceNumber.Parse(beginText) ?? 0;
        return new PriceRecord
        {
            Service = Service.SageMaker.OfferCode,
            Region = region,
            Sku = sku,
            ProductFamily = component switch
            {
                SageMakerComponent.Serverless or SageMakerComponent.ProvisionedConcurrency => "ML Serverless",
                SageMakerComponent.Storage => "Storage",
                SageMakerComponent.DataProcessed => "Data Transfer",
                _ => "ML Instance",
            },
            Attributes = attributes.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Unit = unit,
            TermType = termType,
            TermAttributes = termAttributes,
            Tiers = [new PriceTier(begin, end, usd, sku)],
            Description = $"{product} ({usage})",
            Source = $"{file}: {quote}",
            PublicationDate = date,
            Quality = PriceQuality.Secondary,
            SourceKind = note is not null ? SourceKind.RegionlessTable
                : quote.Contains("AWS bill", StringComparison.Ordinal) ? SourceKind.AwsBill
                : quote.Contains("infracost", StringComparison.OrdinalIgnoreCase) ? SourceKind.PriceListTool
                : SourceKind.PublishedText,
            Note = note,
        };
    }

    private static string? InstanceComponent(string usage)
    {
        var word = usage.Split([' ', '('], 2)[0];
        return word switch
        {
            "AsyncInference" => SageMakerComponent.AsyncInference,
            _ => SageMakerComponent.InstanceComponents.FirstOrDefault(c => c == word),
        };
    }

    private static string StorageFor(string product) => product switch
    {
        _ when product.StartsWith("Endpoint", StringComparison.Ordinal) || product.StartsWith("Hosting", StringComparison.Ordinal) => SageMakerComponent.Hosting,
        _ when product.StartsWith("Training", StringComparison.Ordinal) => SageMakerComponent.Training,
        _ when product.StartsWith("Processing", StringComparison.Ordinal) => SageMakerComponent.Processing,
        _ when product.StartsWith("Notebook", StringComparison.Ordinal) => SageMakerComponent.Notebook,
        _ => product,
    };

    [GeneratedRegex(@"\bSKU ([A-Z0-9]{16})\b")]
    private static partial Regex QuotedSku();

    [GeneratedRegex("\"(warm|execution) ")]
    private static partial Regex ProvisionedConcurrencyRole();

    /// <summary>Serverless memory from "ServerlessInf:Mem-2GB", "Serverless 3 GB" or "Serverless 2048 MB".</summary>
    private static string? MemoryGb(string product, string usage)
    {
        if (MemoryInUsage().Match(usage) is { Success: true } inUsage) return inUsage.Groups[1].Value;
        if (MemoryInProduct().Match(product) is not { Success: true } inProduct) return null;
        var size = int.Parse(inProduct.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (inProduct.Groups[2].Value == "MB" ? size / 1024 : size).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Mem-(\d+)GB")]
    private static partial Regex MemoryInUsage();

    [GeneratedRegex(@"Serverless (\d+) (GB|MB)")]
    private static partial Regex MemoryInProduct();
}
