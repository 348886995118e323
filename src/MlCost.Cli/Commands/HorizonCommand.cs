using System.CommandLine;
using MlCost.Estimation.Horizon;
using MlCost.Reports;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost horizon SCENARIO</c>: the months ahead as volume grows, with or without a SageMaker Savings Plan commitment.</summary>
internal static class HorizonCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var scenario = ScenarioCommand.ScenarioArgument();
        var months = NumberOptions.WholeNumber("--months", "Months to project, 1 to 36 (default 12)", 12);
        var growth = NumberOptions.Number("--growth-percent", "Volume growth a month, percent (default 0; negative shrinks)");
        var commit = NumberOptions.Number("--commit-usd-per-hour", "A SageMaker Savings Plan commitment, dollars of usage at plan rates per hour");
        var term = new Option<string>("--term") { Description = "The plan's term: 1yr or 3yr (default 1yr)", DefaultValueFactory = _ => "1yr" };
        term.AcceptOnlyFromAmong(SavingsPlanCommitment.Terms);
        var payment = new Option<string>("--purchase-option") { Description = "No Upfront, Partial Upfront or All Upfront (default No Upfront)", DefaultValueFactory = _ => "No Upfront" };
        payment.AcceptOnlyFromAmong(SavingsPlanCommitment.PurchaseOptions);
        var discount = NumberOptions.Number("--plan-discount-percent", "The plan's discount off on-demand, for instance types the cache has no plan rate for");
        var format = CliOptions.Format("table", "json", "markdown", "csv");
        var xlsx = OutputFileOption.Create("--xlsx", ".xlsx", "Also write the workbook with a Horizon sheet: each month's volume and every option's cost as live formulas over the growth and the other inputs");
        var command = new Command("horizon", "Project the months ahead as volume grows, and what a SageMaker Savings Plan commitment covers, bills on-demand above and wastes")
        {
            scenario, months, growth, commit, term, payment, discount, format, xlsx,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(months);
            if (count is < 1 or > 36) throw new UserError($"--months must be 1 to 36, not {count}");
            var rate = parsed.GetValue(growth) ?? 0;
            if (rate <= -100) throw new UserError($"--growth-percent must be above -100, not {rate}");
            SavingsPlanCommitment? plan = null;
            if (parsed.GetValue(commit) is { } usd)
            {
                if (usd <= 0) throw new UserError($"--commit-usd-per-hour must be greater than 0, not {usd}");
                if (parsed.GetValue(discount) is < 0 or >= 100) throw new UserError($"--plan-discount-percent must be 0 to below 100, not {parsed.GetValue(discount)}");
                plan = new SavingsPlanCommitment(usd, parsed.GetValue(term)!, parsed.GetValue(payment)!, parsed.GetValue(discount));
            }
            else if (parsed.GetValue(discount) is not null)
                throw new UserError("--plan-discount-percent prices a commitment: give --commit-usd-per-hour too");
            var estimator = ScenarioCommand.Load(parsed, scenario, options);
            var report = HorizonReport.Build(HorizonProjection.Project(estimator, count, rate, plan));
            if (parsed.GetValue(xlsx) is { Length: > 0 } workbook)
            {
                var (from, to) = estimator.DefaultRange();
                MlCost.Reports.Excel.WorkbookReport.Write(workbook, estimator,
                    CostReport.Build(estimator, estimator.Scenario.Workload.RequestsPerMonth, from, to, 10, searchOptional: true), (count, rate));
                stderr.WriteLine($"Wrote {workbook}");
            }
            switch (parsed.GetValue(format))
            {
                case "json": stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, Json.Options)); break;
                case "markdown": report.WriteMarkdown(stdout); break;
                case "csv": report.WriteCsv(stdout); break;
                default: report.WriteTable(stdout, options.Width); break;
            }
            return App.Ok;
        });
        return command;
    }
}
