using System.CommandLine;
using MlCost.Estimation;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Reports;

namespace MlCost.Cli.Commands;

/// <summary>What compare and breakeven share: the scenario argument, the formats, loading and writing.</summary>
internal static class ScenarioCommand
{
    public static Argument<string> ScenarioArgument() => new("SCENARIO")
    {
        Description = "Scenario file (JSON; see schemas/scenario.schema.json and examples/)",
    };

    public static Option<string> FormatOption() => CliOptions.Format("table", "json", "markdown", "csv");

    public static Option<decimal?> VolumeOption(string name, string description) => NumberOptions.Volume(name, description);

    /// <summary>Reads the scenario and resolves every price it needs from the cache the options point at.</summary>
    public static Estimator Load(ParseResult parsed, Argument<string> scenario, CliOptions options)
    {
        var file = parsed.GetValue(scenario)!;
        var read = ScenarioReader.Read(file);
        return new Estimator(read, new PriceBook(options.OpenCache(parsed)));
    }

    /// <summary>The report with what the scenario's ranged assumptions do, when it has any.</summary>
    public static CostReport WithRanges(CostReport report, Estimator estimator, decimal from, decimal to)
    {
        var scenario = estimator.Scenario;
        if (scenario.Ranges.Count == 0) return report;
        var json = File.ReadAllText(scenario.Location.File);
        return report with { Ranges = MlCost.Estimation.Ranges.RangeAnalysis.Analyse(scenario, json, estimator.Book, report.RequestsPerMonth, from, to) };
    }

    public static decimal NonNegative(decimal? value, string option, decimal fallback) =>
        value switch
        {
            null => fallback,
            < 0 => throw new UserError($"{option} must be a volume of 0 or more requests per month, not {value}"),
            _ => value.Value,
        };

    public static Option<string?> XlsxOption() =>
        OutputFileOption.Create("--xlsx", ".xlsx", "Also write an Excel workbook: live formulas over editable assumptions, every price with its source, and a native chart");

    public static Option<string?> ChartOption() =>
        OutputFileOption.Create("--chart", ".png", "Also write the cost-against-volume chart as a PNG; --format markdown then links it");

    public static Option<string?> HtmlOption() =>
        OutputFileOption.Create("--html", ".html", "Also write the breakeven report finance reads: one self-contained HTML file (answer, chart, crossings, line items, assumptions, every price) that prints to A4 or Letter");

    public static Option<string?> PdfOption() =>
        OutputFileOption.Create("--pdf", ".pdf", $"Also print that report to PDF, through a headless Chromium or Chrome (${HeadlessBrowser.Variable}, else found on the PATH)");

    /// <summary>Whether the report needs a sweep: for a chart, in the workbook, the PNG or the HTML report.</summary>
    public static bool WantsSweep(ParseResult parsed, params Option<string?>[] outputs) => outputs.Any(o => parsed.GetValue(o) is { Length: > 0 });

    /// <summary>Writes the files asked for (workbook, chart), saying so on stderr: stdout stays machine-readable.</summary>
    public static void WriteFiles(ParseResult parsed, Option<string?> xlsx, Option<string?>? chart, Option<string?> html, Option<string?> pdf,
        Estimator estimator, CostReport report, TextWriter stderr, CliOptions options)
    {
        var pdfPath = parsed.GetValue(pdf) is { Length: > 0 } p ? p : null;
        // Looked for first: a missing browser is refused before anything is written.
        var browser = pdfPath is null ? null
            : HeadlessBrowser.Find(options.Environment) ?? throw new UserError($"--pdf needs Chromium or Chrome (apt-get install chromium), or ${HeadlessBrowser.Variable} naming one; --html writes the report to print from any browser");
        if (parsed.GetValue(xlsx) is { Length: > 0 } workbook)
        {
            MlCost.Reports.Excel.WorkbookReport.Write(workbook, estimator, report);
            stderr.WriteLine($"Wrote {workbook}");
        }
        if (chart is not null && parsed.GetValue(chart) is { Length: > 0 } png)
        {
            MlCost.Reports.Charts.CostChartImage.Write(png, report);
            stderr.WriteLine($"Wrote {png}");
        }
        var htmlPath = parsed.GetValue(html) is { Length: > 0 } h ? h : null;
        if (htmlPath is not null)
        {
            MlCost.Reports.Html.HtmlReport.Write(htmlPath, estimator, report);
            stderr.WriteLine($"Wrote {htmlPath}");
        }
        if (pdfPath is not null)
        {
            var source = htmlPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pdfPath))!, $".{Path.GetFileName(pdfPath)}.{Guid.NewGuid():N}.html");
            try
            {
                if (htmlPath is null) MlCost.Reports.Html.HtmlReport.Write(source, estimator, report);
                HeadlessBrowser.PrintToPdf(browser!, source, pdfPath);
            }
            finally
            {
                if (htmlPath is null) File.Delete(source);
            }
            stderr.WriteLine($"Wrote {pdfPath}");
        }
    }

    public static void Write(TextWriter stdout, CostReport report, string format, bool sweepAsCsv, int width, string? chartPath = null)
    {
        switch (format)
        {
            case "json": JsonReport.Write(stdout, report); break;
            case "markdown": MarkdownReport.Write(stdout, report, chartPath); break;
            case "csv" when sweepAsCsv: CsvReport.WriteSweep(stdout, report); break;
            case "csv": CsvReport.WriteLineItems(stdout, report); break;
            default: TableReport.Write(stdout, report, width); break;
        }
    }
}
