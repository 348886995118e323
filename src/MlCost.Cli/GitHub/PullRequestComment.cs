using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlCost.Cli.GitHub;

/// <summary>
/// Keeps one MlCost comment on a pull request, found by a hidden marker: created the first time, edited in place
/// after that, and left alone when its text would not change. GitHub's REST API: issue comments (a pull request is
/// an issue), https://docs.github.com/rest/issues/comments.
/// </summary>
internal sealed class PullRequestComment(HttpClient http, Uri apiUrl, string repository, int pullRequest)
{
    /// <summary>The hidden line that marks the comment as MlCost's.</summary>
    public const string Marker = "<!-- mlcost-cost-report -->";

    /// <summary>GitHub refuses a comment body over 65,536 characters.</summary>
    public const int MaxBodyLength = 65_536;

    public enum Outcome { Created, Updated, Unchanged, NotCreated }

    /// <param name="createIfMissing">False: update MlCost's comment if there is one, but start none (nothing changed).</param>
    public async Task<(Outcome Outcome, long? Id)> UpsertAsync(string report, bool createIfMissing, CancellationToken cancel)
    {
        var body = Body(report);
        var existing = await FindAsync(cancel);
        if (existing is { } found)
        {
            if (found.Body == body) return (Outcome.Unchanged, found.Id);
            await SendAsync(HttpMethod.Patch, $"repos/{repository}/issues/comments/{found.Id}", body, cancel);
            return (Outcome.Updated, found.Id);
        }
        if (!createIfMissing) return (Outcome.NotCreated, null);
        var created = await SendAsync(HttpMethod.Post, $"repos/{repository}/issues/{pullRequest}/comments", body, cancel);
        return (Outcome.Created, created?["id"]?.GetValue<long>());
    }

    /// <summary>The comment's text: the marker, then the report, cut to GitHub's limit with a line saying where the rest is.</summary>
    public static string Body(string report)
    {
        var body = Marker + "\n" + report.TrimEnd() + "\n";
        if (body.Length <= MaxBodyLength) return body;
        const string cut = "\n\n… cut to fit GitHub's comment limit: the whole report is in the job summary.\n";
        var keep = body[..(MaxBodyLength - cut.Length)];
        // End on a whole line, so a table row is never left half-written.
        var lastLine = keep.LastIndexOf('\n');
        return (lastLine > Marker.Length ? keep[..lastLine] : keep) + cut;
    }

    private async Task<(long Id, string Body)?> FindAsync(CancellationToken cancel)
    {
        (long, string)? found = null;
        for (var page = 1; ; page++)
        {
            var comments = (await SendAsync(HttpMethod.Get, $"repos/{repository}/issues/{pullRequest}/comments?per_page=100&page={page}", null, cancel))?.AsArray() ?? [];
            foreach (var comment in comments)
                if (comment?["body"]?.GetValue<string>() is { } text && text.StartsWith(Marker, StringComparison.Ordinal))
                    found = (comment["id"]!.GetValue<long>(), text);
            if (comments.Count < 100) return found;
        }
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(method, new Uri(apiUrl, path));
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(new { body }), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            var message = TryParse(text)?["message"]?.GetValue<string>() ?? text.Split('\n')[0];
            var hint = (int)response.StatusCode is 401 or 403 or 404
                ? " (the token needs permission to write pull-request comments: `permissions: pull-requests: write` in the workflow)"
                : "";
            throw new GitHubApiException($"GitHub answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {request.RequestUri!.AbsolutePath}: {message}{hint}");
        }
        return TryParse(text);
    }

    private static JsonNode? TryParse(string text)
    {
        try { return text.Length == 0 ? null : JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    /// <summary>An HttpClient with the headers GitHub's REST API asks for.</summary>
    public static HttpClient Client(string token, TimeSpan timeout)
    {
        var http = new HttpClient { Timeout = timeout };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("mlcost", "0.1"));
        return http;
    }
}

/// <summary>GitHub refused or failed a request: the message says which and what to check.</summary>
internal sealed class GitHubApiException(string message) : Exception(message);
