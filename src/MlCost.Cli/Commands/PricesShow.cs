using System.CommandLine;
using System.Text.Json;
using MlCost.Reports.Text;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices show SERVICE</c>: every price of a service in a region, down to the rate code.</summary>
internal static class PricesShow
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var service = new Argument<string>("SERVICE")
        {
            Description = $"Service short name or Price List offer code: {string.Join(", ", Service.All.Select(s => s.ShortName))}",
        };
        var region = new Option<string>("--region") { Description = "Region code", DefaultValueFactory = _ => "us-east-1" };
        var filter = new Option<string?>("--filter") { Description = "Only prices whose name, SKU, rate code, unit or attributes contain this text" };
        var instanceType = new Option<string?>("--instance-type") { Description = "SageMaker only: prices for this instance type (ml.g5.xlarge)" };
        var component = new Option<string?>("--component")
        {
            Description = $"SageMaker only: {string.Join(", ", SageMakerComponent.InstanceComponents)}, Serverless, Storage, ...",
        };
        var format = CliOptions.Format("table", "json", "csv");
        var command = new Command("show", "Show the prices of a service in a region, tier by tier, with SKU and rate codes")
        {
            service, region, filter, instanceType, component, format,
        };
        command.SetAction(parsed =>
        {
            var chosen = FindService(parsed.GetValue(service)!);
            var cache = options.OpenCache(parsed);
            var regionCode = parsed.GetValue(region)!;
            var prices = new PriceBook(cache).Prices(chosen, regionCode).AsEnumerable();

            if (parsed.GetValue(instanceType) is { } instance)
            {
                var known = prices.Select(p => p.Attribute(Attr.InstanceName)).OfType<string>().Distinct().ToList();
                if (!known.Contains(instance, StringComparer.OrdinalIgnoreCase))
                    throw new UserError(known.Count == 0
                        ? $"{chosen.DisplayName} prices in {regionCode} have no instance types."
                        : $"the cache has no {chosen.DisplayName} price for instance type \"{instance}\" in {regionCode}.{CloseMatches.Suggestion(instance, known)}");
                prices = prices.Where(p => string.Equals(p.Attribute(Attr.InstanceName), instance, StringComparison.OrdinalIgnoreCase));
            }
            if (parsed.GetValue(component) is { } wanted)
            {
                var known = prices.Select(p => p.Attribute(Attr.Component)).OfType<string>().Distinct().ToList();
                if (!known.Contains(wanted, StringComparer.OrdinalIgnoreCase))
                    throw new UserError($"no {chosen.DisplayName} prices in {regionCode} have component \"{wanted}\".{CloseMatches.Suggestion(wanted, known)} Components: {string.Join(", ", known.Order())}.");
                prices = prices.Where(p => string.Equals(p.Attribute(Attr.Component), wanted, StringComparison.OrdinalIgnoreCase));
            }
            if (parsed.GetValue(filter) is { Length: > 0 } text) prices = prices.Where(p => Matches(p, text));
            var shown = prices.OrderBy(PriceNames.Describe, StringComparer.Ordinal).ThenBy(p => p.Sku, StringComparer.Ordinal).ToList();

            switch (parsed.GetValue(format))
            {
                case "json": WriteJson(stdout, shown); break;
                case "csv": WriteCsv(stdout, shown); break;
                default: WriteTable(stdout, chosen, regionCode, shown, cache.Origin, options.Width); break;
            }
            return App.Ok;
        });
        return command;
    }

    internal static Service FindService(string name) =>
        Service.Find(name) ?? throw new UserError(
            $"unknown service \"{name}\".{CloseMatches.Suggestion(name, Service.All.SelectMany(s => new[] { s.ShortName, s.OfferCode }))} Services: {string.Join(", ", Service.All.Select(s => s.ShortName))}.");

    private static bool Matches(PriceRecord p, string text) =>
        new[] { PriceNames.Describe(p), p.Sku, p.Unit, p.Description ?? "" }
            .Concat(p.Attributes.Values).Concat(p.Tiers.Select(t => t.RateCode))
            .Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static void WriteTable(TextWriter stdout, Service service, string region, IReadOnlyList<PriceRecord> prices, string origin, int width)
    {
        TextTable.WriteWrapped(stdout, $"{service.DisplayName} ({service.OfferCode}), {region}: {prices.Count} price(s) from the {origin}", width);
        stdout.WriteLine();
        var table = new TextTable(new("Price / rate code", Flexible: true), new("Unit"), new("Tier"), new("USD per unit", AlignRight: true));
        foreach (var p in prices)
        {
            table.Add(PriceNames.Describe(p) + (p.Quality == PriceQuality.PriceList ? "" : " *"), p.Unit, "", "");
            foreach (var tier in p.Tiers)
                table.Add("  " + tier.RateCode, "", p.IsFlat ? "flat" : Numbers.Range(tier.Begin, tier.End), Numbers.UnitPrice(tier.UsdPerUnit));
        }
        table.Write(stdout, width);
        var dates = prices.Select(p => p.PublicationDate).Distinct().Order(StringComparer.Ordinal).ToList();
        stdout.WriteLine();
        if (dates.Count > 0) TextTable.WriteWrapped(stdout, $"Published: {string.Join("; ", dates)}", width, "  ");
        if (prices.Any(p => p.Quality != PriceQuality.PriceList))
            TextTable.WriteWrapped(stdout, "* secondary: quoted by a third party, not read from an AWS price file (sources: --format json).", width, "  ");
    }

    private static void WriteJson(TextWriter stdout, IReadOnlyList<PriceRecord> prices) =>
        stdout.WriteLine(JsonSerializer.Serialize(prices.Select(p => new
        {
            name = PriceNames.Describe(p),
            service = p.Service,
            region = p.Region,
            sku = p.Sku,
            productFamily = p.ProductFamily,
            attributes = p.Attributes,
            unit = p.Unit,
            termType = p.TermType,
            termAttributes = p.TermAttributes.Count > 0 ? p.TermAttributes : null,
            tiers = p.Tiers.Select(t => new { begin = t.Begin, end = t.End, usdPerUnit = t.UsdPerUnit, rateCode = t.RateCode }),
            upfrontFeeUsd = p.UpfrontFeeUsd,
            description = p.Description,
            source = p.Source,
            publicationDate = p.PublicationDate,
            quality = p.Quality,
            note = p.Note,
        }), Json.OptionsWithNulls));

    private static void WriteCsv(TextWriter stdout, IReadOnlyList<PriceRecord> prices)
    {
        var csv = new CsvWriter(stdout);
        csv.Row("service", "region", "name", "sku", "rateCode", "unit", "termType", "begin", "end", "usdPerUnit", "quality", "publicationDate", "source");
        foreach (var p in prices)
            foreach (var t in p.Tiers)
                csv.Row(p.Service, p.Region, PriceNames.Describe(p), p.Sku, t.RateCode, p.Unit, p.TermType, Numbers.Plain(t.Begin),
                    t.End is { } end ? Numbers.Plain(end) : "Inf", Numbers.Plain(t.UsdPerUnit), p.Quality, p.PublicationDate, p.Source);
    }
}
