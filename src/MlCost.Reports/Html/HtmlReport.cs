using System.Net;
using System.Text.Json.Nodes;
using MlCost.Estimation;
using MlCost.Estimation.Components;
using MlCost.Reports.Charts;
using MlCost.Reports.Text;

namespace MlCost.Reports.Html;

/// <summary>
/// The breakeven report finance reads and signs off: one self-contained HTML file (no scripts, no network, no external
/// assets; a Content-Security-Policy says so to the browser) that prints to A4 or Letter. The answer first, then the
/// chart, the crossings, each option's line items, the assumptions and every price used. Everything from a scenario
/// or a price file is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    public static void Write(string path, Estimator estimator, CostReport report)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var output = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false))) Write(output, estimator, report);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static void Write(TextWriter html, Estimator estimator, CostReport report)
    {
        var crossings = CrossingRow.All(report, estimator);
        var lines = report.Options.SelectMany(o => o.LineItems).ToList();
        var dates = PublicationDates.Days(lines);
        var cheapest = report.Options.Single(o => o.Id == report.Cheapest);

        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        html.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.WriteLine($"<title>{E(report.Scenario)} — MlCost breakeven report</title>");
        html.WriteLine($"<style>{Stylesheet}</style></head><body>");

        html.WriteLine("<header>");
        html.WriteLine("<p class=\"kicker\">MlCost breakeven report · an estimate from AWS list prices, not a quote</p>");
        html.WriteLine($"<h1>{E(report.Scenario)}</h1>");
        html.WriteLine($"<p class=\"meta\">{E(report.Region)} · USD before tax · {Numbers.Count(report.HoursPerMonth)}-hour month · " +
                       $"prices published {(dates.Count == 0 ? "(no dates)" : dates.Count == 1 ? dates[0] : $"{dates[0]} to {dates[^1]}")} · written {DateTime.UtcNow:yyyy-MM-dd} by MlCost {ToolVersion.Current}</p>");
        html.WriteLine("</header>");

        html.WriteLine("<section class=\"answer\"><h2>The answer</h2>");
        html.WriteLine($"<p class=\"lead\">At {Numbers.Count(report.RequestsPerMonth)} requests a month, <strong>{E(cheapest.Id)}</strong> is cheapest: " +
                       $"<strong>{Numbers.Money(cheapest.MonthlyCostUsd)}</strong> a month" +
                       (cheapest.CostPer1000RequestsUsd is { } per ? $" ({Numbers.Money4(per)} per 1,000 requests)." : "."));
        html.WriteLine($"<p>{E(Stretches(report, estimator))}</p>");
        if (report.BreakevensInWords.Count > 0)
        {
            html.WriteLine("<p>Where two options swap places:</p><ul>");
            foreach (var words in report.BreakevensInWords) html.WriteLine($"<li>{E(words)}</li>");
            html.WriteLine("</ul>");
        }
        html.WriteLine("</section>");

        if (report.Sweep is not null)
        {
            html.WriteLine("<section><h2>Monthly cost against volume</h2><figure>");
            html.WriteLine(CostChartSvg.Write(report, crossings));
            html.WriteLine("<ul class=\"legend\">");
            foreach (var (id, i) in report.Sweep[0].CostsUsd.Keys.Select((id, i) => (id, i)))
                html.WriteLine($"<li style=\"--swatch:#{OptionColours.Of(i)}\">{E(id)}</li>");
            html.WriteLine("</ul>");
            html.WriteLine("<figcaption class=\"note\">Dotted lines: where two options cost the same. Dashed: the scenario's volume. Vertical jumps: another instance added.</figcaption></figure></section>");
        }

        html.WriteLine($"<section><h2>Where the cheaper option changes</h2>");
        if (crossings.Count == 0)
        {
            html.WriteLine($"<p>No two options swap places between {Numbers.Count(report.Range.From)} and {Numbers.Count(report.Range.To)} requests a month.</p>");
        }
        else
        {
            var tokens = crossings.Any(c => c.TokensPerMonth is not null);
            html.WriteLine("<table class=\"crossings\"><thead><tr><th class=\"num\">Requests a month</th>" + (tokens ? "<th class=\"num\">Tokens a month</th>" : "") +
                           "<th>Cheaper below</th><th>Cheaper above</th><th class=\"num\">Cost there, a month</th></tr></thead><tbody>");
            foreach (var c in crossings)
                html.WriteLine($"<tr data-volume=\"{Numbers.Plain(c.RequestsPerMonth)}\"><td class=\"num\">{Numbers.Quantity(Math.Round(c.RequestsPerMonth, 2))}</td>" +
                               (tokens ? $"<td class=\"num\">{(c.TokensPerMonth is { } t ? Numbers.Quantity(Math.Round(t, 1)) : "")}</td>" : "") +
                               $"<td>{E(c.CheaperBelow)}</td><td>{E(c.CheaperAbove)}</td><td class=\"num\">" +
                               (c.CostsMeet ? Numbers.Money(c.CostBelowUsd) : $"{Numbers.Money(c.CostBelowUsd)} → {Numbers.Money(c.CostAboveUsd)}") + "</td></tr>");
            html.WriteLine("</tbody></table>");
            if (crossings.Any(c => !c.CostsMeet))
                html.WriteLine("<p class=\"note\">Two costs (below → above) where an instance is added exactly at the crossing.</p>");
        }
        html.WriteLine("</section>");

        html.WriteLine($"<section><h2>The options at {Numbers.Count(report.RequestsPerMonth)} requests a month</h2>");
        html.WriteLine("<table class=\"ranking\"><thead><tr><th class=\"num\">#</th><th>Option</th><th>Kind</th><th class=\"num\">A month</th><th class=\"num\">Per 1,000 requests</th></tr></thead><tbody>");
        foreach (var o in report.Options)
            html.WriteLine($"<tr data-option=\"{E(o.Id)}\"{(o.Id == report.Cheapest ? " class=\"cheapest\"" : "")}><td class=\"num\">{o.Rank}</td><td>{E(o.Id)}</td><td>{E(o.Kind)}</td>" +
                           $"<td class=\"num\">{Numbers.Money(o.MonthlyCostUsd)}</td><td class=\"num\">{(o.CostPer1000RequestsUsd is { } p ? Numbers.Money4(p) : "–")}</td></tr>");
        html.WriteLine("</tbody></table>");
        foreach (var o in report.Options)
        {
            html.WriteLine($"<h3>{o.Rank}. {E(o.Id)} ({E(o.Kind)}): {Numbers.Money(o.MonthlyCostUsd)} a month</h3>");
            html.WriteLine("<table class=\"lines\"><colgroup><col class=\"w-line\"><col class=\"w-qty\"><col class=\"w-num\"><col class=\"w-num\"><col class=\"w-code\"></colgroup><thead><tr><th>Line item</th><th class=\"num\">Quantity</th><th class=\"num\">Unit price</th><th class=\"num\">Cost</th><th>Rate code</th></tr></thead><tbody>");
            foreach (var l in o.LineItems)
                html.WriteLine($"<tr{(l.Quality == "secondary" ? " class=\"secondary\"" : "")}><td>{E(l.Description)}{(l.Quality == "secondary" ? " <span class=\"badge secondary\">secondary price</span>" : "")}</td>" +
                               $"<td class=\"num qty\">{E(Numbers.LineQuantity(l.Quantity, l.Unit))}</td><td class=\"num\">{E(Numbers.LineUnitPrice(l.UnitPriceUsd, l.Unit))}</td>" +
                               $"<td class=\"num\">{Numbers.Money(l.CostUsd)}</td><td class=\"code\">{E(l.RateCode ?? "–")}</td></tr>");
            html.WriteLine("</tbody></table>");
            foreach (var note in o.Notes) html.WriteLine($"<p class=\"note\">{E(note)}</p>");
        }
        html.WriteLine("</section>");

        if (report.Ranges is { } ranges)
        {
            html.WriteLine($"<section><h2>How sure: the ranged assumptions</h2>");
            html.WriteLine($"<p>{ranges.Ranges.Count} assumption(s) given as low – base – high; every combination of their ends ({1 << ranges.Ranges.Count}) priced.</p>");
            html.WriteLine("<table class=\"bands\"><thead><tr><th>Option</th><th class=\"num\">Lowest a month</th><th class=\"num\">Highest a month</th><th>Moved most by</th></tr></thead><tbody>");
            foreach (var band in ranges.Bands)
                html.WriteLine($"<tr><td>{E(band.Option)}</td><td class=\"num\">{Numbers.Money(band.LowUsd)}</td><td class=\"num\">{Numbers.Money(band.HighUsd)}</td>" +
                               $"<td>{E(ranges.Sensitivity.Single(t => t.Option == band.Option).Swings.First().Assumption)}</td></tr>");
            html.WriteLine("</tbody></table>");
            foreach (var line in RangeText.Verdict(ranges)) html.WriteLine($"<p>{E(line)}</p>");
            html.WriteLine("</section>");
        }

        WriteAssumptions(html, estimator);
        WritePrices(html, lines);

        if (report.Notes.Count > 0 || report.Training.Count > 0)
        {
            html.WriteLine("<section><h2>Notes</h2>");
            foreach (var run in report.Training) html.WriteLine($"<p>Training {E(run.Id)}: {E(Numbers.TrainingWays(run))}; {E(run.Counted)} is counted in every SageMaker option.</p>");
            foreach (var note in report.Notes) html.WriteLine($"<p>{E(note)}</p>");
            html.WriteLine("</section>");
        }
        html.WriteLine($"<footer>Written by MlCost {ToolVersion.Current} from the price cache {E(estimator.Book.Cache.Origin)}. " +
                       "Every figure is recomputed from the scenario and the prices listed above; the same scenario gives the same report.</footer>");
        html.WriteLine("</body></html>");
    }

    /// <summary>The cheapest option over the searched range, in words.</summary>
    private static string Stretches(CostReport report, Estimator estimator)
    {
        var stretches = CrossingRow.CheapestStretches(report, estimator);
        var range = $"between {Numbers.Count(report.Range.From)} and {Numbers.Count(report.Range.To)} requests a month";
        if (stretches.Count <= 1) return $"{stretches.FirstOrDefault().Cheapest ?? report.Cheapest} is the cheapest all the way {range}.";
        if (stretches.Count > 5)
        {
            // Instance steps can make two options swap places many times: say where it settles, not every swap.
            var (first, last) = (stretches[0], stretches[^1]);
            var between = stretches.Skip(1).SkipLast(1).Select(s => s.Cheapest).Distinct().ToList();
            return $"Searched {range}: {first.Cheapest} is cheapest below {Numbers.Count(first.To)}; from there to {Numbers.Count(last.From)} the cheapest changes " +
                   $"{stretches.Count - 1} times between {string.Join(" and ", between.Union([first.Cheapest, last.Cheapest]).Distinct())} as instances are added " +
                   $"(the table below lists each volume); above {Numbers.Count(last.From)}, {last.Cheapest}.";
        }
        var parts = stretches.Select((s, i) =>
            i == 0 ? $"{s.Cheapest} is cheapest below {Numbers.Count(s.To)}"
            : i == stretches.Count - 1 ? $"{s.Cheapest} above {Numbers.Count(s.From)}"
            : $"{s.Cheapest} from {Numbers.Count(s.From)} to {Numbers.Count(s.To)}");
        return $"Searched {range}: {string.Join("; ", parts)}.";
    }

    private static void WriteAssumptions(TextWriter html, Estimator estimator)
    {
        var scenario = estimator.Scenario;
        // Each option's settings as the scenario file gives them (ranges as written).
        var file = File.Exists(scenario.Location.File) ? JsonNode.Parse(File.ReadAllText(scenario.Location.File)) : null;
        var description = file?["description"]?.GetValue<string>();
        html.WriteLine("<section><h2>Assumptions</h2>");
        html.WriteLine($"<p>From <code>{E(Path.GetFileName(scenario.Location.File))}</code>{(string.IsNullOrEmpty(description) ? "." : ": " + E(description))}</p>");
        html.WriteLine("<table class=\"assumptions\"><thead><tr><th>Workload and pricing</th><th class=\"num\">Value</th><th>What it means</th></tr></thead><tbody>");
        foreach (var input in estimator.Inputs.Workload.Concat(estimator.Inputs.Pricing))
            html.WriteLine($"<tr><td>{E(input.Label)}</td><td class=\"num\">{E(Numbers.Quantity(input.Value))}</td><td>{E(input.Meaning)}</td></tr>");
        html.WriteLine("</tbody></table>");

        if (file?["options"] is JsonArray options)
        {
            html.WriteLine("<table class=\"settings\"><thead><tr><th>Option</th><th>Settings</th></tr></thead><tbody>");
            foreach (var option in options.OfType<JsonObject>())
                html.WriteLine($"<tr><td>{E(option["id"]?.ToString() ?? "")}</td><td>{E(string.Join("; ", option.Where(p => p.Key != "id").Select(p => $"{p.Key}: {Setting(p.Value)}")))}</td></tr>");
            html.WriteLine("</tbody></table>");
        }
        if (file?["training"] is JsonArray training && training.Count > 0)
        {
            html.WriteLine("<table class=\"settings\"><thead><tr><th>Training</th><th>Settings</th></tr></thead><tbody>");
            foreach (var run in training.OfType<JsonObject>())
                html.WriteLine($"<tr><td>{E(run["id"]?.ToString() ?? "")}</td><td>{E(string.Join("; ", run.Where(p => p.Key != "id").Select(p => $"{p.Key}: {Setting(p.Value)}")))}</td></tr>");
            html.WriteLine("</tbody></table>");
        }
        html.WriteLine("</section>");
    }

    private static string Setting(JsonNode? value) => value switch
    {
        JsonObject range when range["base"] is not null => $"{range["low"]} – {range["base"]} – {range["high"]} (low – base – high)",
        JsonArray steps when steps.All(s => s is JsonObject) => $"{steps.Count} step(s): " + string.Join(", ", steps.OfType<JsonObject>().Select(s => $"{s["service"]} {s["operation"]}")),
        JsonArray list => string.Join(", ", list.Select(v => v?.ToString())),
        JsonObject other => other.ToJsonString(),
        null => "null",
        _ => value.ToString(),
    };

    private static void WritePrices(TextWriter html, IReadOnlyList<LineItem> lines)
    {
        var prices = lines.Where(l => l.Sku is not null || l.RateCode is not null)
            .GroupBy(l => (l.Sku, l.RateCode)).Select(g => g.First()).OrderBy(l => l.Description, StringComparer.Ordinal).ToList();
        html.WriteLine("<section><h2>Prices used</h2>");
        html.WriteLine("<table class=\"prices\"><colgroup><col class=\"w-price\"><col class=\"w-code\"><col class=\"w-num\"><col class=\"w-date\"></colgroup>" +
                       "<thead><tr><th>Price and its source</th><th>SKU and rate code</th><th class=\"num\">USD per unit</th><th>Published</th></tr></thead><tbody>");
        foreach (var p in prices)
            html.WriteLine($"<tr{(p.Quality == "secondary" ? " class=\"secondary\"" : "")}><td>{E(p.Description)}" +
                           (p.Quality == "secondary" ? " <span class=\"badge secondary\">secondary price</span>" : "") +
                           $"<div class=\"source\">{E(p.Source)}</div></td><td class=\"code\">{E(p.Sku ?? "–")}{(p.RateCode is { } code && code != p.Sku ? "<br>" + E(code) : "")}</td>" +
                           $"<td class=\"num\">{E(Numbers.LineUnitPrice(p.UnitPriceUsd, p.Unit))}</td><td>{E(PublicationDates.Day(p.PublicationDate) ?? p.PublicationDate ?? "not stated")}</td></tr>");
        html.WriteLine("</tbody></table>");
        if (prices.Any(p => p.Quality == "secondary"))
            html.WriteLine("<p class=\"note\">Secondary: quoted by a third party, not read from an AWS price file. Check it before relying on the figures that use it.</p>");
        html.WriteLine("</section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static readonly string Stylesheet = ReadStylesheet();

    private static string ReadStylesheet()
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("MlCost.Reports.Html.report.css")
                           ?? throw new InvalidOperationException("the report stylesheet was not built in");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
