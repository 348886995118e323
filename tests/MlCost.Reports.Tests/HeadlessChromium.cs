using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlCost.Reports.Tests;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol (its WebSocket, on 127.0.0.1): opens a page, records
/// every console message, uncaught exception, log entry and network request while it loads, evaluates expressions
/// in it, and prints it to PDF or captures it as PNG. The real browser a finance reader opens the report in.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;
    private string? _session;
    private Task? _reader;

    /// <summary>Console messages of type error or warning, exceptions, and log entries of level error, as text.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Every URL the page requested.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static string Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: apt-get install chromium (.ci/run does)");

    private HeadlessChromium(Process browser, DirectoryInfo profile)
    {
        _browser = browser;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("mlcost-chromium-");
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}", "about:blank" })
            start.ArgumentList.Add(argument);
        var browser = Process.Start(start)!;
        var chromium = new HeadlessChromium(browser, profile);
        // Chromium says where its DevTools endpoint listens on stderr: "DevTools listening on ws://127.0.0.1:PORT/...".
        var endpoint = await Task.Run(() =>
        {
            while (browser.StandardError.ReadLine() is { } line)
                if (DevToolsLine().Match(line) is { Success: true } match) return match.Groups[1].Value;
            return null;
        }).WaitAsync(TimeSpan.FromSeconds(60));
        if (endpoint is null) throw new InvalidOperationException("Chromium exited before opening its DevTools endpoint");
        _ = Task.Run(() => browser.StandardError.ReadToEnd());
        await chromium._socket.ConnectAsync(new Uri(endpoint), CancellationToken.None);
        chromium._reader = Task.Run(chromium.ReadAsync);
        var target = await chromium.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await chromium.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        chromium._session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Network.enable", "Page.enable" }) await chromium.SendAsync(domain);
        return chromium;
    }

    /// <summary>Opens <paramref name="file"/> and waits for its load event.</summary>
    public async Task OpenAsync(string file)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        await _loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The value of a JavaScript expression in the page (JSON-serialisable values).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } failed) throw new InvalidOperationException($"{expression}: {failed.ToJsonString()}");
        return result["result"]!["value"];
    }

    public async Task<byte[]> PrintToPdfAsync(bool a4)
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = a4 ? 8.27 : 8.5,
            ["paperHeight"] = a4 ? 11.69 : 11,
            ["printBackground"] = true,
            ["displayHeaderFooter"] = false,
        });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1200, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel) message["sessionId"] = _session;
        var answer = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var reply = await answer.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return reply["result"] ?? new JsonObject();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        var text = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try { received = await _socket.ReceiveAsync(buffer, _stop.Token); }
            catch (Exception) when (_stop.IsCancellationRequested || _socket.State != WebSocketState.Open) { return; }
            text.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage) continue;
            var message = JsonNode.Parse(Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length))!;
            text.SetLength(0);
            if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var answer)) answer.TrySetResult(message);
            else Observe(message["method"]?.GetValue<string>(), message["params"]);
        }
    }

    private void Observe(string? method, JsonNode? parameters)
    {
        string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (method == "Runtime.consoleAPICalled" && Text(parameters?["type"]) is "error" or "warning" or "assert")
            Problems.Enqueue("console " + Text(parameters!["type"]) + ": " + parameters["args"]?.ToJsonString());
        else if (method == "Runtime.exceptionThrown")
            Problems.Enqueue("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
        else if (method == "Log.entryAdded" && Text(parameters?["entry"]?["level"]) is "error" or "warning")
            Problems.Enqueue("log " + parameters!["entry"]!.ToJsonString());
        else if (method == "Network.requestWillBeSent")
            Requests.Enqueue(Text(parameters?["request"]?["url"]) ?? "?");
        else if (method == "Page.loadEventFired")
            _loaded.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { _socket.Abort(); } catch (WebSocketException) { }
        if (_reader is not null) await _reader.ContinueWith(_ => { });
        if (!_browser.HasExited) _browser.Kill(entireProcessTree: true);
        await _browser.WaitForExitAsync();
        _browser.Dispose();
        try { _profile.Delete(recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
