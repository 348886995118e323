using System.CommandLine;
using System.Text.Json.Nodes;
using MlCost.Cli.GitHub;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost comment github --body-file FILE</c>: keeps one cost comment on the pull request up to date. It reads what
/// GitHub Actions provides — GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and the event payload at
/// GITHUB_EVENT_PATH (for the pull request's number) — each overridable by an option.
/// </summary>
internal static class CommentCommand
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var bodyFile = new Option<string>("--body-file") { Description = "The Markdown to post (e.g. from `mlcost diff --format markdown`)", Required = true, HelpName = "FILE" };
        var repository = new Option<string?>("--repo") { Description = "OWNER/NAME (default: $GITHUB_REPOSITORY)" };
        var pullRequest = new Option<int?>("--pull-request") { Description = "The pull request's number (default: from the event payload at $GITHUB_EVENT_PATH)", HelpName = "N" };
        var apiUrl = new Option<string?>("--api-url") { Description = "GitHub's REST API (default: $GITHUB_API_URL, else https://api.github.com)", HelpName = "URL" };
        var noNew = new Option<bool>("--no-new-comment") { Description = "Update MlCost's comment if the pull request has one, but start none (when no cost changed)" };
        var github = new Command("github", "Create or update MlCost's one comment on a GitHub pull request (found by a hidden marker; the token comes from $GITHUB_TOKEN)")
        {
            bodyFile, repository, pullRequest, apiUrl, noNew,
        };
        github.SetAction(async (parsed, cancel) =>
        {
            var token = options.Environment("GITHUB_TOKEN") is { Length: > 0 } t ? t
                : throw new UserError("comment github needs a token in $GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ github.token }})");
            var repo = parsed.GetValue(repository) ?? options.Environment("GITHUB_REPOSITORY")
                ?? throw new UserError("comment github needs the repository: --repo OWNER/NAME, or $GITHUB_REPOSITORY");
            if (repo.Split('/') is not [{ Length: > 0 }, { Length: > 0 }]) throw new UserError($"--repo: \"{repo}\" is not OWNER/NAME");
            var number = parsed.GetValue(pullRequest) ?? NumberFromEvent(options.Environment("GITHUB_EVENT_PATH"));
            var api = parsed.GetValue(apiUrl) ?? options.Environment("GITHUB_API_URL") ?? "https://api.github.com";
            if (!Uri.TryCreate(api.TrimEnd('/') + "/", UriKind.Absolute, out var apiUri) || apiUri.Scheme is not ("https" or "http"))
                throw new UserError($"--api-url: \"{api}\" is not an http(s) URL");
            var report = File.ReadAllText(parsed.GetValue(bodyFile)!);

            using var http = PullRequestComment.Client(token, TimeSpan.FromSeconds(30));
            var (outcome, id) = await new PullRequestComment(http, apiUri, repo, number).UpsertAsync(report, !parsed.GetValue(noNew), cancel);
            stdout.WriteLine(outcome switch
            {
                PullRequestComment.Outcome.Created => $"Created the cost comment {id} on {repo}#{number}.",
                PullRequestComment.Outcome.Updated => $"Updated the cost comment {id} on {repo}#{number}.",
                PullRequestComment.Outcome.Unchanged => $"The cost comment {id} on {repo}#{number} already says this; nothing posted.",
                _ => $"No cost changed and {repo}#{number} has no cost comment; nothing posted.",
            });
            return App.Ok;
        });
        return new Command("comment", "Post the cost report where a change is reviewed") { github };
    }

    /// <summary>The pull request's number from a GitHub Actions event payload (pull_request, pull_request_target, issue_comment).</summary>
    private static int NumberFromEvent(string? eventPath)
    {
        if (eventPath is not { Length: > 0 } || !File.Exists(eventPath))
            throw new UserError("comment github needs the pull request: --pull-request N, or a pull-request event at $GITHUB_EVENT_PATH");
        JsonNode? payload;
        try { payload = JsonNode.Parse(File.ReadAllText(eventPath)); }
        catch (System.Text.Json.JsonException e) { throw new UserError($"{eventPath}: the event payload is not JSON ({e.Message})"); }
        return (payload?["pull_request"]?["number"] ?? payload?["issue"]?["number"])?.GetValue<int>()
               ?? throw new UserError($"{eventPath}: not a pull-request event (no pull_request.number); give --pull-request N");
    }
}
