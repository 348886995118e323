using System.CommandLine;
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
        var command = new Command("compare", "Price every option of a scenario at one monthly volume, cheapest first, down to the SKU")
        {
            scenario, volume, format, xlsx,
        };
        command.SetAction(parsed =>
        {
            var estimator = ScenarioCommand.Load(parsed, scenario, options);
            var at = ScenarioCommand.NonNegative(parsed.GetValue(volume), "--volume", estimator.Scenario.Workload.RequestsPerMonth);
            var (from, to) = estimator.DefaultRange(at);
            // The workbook charts a sweep; the printed comparison does not need one.
            var report = CostReport.Build(estimator, at, from, to, sweepPointsPerDecade: parsed.GetValue(xlsx) is null ? null : 10, searchOptional: true);
            ScenarioCommand.WriteFiles(parsed, xlsx, null, estimator, report, stderr);
            ScenarioCommand.Write(stdout, report, parsed.GetValue(format)!, sweepAsCsv: false);
            return App.Ok;
        });
        return command;
    }
}
