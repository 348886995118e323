using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>The terminal view: ranking, breakevens in words, then each option's line items; 80 columns wide.</summary>
public static class TableReport
{
    public static void Write(TextWriter output, CostReport report, int width = 80)
    {
        TextTable.WriteWrapped(output, $"{report.Scenario} — {report.Region}, {Numbers.Count(report.RequestsPerMonth)} requests/month", width);
        output.WriteLine();
        var ranking = new TextTable(new("#", AlignRight: true), new("Option", Flexible: true), new("Kind"),
            new("Monthly cost", AlignRight: true), new("Per 1,000 req", AlignRight: true));
        foreach (var option in report.Options)
            ranking.Add(option.Rank.ToString(Numbers.Culture), option.Id, option.Kind, Numbers.Money(option.MonthlyCostUsd),
                option.CostPer1000RequestsUsd is { } per ? Numbers.Money4(per) : "–");
        ranking.Write(output, width);
        output.WriteLine();
        output.WriteLine($"Cheapest: {report.Cheapest}.");

        output.WriteLine();
        output.WriteLine($"Breakeven between {Numbers.Count(report.Range.From)} and {Numbers.Count(report.Range.To)} requests/month:");
        if (report.BreakevensInWords.Count == 0) TextTable.WriteWrapped(output, "  No two options swap places in this range.", width, "  ");
        foreach (var words in report.BreakevensInWords) TextTable.WriteWrapped(output, "  " + words, width, "    ");

        if (report.Ranges is { } ranges) RangeText.Write(output, ranges, width);

        foreach (var run in report.Training)
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, $"Training {run.Id}: {Numbers.TrainingWays(run)}; {run.Counted} is counted in every SageMaker option.", width, "  ");
        }

        foreach (var option in report.Options)
        {
            output.WriteLine();
            output.WriteLine($"{option.Rank}. {option.Id} ({option.Kind}): {Numbers.Money(option.MonthlyCostUsd)}/month");
            var lines = new TextTable(new("Line item", Flexible: true), new("Quantity", AlignRight: true), new("Unit price", AlignRight: true), new("Cost", AlignRight: true));
            foreach (var line in option.LineItems)
                lines.Add(line.Description + (line.Quality == "secondary" ? " *" : ""), Numbers.LineQuantity(line.Quantity, line.Unit),
                    Numbers.LineUnitPrice(line.UnitPriceUsd, line.Unit), Numbers.Money(line.CostUsd));
            lines.Write(output, width);
            foreach (var note in option.Notes) TextTable.WriteWrapped(output, "  " + note, width, "    ");
        }
        if (report.Options.SelectMany(o => o.LineItems).Any(l => l.Quality == "secondary"))
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, "* secondary price: quoted by a third party, not read from an AWS price file (sources: --format json).", width, "  ");
        }
        foreach (var note in report.Notes.Where(n => !n.Contains("secondary", StringComparison.Ordinal)))
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, note, width, "  ");
        }
    }
}
