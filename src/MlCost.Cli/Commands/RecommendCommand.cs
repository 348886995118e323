using System.CommandLine;
using MlCost.Estimation;
using MlCost.Estimation.Recommendations;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Reports;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost recommend SCENARIO</c>: every SageMaker option kind on every instance type with a measured throughput,
/// priced and ranked with the scenario's own options.
/// </summary>
internal static class RecommendCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var scenario = ScenarioCommand.ScenarioArgument();
        var volume = ScenarioCommand.VolumeOption("--volume", "Requests per month to rank at (default: the scenario's workload.requestsPerMonth)");
        var kinds = new Option<string?>("--kinds")
        {
            Description = $"Option kinds to search, comma-separated (default: all: {string.Join(",", Recommender.Kinds.Select(Short))}); multimodel needs a multi-model option in the scenario",
        };
        var throughput = new Option<string[]>("--throughput")
        {
            Description = "A SageMaker Inference Recommender job's result (`aws sagemaker describe-inference-recommendations-job` JSON), read as measured throughput; repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var top = NumberOptions.WholeNumber("--top", "How many configurations to list (default 10)", 10);
        var format = CliOptions.Format("table", "json", "markdown");
        var xlsx = OutputFileOption.Create("--xlsx", ".xlsx", "Also write the top configurations' workbook: live formulas, every price with its source");
        var command = new Command("recommend",
            "Rank every option kind on every instance type whose throughput you measured (and the scenario's own options), cheapest first, with why")
        {
            scenario, volume, kinds, throughput, top, format, xlsx,
        };
        command.SetAction(parsed =>
        {
            var read = ScenarioReader.Read(parsed.GetValue(scenario)!);
            var (measured, notes) = Throughputs(read, parsed.GetValue(throughput) ?? []);
            if (measured.Count == 0)
                throw new UserError("recommend needs measured throughput per instance type: add a \"throughput\" table to the scenario, or give --throughput FILE (an Inference Recommender job's result); MlCost never assumes one");
            if (parsed.GetValue(top) < 1) throw new UserError($"--top must be 1 or more, not {parsed.GetValue(top)}");
            read = read with { Throughputs = measured };
            var book = new PriceBook(options.OpenCache(parsed));
            var at = ScenarioCommand.NonNegative(parsed.GetValue(volume), "--volume", read.Workload.RequestsPerMonth);
            var recommendation = Recommender.Recommend(read, book, Kinds(parsed.GetValue(kinds)), at);
            if (recommendation.Ranked.Count == 0)
                throw new UserError($"no configuration could be priced: {string.Join("; ", recommendation.Unpriced.Take(3).Select(u => $"{u.Id}: {u.Reason}"))}");
            var report = RecommendReport.Build(recommendation, parsed.GetValue(top), notes);
            if (parsed.GetValue(xlsx) is { Length: > 0 } workbook)
            {
                var best = read with { Options = recommendation.Ranked.Take(parsed.GetValue(top)).Select(r => r.Option).ToList() };
                var estimator = new Estimator(best, book);
                var (from, to) = estimator.DefaultRange(at);
                MlCost.Reports.Excel.WorkbookReport.Write(workbook, estimator, CostReport.Build(estimator, at, from, to, 10, searchOptional: true));
                stderr.WriteLine($"Wrote {workbook}");
            }
            switch (parsed.GetValue(format))
            {
                case "json": stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, Json.Options)); break;
                case "markdown": report.WriteMarkdown(stdout); break;
                default: report.WriteTable(stdout, options.Width); break;
            }
            return App.Ok;
        });
        return command;
    }

    /// <summary>The scenario's own throughput table, then each Inference Recommender file's types it does not measure itself.</summary>
    private static (List<MeasuredThroughput> Measured, List<string> Notes) Throughputs(Scenario scenario, string[] files)
    {
        var measured = scenario.Throughputs.ToList();
        var notes = new List<string>();
        foreach (var file in files)
        {
            var (fromJob, jobNotes) = InferenceRecommenderReader.Read(file);
            notes.AddRange(jobNotes);
            foreach (var entry in fromJob)
            {
                if (measured.Any(m => m.InstanceType == entry.InstanceType))
                    notes.Add($"{entry.InstanceType}: the scenario's own figure is used, not {entry.Source}");
                else measured.Add(entry);
            }
        }
        return (measured, notes);
    }

    private static string Short(string kind) => kind.Replace("sagemaker-", "");

    private static IReadOnlyList<string> Kinds(string? list)
    {
        if (list is null) return Recommender.Kinds;
        var names = Recommender.Kinds.ToDictionary(Short, k => k, StringComparer.OrdinalIgnoreCase);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k =>
                names.TryGetValue(Short(k), out var kind) ? kind
                    : throw new UserError($"--kinds: \"{k}\" is not a kind recommend searches.{CloseMatches.Suggestion(k, names.Keys)} Kinds: {string.Join(", ", names.Keys)}"))
            .Distinct().ToList();
    }
}
