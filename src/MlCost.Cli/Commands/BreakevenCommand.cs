using System.CommandLine;
using MlCost.Reports;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost breakeven SCENARIO</c>: every volume in a range where the cheapest option changes, and a sweep.</summary>
internal static class BreakevenCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var scenario = ScenarioCommand.ScenarioArgument();
        var from = ScenarioCommand.VolumeOption("--from", "Lowest volume to search, requests per month (default: the scenario's volume / 100)");
        var to = ScenarioCommand.VolumeOption("--to", "Highest volume to search, requests per month (default: the scenario's volume × 100)");
        var points = NumberOptions.WholeNumber("--points-per-decade", "Sweep density for tables and charts", 10);
        var format = ScenarioCommand.FormatOption();
        var xlsx = ScenarioCommand.XlsxOption();
        var chart = ScenarioCommand.ChartOption();
        var html = ScenarioCommand.HtmlOption();
        var pdf = ScenarioCommand.PdfOption();
        var command = new Command("breakeven", "Find every monthly volume where one option overtakes another (exactly, from the price tiers and instance steps)")
        {
            scenario, from, to, points, format, xlsx, chart, html, pdf,
        };
        command.SetAction(parsed =>
        {
            var estimator = ScenarioCommand.Load(parsed, scenario, options);
            var (defaultFrom, defaultTo) = estimator.DefaultRange();
            var low = ScenarioCommand.NonNegative(parsed.GetValue(from), "--from", defaultFrom);
            var high = ScenarioCommand.NonNegative(parsed.GetValue(to), "--to", Math.Max(defaultTo, low * 10));
            if (high <= low) throw new UserError($"--to ({high}) must be greater than --from ({low})");
            var density = parsed.GetValue(points);
            if (density is < 1 or > 1000) throw new UserError($"--points-per-decade must be between 1 and 1000, not {density}");
            var report = ScenarioCommand.WithRanges(CostReport.Build(estimator, estimator.Scenario.Workload.RequestsPerMonth, low, high, density), estimator, low, high);
            ScenarioCommand.WriteFiles(parsed, xlsx, chart, html, pdf, estimator, report, stderr, options);
            if (parsed.GetValue(format) == "table") BreakevenTable.Write(stdout, report, estimator, options.Width);
            else ScenarioCommand.Write(stdout, report, parsed.GetValue(format)!, sweepAsCsv: true, options.Width, parsed.GetValue(chart));
            return App.Ok;
        });
        return command;
    }
}
