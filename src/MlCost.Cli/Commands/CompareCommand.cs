using System.CommandLine;
using MlCost.Reports;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost compare SCENARIO</c>: every option priced at one volume, ranked, with line items and breakevens.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = ScenarioCommand.ScenarioArgument();
        var volume = ScenarioCommand.VolumeOption("--volume", "Requests per month to price at (default: the scenario's workload.requestsPerMonth)");
        var format = ScenarioCommand.FormatOption();
        var command = new Command("compare", "Price every option of a scenario at one monthly volume, cheapest first, down to the SKU")
        {
            scenario, volume, format,
        };
        command.SetAction(parsed =>
        {
            var estimator = ScenarioCommand.Load(parsed, scenario);
            var at = ScenarioCommand.NonNegative(parsed.GetValue(volume), "--volume", estimator.Scenario.Workload.RequestsPerMonth);
            var (from, to) = estimator.DefaultRange();
            var report = CostReport.Build(estimator, at, from, to, sweepPointsPerDecade: null);
            ScenarioCommand.Write(stdout, report, parsed.GetValue(format)!, sweepAsCsv: false);
            return App.Ok;
        });
        return command;
    }
}
