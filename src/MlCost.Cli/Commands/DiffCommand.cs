using System.CommandLine;
using MlCost.Estimation;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Reports;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost diff BASE HEAD</c> or <c>mlcost diff SCENARIO --git-base REV</c>: what a change to a scenario does to each
/// option's monthly cost and to the breakevens; the Markdown is what a pull-request comment shows.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var first = new Argument<string>("BASE") { Description = "The scenario before the change (with --git-base: the scenario, read at that revision and as it is now)" };
        var second = new Argument<string?>("HEAD") { Description = "The scenario after the change", Arity = ArgumentArity.ZeroOrOne };
        var gitBase = new Option<string?>("--git-base")
        {
            Description = "Compare the scenario as it is with the same path at this git revision (a branch, tag or commit)",
            HelpName = "REV",
        };
        var format = CliOptions.Format("table", "json", "markdown");
        var budget = new Budget(withIncrease: true);
        var command = new Command("diff", "What a change to a scenario does: each option's monthly cost before and after, options added or removed, breakevens that moved")
        {
            first, second, gitBase, format,
        };
        foreach (var option in budget.Options) command.Options.Add(option);
        command.SetAction(parsed =>
        {
            var (beforeText, beforeSource, afterPath) = Sides(parsed.GetValue(first)!, parsed.GetValue(second), parsed.GetValue(gitBase));
            var book = new PriceBook(options.OpenCache(parsed));
            var after = new Estimator(ScenarioReader.Read(afterPath), book);
            var before = beforeText is null ? null : new Estimator(ScenarioReader.Parse(beforeText, beforeSource), book);

            // One breakeven range covering both volumes, so a crossing is compared with the same search on each side.
            var (from, to) = after.DefaultRange();
            if (before is not null)
            {
                var (beforeFrom, beforeTo) = before.DefaultRange();
                (from, to) = (Math.Min(from, beforeFrom), Math.Max(to, beforeTo));
            }
            var afterReport = CostReport.Build(after, after.Scenario.Workload.RequestsPerMonth, from, to, null, searchOptional: true);
            var beforeReport = before is null ? null : CostReport.Build(before, before.Scenario.Workload.RequestsPerMonth, from, to, null, searchOptional: true);
            var diff = ScenarioDiff.Build(beforeReport, beforeSource, afterReport, afterPath);
            var exceeded = budget.Exceeded(parsed, beforeReport, afterReport);
            switch (parsed.GetValue(format))
            {
                case "json": stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(diff, MlCost.Reports.Text.Json.Options)); break;
                case "markdown": diff.WriteMarkdown(stdout); break;
                default: diff.WriteTable(stdout, options.Width); break;
            }
            if (exceeded is { } reason)
            {
                stderr.WriteLine($"mlcost: {reason}");
                return App.LimitExceeded;
            }
            return App.Ok;
        });
        return command;
    }

    /// <summary>The before's text (null: the scenario is new) and where it came from, and the after's path.</summary>
    private static (string? Text, string Source, string After) Sides(string first, string? second, string? gitBase)
    {
        if (gitBase is not null)
        {
            if (second is not null) throw new UserError("diff takes one scenario with --git-base (read at that revision and as it is now), or two files without it");
            ScenarioReader.ReadText(first); // a missing file gets the error any command gives it, not git's
            // A commit id as a workflow passes it is shown as git abbreviates it.
            var label = gitBase.Length == 40 && gitBase.All(char.IsAsciiHexDigit) ? gitBase[..12] : gitBase;
            return (GitRevision.Show(first, gitBase), $"{label}:{first}", first);
        }
        if (second is null) throw new UserError("diff needs two scenario files (BASE HEAD), or one with --git-base REV");
        return (ScenarioReader.ReadText(first), first, second);
    }
}
