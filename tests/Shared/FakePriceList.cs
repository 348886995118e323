using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace MlCost.Tests;

/// <summary>How the fake Price List misbehaves for one path.</summary>
public enum Fault
{
    None,
    Status500,
    Status503,
    ResetMidFile,
    TruncatedBody,
    Slow,
    WrongEtag,
}

/// <summary>
/// A Price List on 127.0.0.1: serves fixture files in the real formats at their Price List paths, and can
/// misbehave per path. Counts requests so tests can see retries. Never listens on any other address.
/// </summary>
internal sealed class FakePriceList : IDisposable
{
    public const string SageMakerVersion = "20260801000000";
    public const string ComprehendVersion = "20260116160258";

    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Fault> _faults = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>Query API calls as received: headers (lower-case names) and body.</summary>
    public ConcurrentQueue<(Dictionary<string, string> Headers, byte[] Body)> QueryRequests { get; } = new();

    public Uri Endpoint { get; }

    public FakePriceList()
    {
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        Serve("/offers/v1.0/aws/index.json", $$"""
            { "formatVersion" : "v1.0", "disclaimer" : "This pricing list is for informational purposes only.", "publicationDate" : "2026-08-01T00:00:00Z",
              "offers" : {
                "AmazonSageMaker" : { "offerCode" : "AmazonSageMaker", "currentVersionUrl" : "/offers/v1.0/aws/AmazonSageMaker/current/index.json",
                  "currentRegionIndexUrl" : "/offers/v1.0/aws/AmazonSageMaker/current/region_index.json" },
                "comprehend" : { "offerCode" : "comprehend", "currentVersionUrl" : "/offers/v1.0/aws/comprehend/current/index.json",
                  "currentRegionIndexUrl" : "/offers/v1.0/aws/comprehend/current/region_index.json" } } }
            """);
        Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json", $$"""
            { "formatVersion" : "v1.0", "publicationDate" : "2026-08-01T00:00:00Z", "regions" : {
              "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "{{SageMakerFile("us-east-1")}}" },
              "eu-west-1" : { "regionCode" : "eu-west-1", "currentVersionUrl" : "{{SageMakerFile("eu-west-1")}}" } } }
            """);
        Serve("/offers/v1.0/aws/comprehend/current/region_index.json", $$"""
            { "formatVersion" : "v1.0", "publicationDate" : "2026-01-16T16:02:58Z", "regions" : {
              "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "/offers/v1.0/aws/comprehend/{{ComprehendVersion}}/us-east-1/index.json" } } }
            """);
        Serve("/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/current/region_index.json", """
            {"disclaimer":"This pricing list is for informational purposes only.","publicationDate":"2023-10-27T16:00:53Z","regions":[
             {"regionCode":"us-east-1","versionUrl":"/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/20231027160053/us-east-1/index.json"}]}
            """);
        _files["/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/20231027160053/us-east-1/index.json"] = Fixture("ml_savings_plan_us-east-1.json");
        _files[SageMakerFile("us-east-1")] = Fixture("sagemaker-us-east-1.json");
        _files[SageMakerFile("eu-west-1")] = Fixture("sagemaker-eu-west-1.json");
        _files[$"/offers/v1.0/aws/comprehend/{ComprehendVersion}/us-east-1/index.json"] = Fixture("comprehend-us-east-1.json");
        _loop = Task.Run(LoopAsync);
    }

    public static string SageMakerFile(string region) => $"/offers/v1.0/aws/AmazonSageMaker/{SageMakerVersion}/{region}/index.json";

    /// <summary>The fixture files behind the regional offer and plan files, for importing them directly.</summary>
    public static IReadOnlyList<string> RegionalFixtures =>
        ["sagemaker-us-east-1.json", "sagemaker-eu-west-1.json", "comprehend-us-east-1.json", "ml_savings_plan_us-east-1.json"];

    public static string FixturePath(string name) => TestPaths.Fixture(Path.Combine("price-list", name));

    /// <summary>How long each file's response waits before its body goes out (zero: none).</summary>
    public TimeSpan ResponseDelay { get; private set; }

    /// <summary>The most file requests held at once since <see cref="HoldResponses"/>.</summary>
    public int MaxInFlight { get; private set; }

    /// <summary>From now on each file's response waits <paramref name="delay"/>, and <see cref="MaxInFlight"/> counts afresh.</summary>
    public void HoldResponses(TimeSpan delay)
    {
        lock (_files) MaxInFlight = 0;
        ResponseDelay = delay;
    }

    private int _inFlight;

    /// <summary>Serves SageMaker offer files for more regions (the eu-west-1 fixture moved to each), listed in the region index.</summary>
    public void ServeSageMakerRegions(IReadOnlyList<string> regions)
    {
        var template = System.Text.Encoding.UTF8.GetString(Fixture("sagemaker-eu-west-1.json"));
        foreach (var region in regions) Serve(SageMakerFile(region), template.Replace("eu-west-1", region));
        var entries = regions.Append("us-east-1").Append("eu-west-1").Distinct()
            .Select(r => $$"""  "{{r}}" : { "regionCode" : "{{r}}", "currentVersionUrl" : "{{SageMakerFile(r)}}" }""");
        Serve("/offers/v1.0/aws/AmazonSageMaker/current/region_index.json",
            $$"""{ "formatVersion" : "v1.0", "publicationDate" : "2026-08-01T00:00:00Z", "regions" : { {{string.Join(",\n", entries)}} } }""");
    }

    public void Serve(string path, string body) => _files[path] = System.Text.Encoding.UTF8.GetBytes(body);

    public void Break(string path, Fault fault) => _faults[path] = fault;

    private readonly ConcurrentDictionary<string, bool> _gzip = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="path"/> gzip-compressed to clients that accept it, as AWS's CDN does.</summary>
    public void Gzip(string path) => _gzip[path] = true;

    /// <summary>How many responses went out gzip-compressed.</summary>
    public int GzipServed => _gzipServed;

    private int _gzipServed;

    private static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod == "POST" && _faults.GetValueOrDefault(path) is Fault.Status500 or Fault.Status503)
            {
                response.StatusCode = _faults[path] == Fault.Status500 ? 500 : 503;
                response.Close();
                return;
            }
            if (context.Request.HttpMethod == "POST")
            {
                await GetProducts(context);
                return;
            }
            if (!_files.TryGetValue(path, out var body))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            if (ResponseDelay > TimeSpan.Zero)
            {
                // Held open a while, so downloads that run side by side overlap and can be counted.
                var inFlight = Interlocked.Increment(ref _inFlight);
                lock (_files) MaxInFlight = Math.Max(MaxInFlight, inFlight);
                await Task.Delay(ResponseDelay, _stop.Token);
                Interlocked.Decrement(ref _inFlight);
            }
            switch (_faults.GetValueOrDefault(path))
            {
                case Fault.Status500 or Fault.Status503:
                    response.StatusCode = _faults[path] == Fault.Status500 ? 500 : 503;
                    response.Close();
                    return;
                case Fault.ResetMidFile:
                    response.ContentLength64 = body.Length;
                    await response.OutputStream.WriteAsync(body.AsMemory(0, body.Length / 2));
                    await response.OutputStream.FlushAsync();
                    response.Abort();
                    return;
                case Fault.TruncatedBody:
                    response.SendChunked = true;
                    await response.OutputStream.WriteAsync(body.AsMemory(0, body.Length / 2));
                    response.Close();
                    return;
                case Fault.Slow:
                    response.ContentLength64 = body.Length;
                    await response.OutputStream.WriteAsync(body.AsMemory(0, 10));
                    await response.OutputStream.FlushAsync();
                    await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                    response.Abort();
                    return;
                case Fault.WrongEtag:
                    response.Headers["ETag"] = "\"" + Convert.ToHexStringLower(MD5.HashData([.. body, (byte)' '])) + "\"";
                    break;
                default:
                    response.Headers["ETag"] = "\"" + Convert.ToHexStringLower(MD5.HashData(body)) + "\"";
                    break;
            }
            if (_gzip.ContainsKey(path) && (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                using var compressed = new MemoryStream();
                using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                    gzip.Write(body);
                body = compressed.ToArray();
                response.Headers["Content-Encoding"] = "gzip";
                Interlocked.Increment(ref _gzipServed);
                response.Headers.Remove("ETag");
            }
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
        catch (Exception)
        {
            try { response.Abort(); } catch (Exception) { }
        }
    }

    /// <summary>
    /// GetProducts over the fixture offer files, one product a page (so pagination is exercised), each item a
    /// JSON document serialised as a string, as the Query API returns them.
    /// </summary>
    private async Task GetProducts(HttpListenerContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k]!);
        QueryRequests.Enqueue((headers, buffer.ToArray()));
        using var request = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        var service = request.RootElement.GetProperty("ServiceCode").GetString()!;
        var region = request.RootElement.GetProperty("Filters")[0].GetProperty("Value").GetString()!;
        var start = request.RootElement.TryGetProperty("NextToken", out var token) && token.ValueKind == System.Text.Json.JsonValueKind.String ? int.Parse(token.GetString()!) : 0;
        var file = service == "AmazonSageMaker" ? $"sagemaker-{region}.json" : $"{service}-{region}.json";
        var items = File.Exists(FixturePath(file)) ? Items(File.ReadAllText(FixturePath(file))) : [];
        var page = new System.Text.Json.Nodes.JsonObject { ["FormatVersion"] = "aws_v1", ["PriceList"] = new System.Text.Json.Nodes.JsonArray(items.Skip(start).Take(1).Select(i => (System.Text.Json.Nodes.JsonNode)i).ToArray()) };
        if (start + 1 < items.Count) page["NextToken"] = (start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
        context.Response.ContentType = "application/x-amz-json-1.1";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static List<string> Items(string offerFile)
    {
        var offer = System.Text.Json.Nodes.JsonNode.Parse(offerFile)!;
        return offer["products"]!.AsObject().Select(p => new System.Text.Json.Nodes.JsonObject
        {
            ["product"] = p.Value!.DeepClone(),
            ["serviceCode"] = offer["offerCode"]!.GetValue<string>(),
            ["terms"] = new System.Text.Json.Nodes.JsonObject
            {
                ["OnDemand"] = offer["terms"]!["OnDemand"]![p.Key]?.DeepClone() ?? new System.Text.Json.Nodes.JsonObject(),
            },
            ["version"] = offer["version"]!.GetValue<string>(),
            ["publicationDate"] = offer["publicationDate"]!.GetValue<string>(),
        }.ToJsonString()).ToList();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
