using MlCost.Estimation.Horizon;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>
/// What <c>horizon</c> reports (camelCase in JSON): each option month by month as the volume grows, and under a
/// Savings Plan commitment what it covers, what is billed on-demand above it, what is wasted below it, and the
/// utilisation at which the plan breaks even.
/// </summary>
public sealed record HorizonReport(
    string Scenario, string Region, int Months, decimal MonthlyGrowthPercent, SavingsPlanCommitment? Plan, decimal? UpfrontUsd,
    IReadOnlyList<OptionHorizon> Options, IReadOnlyList<string> Notes)
{
    public static HorizonReport Build(HorizonResult result)
    {
        var notes = new List<string>
        {
            "Volume grows by the monthly growth from the scenario's requestsPerMonth in month 1; every month is priced by the same rules as compare.",
        };
        if (result.Plan is { } plan)
        {
            notes.Add($"The plan commits ${plan.UsdPerHour}/h × {result.Scenario.Pricing.HoursPerMonth} h a month for {plan.TermMonths} months ({plan.Term}, {plan.PurchaseOption}" +
                      (result.UpfrontUsd > 0 ? $"; {Numbers.Money(result.UpfrontUsd.Value)} paid upfront, counted here spread over the term" : "") + "). " +
                      "It covers SageMaker instance usage at plan rates, spread evenly over each month's hours; usage beyond it is billed on-demand, commitment not used is paid all the same. AI services and serverless seconds are not covered.");
            if (result.Months > plan.TermMonths) notes.Add($"Months after the {plan.TermMonths}-month term are on-demand.");
        }
        return new HorizonReport(result.Scenario.Name, result.Scenario.Region, result.Months, result.MonthlyGrowthPercent, result.Plan, result.UpfrontUsd, result.Options, notes);
    }

    public void WriteTable(TextWriter output, int width = 80)
    {
        TextTable.WriteWrapped(output, $"{Scenario} — {Region}, {Months} months, volume growing {MonthlyGrowthPercent:0.##}% a month", width);
        output.WriteLine();
        var totals = new TextTable(new("Option", Flexible: true), new("On-demand", AlignRight: true), new("With plan", AlignRight: true),
            new("Saving", AlignRight: true), new("Breakeven use", AlignRight: true));
        foreach (var option in Options)
            totals.Add(option.Id, Numbers.Money(option.OnDemandTotalUsd), option.WithPlanTotalUsd is { } plan ? Numbers.Money(plan) : "–",
                option.WithPlanTotalUsd is { } with ? Numbers.Money(option.OnDemandTotalUsd - with) : "–",
                option.BreakevenUtilisation is { } u ? $"{u:P1}" : "–");
        totals.Write(output, width);
        foreach (var option in Options)
        {
            output.WriteLine();
            output.WriteLine($"{option.Id} ({option.Kind}){(option.Note is { } note ? $": {note}" : "")}");
            var withPlan = option.Months.Any(m => m.Plan is not null);
            var table = withPlan
                ? new TextTable(new("Month", AlignRight: true), new("Requests", AlignRight: true), new("On-demand", AlignRight: true),
                    new("At plan rates", AlignRight: true), new("Above plan", AlignRight: true), new("Wasted", AlignRight: true),
                    new("Use", AlignRight: true), new("With plan", AlignRight: true))
                : new TextTable(new("Month", AlignRight: true), new("Requests", AlignRight: true), new("Monthly cost", AlignRight: true));
            foreach (var month in option.Months)
            {
                if (!withPlan)
                    table.Add(month.Month.ToString(Numbers.Culture), Numbers.Count(month.RequestsPerMonth), Numbers.Money(month.OnDemandUsd));
                else if (month.Plan is { } p)
                    table.Add(month.Month.ToString(Numbers.Culture), Numbers.Count(month.RequestsPerMonth), Numbers.Money(month.OnDemandUsd),
                        Numbers.Money(p.AtPlanRatesUsd), Numbers.Money(p.OnDemandAboveUsd), Numbers.Money(p.WastedUsd), $"{p.Utilisation:P0}", Numbers.Money(p.WithPlanUsd));
                else
                    table.Add(month.Month.ToString(Numbers.Culture), Numbers.Count(month.RequestsPerMonth), Numbers.Money(month.OnDemandUsd), "–", "–", "–", "–", Numbers.Money(month.OnDemandUsd));
            }
            table.Write(output, width);
        }
        foreach (var note in Notes)
        {
            output.WriteLine();
            TextTable.WriteWrapped(output, note, width, "  ");
        }
    }

    public void WriteMarkdown(TextWriter output)
    {
        output.WriteLine($"### {MarkdownReport.Escape(Scenario)} — {Region}, {Months} months, volume growing {MonthlyGrowthPercent:0.##}% a month");
        output.WriteLine();
        output.WriteLine("| Option | On-demand | With plan | Saving | Breakeven use |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var option in Options)
            output.WriteLine($"| {MarkdownReport.Escape(option.Id)} | {Numbers.Money(option.OnDemandTotalUsd)} | " +
                             $"{(option.WithPlanTotalUsd is { } plan ? Numbers.Money(plan) : "–")} | {(option.WithPlanTotalUsd is { } w ? Numbers.Money(option.OnDemandTotalUsd - w) : "–")} | " +
                             $"{(option.BreakevenUtilisation is { } u ? $"{u:P1}" : "–")} |");
        output.WriteLine();
        foreach (var note in Notes) output.WriteLine($"- {MarkdownReport.Escape(note)}");
    }

    /// <summary>One row per option and month, for spreadsheets.</summary>
    public void WriteCsv(TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.Row("option", "month", "requestsPerMonth", "onDemandUsd", "eligibleOnDemandUsd", "atPlanRatesUsd", "commitmentUsd", "onDemandAbovePlanUsd", "wastedUsd", "utilisation", "withPlanUsd");
        foreach (var option in Options)
            foreach (var m in option.Months)
                csv.Row(option.Id, m.Month.ToString(Numbers.Culture), Numbers.Plain(m.RequestsPerMonth), Numbers.Plain(m.OnDemandUsd),
                    P(m.Plan?.EligibleOnDemandUsd), P(m.Plan?.AtPlanRatesUsd), P(m.Plan?.CommitmentUsd), P(m.Plan?.OnDemandAboveUsd),
                    P(m.Plan?.WastedUsd), P(m.Plan?.Utilisation), P(m.Plan?.WithPlanUsd));
    }

    private static string P(decimal? value) => value is { } v ? Numbers.Plain(v) : "";
}
