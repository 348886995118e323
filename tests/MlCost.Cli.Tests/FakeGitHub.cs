using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MlCost.Cli.Tests;

/// <summary>
/// A stand-in for GitHub's REST API on 127.0.0.1: the issue-comment endpoints a pull-request comment uses (list with
/// pagination, create, edit), answering as GitHub documents them, and refusing requests without the bearer token.
/// </summary>
internal sealed class FakeGitHub : IDisposable
{
    public const string Token = "ghs_test_token_not_real";

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private long _nextId = 1_000;

    /// <summary>The comments on each issue, by "owner/name#number".</summary>
    public ConcurrentDictionary<string, List<(long Id, string Body)>> Comments { get; } = new();

    /// <summary>Every request, as "METHOD /path".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri Endpoint { get; }

    public FakeGitHub()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public IReadOnlyList<string> Writes => Requests.Where(r => !r.StartsWith("GET", StringComparison.Ordinal)).ToList();

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            try { await Respond(context); }
            finally { context.Response.Close(); }
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        Requests.Enqueue($"{request.HttpMethod} {path}");
        if (request.Headers["Authorization"] != $"Bearer {Token}")
        {
            await Write(context, 401, new JsonObject { ["message"] = "Bad credentials" });
            return;
        }
        var parts = path.Trim('/').Split('/');
        // repos/{owner}/{name}/issues/{number}/comments
        if (parts is ["repos", var owner, var name, "issues", var number, "comments"])
        {
            var comments = Comments.GetOrAdd($"{owner}/{name}#{number}", _ => []);
            if (request.HttpMethod == "GET")
            {
                var perPage = int.Parse(request.QueryString["per_page"] ?? "30");
                var page = int.Parse(request.QueryString["page"] ?? "1");
                JsonArray list;
                lock (comments)
                    list = new JsonArray(comments.Skip((page - 1) * perPage).Take(perPage)
                        .Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["body"] = c.Body, ["user"] = new JsonObject { ["login"] = "github-actions[bot]" } }).ToArray());
                await Write(context, 200, list);
                return;
            }
            if (request.HttpMethod == "POST")
            {
                var body = await Body(request);
                var id = Interlocked.Increment(ref _nextId);
                lock (comments) comments.Add((id, body));
                await Write(context, 201, new JsonObject { ["id"] = id, ["body"] = body });
                return;
            }
        }
        // repos/{owner}/{name}/issues/comments/{id}
        if (parts is ["repos", _, _, "issues", "comments", var commentId] && request.HttpMethod == "PATCH")
        {
            var id = long.Parse(commentId);
            var body = await Body(request);
            var edited = false;
            foreach (var comments in Comments.Values)
                lock (comments)
                {
                    var index = comments.FindIndex(c => c.Id == id);
                    if (index < 0) continue;
                    comments[index] = (id, body);
                    edited = true;
                }
            if (edited)
            {
                await Write(context, 200, new JsonObject { ["id"] = id, ["body"] = body });
                return;
            }
        }
        await Write(context, 404, new JsonObject { ["message"] = "Not Found" });
    }

    private static async Task<string> Body(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        return JsonNode.Parse(await reader.ReadToEndAsync())!["body"]!.GetValue<string>();
    }

    private static Task Write(HttpListenerContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return context.Response.OutputStream.WriteAsync(bytes).AsTask();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
