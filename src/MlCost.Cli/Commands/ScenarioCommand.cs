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

    public static Option<decimal?> VolumeOption(string name, string description) => new(name) { Description = description };

    /// <summary>Reads the scenario and resolves every price it needs from the cache the options point at.</summary>
    public static Estimator Load(ParseResult parsed, Argument<string> scenario)
    {
        var file = parsed.GetValue(scenario)!;
        var read = ScenarioReader.Read(file);
        return new Estimator(read, new PriceBook(CliOptions.OpenCache(parsed)));
    }

    public static decimal NonNegative(decimal? value, string option, decimal fallback) =>
        value switch
        {
            null => fallback,
            < 0 => throw new UserError($"{option} must be a volume of 0 or more requests per month, not {value}"),
            _ => value.Value,
        };

    public static void Write(TextWriter stdout, CostReport report, string format, bool sweepAsCsv)
    {
        switch (format)
        {
            case "json": JsonReport.Write(stdout, report); break;
            case "markdown": MarkdownReport.Write(stdout, report); break;
            case "csv" when sweepAsCsv: CsvReport.WriteSweep(stdout, report); break;
            case "csv": CsvReport.WriteLineItems(stdout, report); break;
            default: TableReport.Write(stdout, report); break;
        }
    }
}
