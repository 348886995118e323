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
        var rows = 0;
        foreach (var pair in report.Breakevens)
            for (var i = 0; i < pair.RequestsPerMonth.Count; i++)
            {
                var at = pair.RequestsPerMonth[i];
                var next = i + 1 < pair.RequestsPerMonth.Count ? pair.RequestsPerMonth[i + 1] : report.Range.To;
                var there = Costs(estimator, at);
                // Between one crossing and the next the pair keeps its order, so the midpoint says who leads above.
                var above = Costs(estimator, (at + next) / 2);
                var (low, high) = above[pair.A] <= above[pair.B] ? (pair.B, pair.A) : (pair.A, pair.B);
                var cost = Math.Round(there[low], 2) == Math.Round(there[high], 2)
                    ? Numbers.Money(there[low])
                    : $"{Numbers.Money(there[low])} / {Numbers.Money(there[high])}";
                table.Add([
                    Numbers.Quantity(Math.Round(at, 2)),
                    .. tokens ? new[] { pair.TokensPerMonth is { } t ? Numbers.Quantity(Math.Round(t[i], 1)) : "" } : [],
                    low, high, cost,
                ]);
                rows++;
            }
        if (rows == 0)
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

    private static Dictionary<string, decimal> Costs(Estimator estimator, decimal volume) =>
        estimator.Compare(volume).Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
}
