using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MlCost.Cli.Tests;

/// <summary>
/// The GitHub Action's cost report (action/cost-report.sh) as a workflow runs it: in a git repository with a base
/// commit and a change, on a recorded pull_request event payload, against a stand-in for GitHub's API on 127.0.0.1.
/// One comment is created, then left alone or edited in place; nothing is posted when no cost changed.
/// </summary>
public sealed class GitHubActionTests : IDisposable
{
    private static readonly string Example = Path.Combine(TestPaths.Root, "examples", "document-extraction.json");
    private readonly TempFolder _repo = new();
    private readonly FakeGitHub _github = new();
    private readonly string _base;
    private readonly string _event;
    private const string Key = "octo-org/ml-platform#42";

    public GitHubActionTests()
    {
        Git("init", "-q");
        Directory.CreateDirectory(_repo.File("scenarios"));
        File.WriteAllText(_repo.File("scenarios/invoices.json"), File.ReadAllText(Example));
        File.WriteAllText(_repo.File("notes.json"), """{ "not": "a scenario" }""");
        Git("add", ".");
        Git("-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-q", "-m", "base");
        _base = Git("rev-parse", "HEAD").Trim();
        // The recorded payload, pointing at this repository's base commit.
        _event = _repo.File("../event-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(_event, File.ReadAllText(TestPaths.Fixture("pull_request_event.json")).Replace("BASE_SHA", _base));
    }

    public void Dispose()
    {
        _github.Dispose();
        _repo.Dispose();
        File.Delete(_event);
    }

    private void Change(Action<JsonNode> edit)
    {
        var scenario = JsonNode.Parse(File.ReadAllText(_repo.File("scenarios/invoices.json")))!;
        edit(scenario);
        File.WriteAllText(_repo.File("scenarios/invoices.json"), scenario.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private (int ExitCode, string Out, string Error, string Summary) RunAction(string budget = "")
    {
        var summary = _repo.File("../summary-" + Guid.NewGuid().ToString("N") + ".md");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestPaths.Root, "action", "cost-report.sh"));
        var payload = JsonNode.Parse(File.ReadAllText(_event))!;
        // What action.yml sets from its inputs and the event.
        start.Environment["MLCOST"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "mlcost.dll")}";
        start.Environment["MLCOST_PRICING_CACHE"] = TestPaths.PricingCache;
        start.Environment["MLCOST_BASE"] = payload["pull_request"]!["base"]!["sha"]!.GetValue<string>();
        start.Environment["MLCOST_SCENARIOS"] = "scenarios/*.json";
        start.Environment["MLCOST_BUDGET_ARGS"] = budget;
        start.Environment["MLCOST_COMMENT"] = "true";
        start.Environment["GITHUB_EVENT_NAME"] = "pull_request";
        start.Environment["GITHUB_EVENT_PATH"] = _event;
        start.Environment["GITHUB_REPOSITORY"] = payload["repository"]!["full_name"]!.GetValue<string>();
        start.Environment["GITHUB_API_URL"] = _github.Endpoint.ToString().TrimEnd('/');
        start.Environment["GITHUB_TOKEN"] = FakeGitHub.Token;
        start.Environment["GITHUB_STEP_SUMMARY"] = summary;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        var written = File.Exists(summary) ? File.ReadAllText(summary) : "";
        File.Delete(summary);
        return (process.ExitCode, output.Result, error.Result, written);
    }

    private IReadOnlyList<(long Id, string Body)> Comments => _github.Comments.GetValueOrDefault(Key) ?? [];

    [Fact]
    public void First_run_creates_the_comment_a_rerun_posts_nothing_and_a_new_change_edits_it_in_place()
    {
        Change(s => s["workload"]!["requestsPerMonth"] = 600_000);
        var first = RunAction();
        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        var comment = Assert.Single(Comments);
        Assert.StartsWith("<!-- mlcost-cost-report -->", comment.Body);
        // Textract text at $1.50 per 1,000 pages: $750 → $900.
        Assert.Contains("| textract-text-only | $750.00 | $900.00 | +$150.00 (+20.0%) |", comment.Body);
        Assert.Contains("scenarios/invoices.json", comment.Body);
        Assert.DoesNotContain("notes.json", comment.Body);
        Assert.Contains("| textract-text-only | $750.00 | $900.00 |", first.Summary);
        Assert.Equal(["POST /repos/octo-org/ml-platform/issues/42/comments"], _github.Writes);

        var again = RunAction();
        Assert.Equal(0, again.ExitCode);
        Assert.Single(Comments);
        Assert.Single(_github.Writes); // nothing posted the second time
        Assert.Contains("already says this; nothing posted", again.Out);

        Change(s => s["workload"]!["requestsPerMonth"] = 700_000);
        var edited = RunAction();
        Assert.Equal(0, edited.ExitCode);
        var now = Assert.Single(Comments);
        Assert.Equal(comment.Id, now.Id);
        Assert.Contains("| textract-text-only | $750.00 | $1,050.00 | +$300.00 (+40.0%) |", now.Body);
        Assert.Equal($"PATCH /repos/octo-org/ml-platform/issues/comments/{comment.Id}", _github.Writes[^1]);
    }

