using System.CommandLine;
using MlCost.Estimation.Regions;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Reports;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost compare SCENARIO</c>: every option priced at one volume, ranked, with line items and breakevens.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var scenario = ScenarioCommand.ScenarioArgument();
        var volume = ScenarioCommand.VolumeOption("--volume", "Requests per month to price at (default: the scenario's workload.requestsPerMonth)");
        var format = ScenarioCommand.FormatOption();
        var xlsx = ScenarioCommand.XlsxOption();
        var html = ScenarioCommand.HtmlOption();
        var pdf = ScenarioCommand.PdfOption();
        var regions = new Option<string?>("--regions")
        {
            Description = "Price the scenario in these regions instead (comma-separated, or `all`: every region the cache prices a service of the scenario in) and rank them",
        };
        var budget = new Budget(withIncrease: false);
        var command = new Command("compare", "Price every option of a scenario at one monthly volume, cheapest first, down to the SKU")
        {
            scenario, volume, format, xlsx, html, pdf, regions,
        };
        foreach (var option in budget.Options) command.Options.Add(option);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(regions) is { } regionList)
            {
                if (parsed.GetValue(budget.MaxMonthly) is not null) throw new UserError("--regions and --max-monthly-usd do not go together: a budget is checked in the scenario's own region");
                return CompareRegions(parsed, scenario, volume, format, regionList, parsed.GetValue(xlsx), stdout, options);
            }
            var estimator = ScenarioCommand.Load(parsed, scenario, options);
            var at = ScenarioCommand.NonNegative(parsed.GetValue(volume), "--volume", estimator.Scenario.Workload.RequestsPerMonth);
            var (from, to) = estimator.DefaultRange(at);
            // The workbook and the HTML report chart a sweep; the printed comparison does not need one.
            var sweep = ScenarioCommand.WantsSweep(parsed, xlsx, html, pdf) ? 10 : (int?)null;
            var report = ScenarioCommand.WithRanges(CostReport.Build(estimator, at, from, to, sweepPointsPerDecade: sweep, searchOptional: true), estimator, from, to);
            ScenarioCommand.WriteFiles(parsed, xlsx, null, html, pdf, estimator, report, stderr, options);
            var exceeded = budget.Exceeded(parsed, null, report);
            ScenarioCommand.Write(stdout, report, parsed.GetValue(format)!, sweepAsCsv: false, options.Width);
            if (exceeded is { } reason)
            {
                stderr.WriteLine($"mlcost: {reason}");
                return App.LimitExceeded;
            }
            return App.Ok;
        });
        return command;
    }

    /// <summary><c>compare --regions</c>: each option's cost in each region, the regions ranked, what is missing where.</summary>
    private static int CompareRegions(ParseResult parsed, Argument<string> scenario, Option<decimal?> volume, Option<string> format, string regionList,
        string? xlsx, TextWriter stdout, CliOptions options)
    {
        if (xlsx is not null) throw new UserError("--regions and --xlsx do not go together: write a region's workbook with --xlsx alone, after setting its region");
        var read = ScenarioReader.Read(parsed.GetValue(scenario)!);
        var book = new PriceBook(options.OpenCache(parsed));
        var candidates = RegionComparison.Candidates(read, book);
        IReadOnlyList<string> regions = regionList.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? candidates
            : regionList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(r =>
                candidates.Contains(r, StringComparer.Ordinal) ? r
                    : throw new UserError($"--regions: the cache prices none of the scenario's services in \"{r}\".{CloseMatches.Suggestion(r, candidates)} Regions it prices them in: {string.Join(", ", candidates)}"))
                .ToList();
        if (regions.Count == 0) throw new UserError("--regions: name at least one region, or `all`");
        var at = ScenarioCommand.NonNegative(parsed.GetValue(volume), "--volume", read.Workload.RequestsPerMonth);
        var report = RegionReport.Build(read.Name, at, read.Options.Select(o => o.Id).ToList(), RegionComparison.Compare(read, book, regions, at));
        switch (parsed.GetValue(format))
        {
            case "json": stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, MlCost.Reports.Text.Json.Options)); break;
            case "markdown": report.WriteMarkdown(stdout); break;
            case "csv": throw new UserError("--regions writes table, json or markdown");
            default: report.WriteTable(stdout, options.Width); break;
        }
        return App.Ok;
    }
}
