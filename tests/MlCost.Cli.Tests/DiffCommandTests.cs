using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MlCost.Cli.Tests;

/// <summary>
/// <c>mlcost diff</c> and the budgets, on two versions of a real example: the invoice-extraction scenario at 500,000
/// pages a month, then at 600,000 with its FORMS+QUERIES option dropped.
/// </summary>
public class DiffCommandTests
{
    private static readonly string Example = Path.Combine(TestPaths.Root, "examples", "document-extraction.json");

    /// <summary>The changed version: 600,000 requests a month, textract-forms-queries removed.</summary>
    private static string Changed()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Example))!;
        scenario["workload"]!["requestsPerMonth"] = 600_000;
        var options = scenario["options"]!.AsArray();
        options.Remove(options.Single(o => (string)o!["id"]! == "textract-forms-queries"));
        scenario.AsObject().Remove("$schema");
        return scenario.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Option(JsonNode diff, string id) => diff["options"]!.AsArray().Single(o => (string)o!["id"]! == id)!;

    [Fact]
    public void Diff_of_two_files_gives_each_option_before_after_and_the_change()
    {
        using var folder = new TempFolder();
        var head = folder.File("head.json");
        File.WriteAllText(head, Changed());
        var run = CliRun.WithCache("diff", Example, head, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var diff = JsonNode.Parse(run.Out)!;

        Assert.True((bool)diff["changed"]!);
        Assert.Equal(500_000m, (decimal)diff["before"]!["requestsPerMonth"]!);
        Assert.Equal(600_000m, (decimal)diff["after"]!["requestsPerMonth"]!);
        // Textract DetectDocumentText in eu-west-1, $1.50 per 1,000 pages: 500,000 → $750, 600,000 → $900.
        var text = Option(diff, "textract-text-only");
        Assert.Equal("changed", (string)text["status"]!);
        Assert.Equal(750m, (decimal)text["beforeUsd"]!);
        Assert.Equal(900m, (decimal)text["afterUsd"]!);
        Assert.Equal(150m, (decimal)text["changeUsd"]!);
        Assert.Equal(20m, (decimal)text["changePercent"]!);
        // AnalyzeDocument FORMS+QUERIES at $55 per 1,000 pages (its golden line items): removed, -$27,500.
        var forms = Option(diff, "textract-forms-queries");
        Assert.Equal("removed", (string)forms["status"]!);
        Assert.Equal(-27_500m, (decimal)forms["changeUsd"]!);
        Assert.Null(forms["afterUsd"]);
        // Every option's before and after are what compare gives for each file.
        foreach (var (file, side) in new[] { (Example, "beforeUsd"), (head, "afterUsd") })
        {
            var compare = JsonNode.Parse(CliRun.WithCache("compare", file, "--format", "json").Out)!;
            foreach (var option in compare["options"]!.AsArray())
                Assert.Equal((decimal)option!["monthlyCostUsd"]!, (decimal)Option(diff, (string)option["id"]!)[side]!);
        }
        // Only the removed option's crossing is listed as moved: no other option's rules changed, so their crossings
        // (searched over one range covering both volumes) stay where they were.
        var moved = diff["breakevens"]!.AsArray();
        Assert.Contains(moved, b => (string)b!["a"]! == "textract-forms-queries" && b["after"]!.AsArray().Count == 0);
        Assert.DoesNotContain(moved, b => (string)b!["a"]! == "textract-text-only" || (string)b!["b"]! == "textract-text-only");
    }

    [Fact]
    public void Markdown_is_a_table_of_before_after_and_change()
    {
        using var folder = new TempFolder();
        var head = folder.File("head.json");
        File.WriteAllText(head, Changed());
        var run = CliRun.WithCache("diff", Example, head, "--format", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| Option | Before | After | Change |", run.Out);
        Assert.Contains("| textract-text-only | $750.00 | $900.00 | +$150.00 (+20.0%) |", run.Out);
        Assert.Contains("| textract-forms-queries | $27,500.00 | – | -$27,500.00 (removed) |", run.Out);
        Assert.Contains("500,000 → 600,000 requests/month", run.Out);
    }

    [Fact]
    public void The_same_scenario_twice_is_no_change()
    {
        var run = CliRun.WithCache("diff", Example, Example, "--format", "json");
        var diff = JsonNode.Parse(run.Out)!;
        Assert.False((bool)diff["changed"]!);
        Assert.All(diff["options"]!.AsArray(), o => Assert.Equal("unchanged", (string)o!["status"]!));
        Assert.Empty(diff["breakevens"]!.AsArray());
        Assert.Contains("No cost changed.", CliRun.WithCache("diff", Example, Example).Out);
    }

    [Fact]
    public void Git_base_reads_the_scenario_at_a_revision_and_a_new_file_is_all_added()
    {
        using var repo = new TempFolder();
        var file = repo.File("scenario.json");
        Git(repo.Path, "init", "-q");
        File.WriteAllText(file, File.ReadAllText(Example));
        Git(repo.Path, "add", "scenario.json");
        Git(repo.Path, "-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-q", "-m", "base");
        File.WriteAllText(file, Changed());

        var run = CliRun.WithCache("diff", file, "--git-base", "HEAD", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var diff = JsonNode.Parse(run.Out)!;
        Assert.Equal($"HEAD:{file}", (string)diff["before"]!["source"]!);
        Assert.Equal(150m, (decimal)Option(diff, "textract-text-only")["changeUsd"]!);

        var added = repo.File("new.json");
        File.WriteAllText(added, Changed());
        var fresh = JsonNode.Parse(CliRun.WithCache("diff", added, "--git-base", "HEAD", "--format", "json").Out)!;
        Assert.Null(fresh["before"]);
        Assert.All(fresh["options"]!.AsArray(), o => Assert.Equal("added", (string)o!["status"]!));

        var unknown = CliRun.WithCache("diff", file, "--git-base", "no-such-branch");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("the repository has no revision \"no-such-branch\"", unknown.Error);
    }

    [Fact]
    public void A_budget_exceeded_is_exit_3_with_one_line_and_the_report_still_written()
    {
        using var folder = new TempFolder();
        var head = folder.File("head.json");
        File.WriteAllText(head, Changed());

        var rose = CliRun.WithCache("diff", Example, head, "--budget-option", "textract-text-only", "--max-increase-usd", "100");
        Assert.Equal(3, rose.ExitCode);
        Assert.Equal("mlcost: budget exceeded: textract-text-only rose $150.00/month, from $750.00 to $900.00, over --max-increase-usd $100.00",
            rose.Error.Trim());
        Assert.Contains("textract-text-only", rose.Out);

        var percent = CliRun.WithCache("diff", Example, head, "--budget-option", "textract-text-only", "--max-increase-percent", "15");
        Assert.Equal(3, percent.ExitCode);
        Assert.Contains("rose 20.0%", percent.Error);
        Assert.Equal(0, CliRun.WithCache("diff", Example, head, "--budget-option", "textract-text-only", "--max-increase-percent", "20").ExitCode);

        // Without --budget-option the budget holds the cheapest option, nightly-batch-m5: $21.09 → $24.66.
        Assert.Equal(0, CliRun.WithCache("diff", Example, head, "--max-increase-usd", "100").ExitCode);
        var monthly = CliRun.WithCache("compare", head, "--max-monthly-usd", "20");
        Assert.Equal(3, monthly.ExitCode);
        Assert.Equal("mlcost: budget exceeded: the cheapest option, nightly-batch-m5, costs $24.66/month, over --max-monthly-usd $20.00", monthly.Error.Trim());
        Assert.Equal(0, CliRun.WithCache("compare", head, "--max-monthly-usd", "25").ExitCode);

        var unknown = CliRun.WithCache("compare", head, "--max-monthly-usd", "25", "--budget-option", "textract-text");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Did you mean textract-text-only?", unknown.Error);
        Assert.Empty(unknown.Out);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(" ", args)}: {error}");
    }
}
