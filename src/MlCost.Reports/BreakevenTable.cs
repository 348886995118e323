using MlCost.Estimation;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>
/// <c>breakeven --format table</c>: one row per crossing — the volume (exact, and tokens where the scenario counts
/// them), the option cheaper below it and the one cheaper above, and their costs there — then the breakevens in words.
/// </summary>
public static class BreakevenTable
{
    public static void Write(TextWriter output, CostReport report, Estimator estimator, int width = 80)
    {
        TextTable.WriteWrapped(output,
            $"{report.Scenario} — {report.Region}: where the cheapest option changes between {Numbers.Count(report.Range.From)} and {Numbers.Count(report.Range.To)} requests/month", width);
        output.WriteLine();
        var tokens = report.Breakevens.Any(b => b.TokensPerMonth is not null);
        TextTable.Column[] columns =
        [
            new("Requests/month", AlignRight: true),
            .. tokens ? new TextTable.Column[] { new("Tokens/month", AlignRight: true) } : [],
            new("Cheaper below", Flexible: true), new("Cheaper above"), new("Cost there", AlignRight: true),
        ];
        var table = new TextTable(columns);
        var crossings = CrossingRow.All(report, estimator);
        foreach (var crossing in crossings)
            table.Add([
                Numbers.Quantity(Math.Round(crossing.RequestsPerMonth, 2)),
                .. tokens ? new[] { crossing.TokensPerMonth is { } t ? Numbers.Quantity(Math.Round(t, 1)) : "" } : [],
                crossing.CheaperBelow, crossing.CheaperAbove,
                crossing.CostsMeet ? Numbers.Money(crossing.CostBelowUsd) : $"{Numbers.Money(crossing.CostBelowUsd)} / {Numbers.Money(crossing.CostAboveUsd)}",
            ]);
        if (crossings.Count == 0)
        {
            TextTable.WriteWrapped(output, "No two options swap places in this range: widen it with --from and --to.", width);
        }
        else
        {
            table.Write(output, width);
            output.WriteLine();
            TextTable.WriteWrapped(output, "Cost there: both options' monthly cost at the crossing; one figure when they are equal to the cent, two (below / above) where an instance step jumps there.", width);
        }
        output.WriteLine();
        foreach (var words in report.BreakevensInWords) TextTable.WriteWrapped(output, words, width, "  ");
        TextTable.WriteWrapped(output, $"At the scenario's {Numbers.Count(report.RequestsPerMonth)} requests/month the cheapest is {report.Cheapest}.", width);
        foreach (var note in report.Notes)
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, note, width, "  ");
        }
    }
}