    [Fact]
    public void No_cost_change_posts_nothing()
    {
        // Only the description changes: every cost, breakeven and the cheapest stay.
        Change(s => s["description"] = "Reworded, same workload.");
        var run = RunAction();
        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Empty(_github.Writes);
        Assert.Empty(Comments);
        Assert.Contains("No cost changed.", run.Summary);
    }

    [Fact]
    public void A_budget_exceeded_fails_the_job_with_exit_3_after_commenting()
    {
        Change(s => s["workload"]!["requestsPerMonth"] = 600_000);
        var run = RunAction("--budget-option textract-text-only --max-increase-usd 100");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("scenarios/invoices.json: budget exceeded: textract-text-only rose $150.00/month", run.Error);
        var comment = Assert.Single(Comments);
        Assert.Contains("**Budget exceeded**", comment.Body);
    }

    [Fact]
    public void A_report_over_GitHubs_limit_is_cut_on_a_line_and_says_where_the_rest_is()
    {
        var report = string.Join("\n", Enumerable.Range(0, 5_000).Select(i => $"| option-{i} | $1.00 | $2.00 | +$1.00 (+100.0%) |"));
        var body = MlCost.Cli.GitHub.PullRequestComment.Body(report);
        Assert.True(body.Length <= MlCost.Cli.GitHub.PullRequestComment.MaxBodyLength);
        Assert.EndsWith("the whole report is in the job summary.\n", body);
        var lastRow = body.Split('\n').Last(l => l.StartsWith("| option-", StringComparison.Ordinal));
        Assert.EndsWith("|", lastRow);
    }

    [Fact]
    public void The_comment_command_says_what_GitHub_refused_and_what_the_token_needs()
    {
        using var folder = new TempFolder();
        var body = folder.File("body.md");
        File.WriteAllText(body, "report");
        var run = CliRun.In(new Dictionary<string, string> { ["GITHUB_TOKEN"] = "wrong", ["GITHUB_API_URL"] = _github.Endpoint.ToString() },
            "comment", "github", "--body-file", body, "--repo", "octo-org/ml-platform", "--pull-request", "42");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GitHub answered 401", run.Error);
        Assert.Contains("Bad credentials", run.Error);
        Assert.Contains("pull-requests: write", run.Error);

        var noToken = CliRun.In(new Dictionary<string, string> { ["GITHUB_TOKEN"] = "" }, "comment", "github", "--body-file", body, "--repo", "o/n", "--pull-request", "1");
        Assert.Equal(2, noToken.ExitCode);
        Assert.Contains("needs a token in $GITHUB_TOKEN", noToken.Error);
    }

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(" ", args)}: {error}");
        return output;
    }
}

/// <summary>action.yml itself: valid YAML, a composite action, every input it reads declared, every script it runs present.</summary>
public class ActionDefinitionTests
{
    [Fact]
    public void Action_yml_declares_what_it_reads_and_runs_scripts_that_exist()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "action.yml"));
        var action = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(text);
        var runs = (Dictionary<object, object>)action["runs"];
        Assert.Equal("composite", runs["using"]);
        var declared = ((Dictionary<object, object>)action["inputs"]).Keys.Cast<string>().ToHashSet();
        var read = System.Text.RegularExpressions.Regex.Matches(text, @"inputs\.([a-z-]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Empty(read.Except(declared));
        foreach (var script in System.Text.RegularExpressions.Regex.Matches(text, @"\$GITHUB_ACTION_PATH/([\w./-]+)").Select(m => m.Groups[1].Value))
            Assert.True(File.Exists(Path.Combine(TestPaths.Root, script)), $"action.yml runs {script}, which is not in the repository");
        // The example workflow grants what the action needs.
        var workflow = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "github-action.yml"));
        Assert.Contains("pull-requests: write", workflow);
        Assert.Contains("security-events: write", workflow);
        Assert.Contains("fetch-depth: 0", workflow);
    }
}
