using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;
using MlCost.Pricing.Refresh;

namespace MlCost.Pricing.Tests.Refresh;

/// <summary>
/// The Query API source against GetProducts on 127.0.0.1, with the signature checked independently. The SDK's
/// credential chain reads the process's environment, so these tests set it, and run alone while they do.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class QueryApiTests : IDisposable
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private readonly FakePriceList _server = new();
    private readonly HttpClient _http = Downloader.CreateClient();

    private static readonly string[] Variables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_EC2_METADATA_DISABLED"];
    private readonly Dictionary<string, string?> _previous = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    public QueryApiTests()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SecretKey);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous) Environment.SetEnvironmentVariable(name, value);
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public void The_SDK_signature_matches_the_published_SigV4_example()
    {
        // AWS's SigV4 test suite, "get-vanilla": GET / on example.amazonaws.com, 2015-08-30T12:36:00Z, service "service".
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");
        new AwsSdkRequestSigner("us-east-1", "service").Sign(request, [], new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc));
        Assert.EndsWith("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public async Task Refreshing_through_GetProducts_follows_pages_and_signs_every_request()
    {
        var client = new QueryApiClient(_http, _server.Endpoint, new AwsSdkRequestSigner(), new RetryPolicy(1, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10)));
        using var folder = new TempFolder();
        var result = await new PriceRefresher(new Downloader(_http, new RetryPolicy()), _server.Endpoint, folder.Path)
            .RefreshFromQueryApiAsync(client, [Service.SageMaker], ["us-east-1", "eu-west-1"], CancellationToken.None);

        Assert.False(result.Failed, string.Join("; ", result.Outcomes.Select(o => o.Detail)));
        var cache = PriceCache.Open(folder.Path);
        Assert.Equal(0.115m, cache.Prices(Service.SageMaker, "us-east-1").Single(p => p.Attribute(Attr.Component) == SageMakerComponent.Training).Tiers[0].UsdPerUnit);
        Assert.Equal(0.128m, cache.Prices(Service.SageMaker, "eu-west-1").Single(p => p.Attribute(Attr.Component) == SageMakerComponent.Training).Tiers[0].UsdPerUnit);

        // Three products a region (one of another service), one per page: three requests each, following NextToken.
        var requests = _server.QueryRequests.ToList();
        Assert.Equal(6, requests.Count);
        Assert.Contains(requests, r => Encoding.UTF8.GetString(r.Body).Contains("\"NextToken\":\"1\""));
        foreach (var (headers, body) in requests)
        {
            Assert.Equal(QueryApiClient.Target, headers["x-amz-target"]);
            Assert.Equal("application/x-amz-json-1.1", headers["content-type"]);
            Assert.Equal(ExpectedAuthorization(headers, body), headers["authorization"]);
        }
    }

    [Fact]
    public async Task A_failing_GetProducts_is_retried_then_reported_and_keeps_nothing()
    {
        _server.Break("/", Fault.Status500);
        var client = new QueryApiClient(_http, _server.Endpoint, new AwsSdkRequestSigner(), new RetryPolicy(1, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10)));
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "cache");
        var result = await new PriceRefresher(new Downloader(_http, new RetryPolicy()), _server.Endpoint, cache)
            .RefreshFromQueryApiAsync(client, [Service.Comprehend], ["us-east-1"], CancellationToken.None);
        Assert.Contains("HTTP 500", Assert.Single(result.Outcomes).Detail);
        Assert.False(Directory.Exists(cache));
        Assert.Equal(2, _server.Requests["/"]);
    }

    /// <summary>SigV4 computed here, independently of the SDK, from what the server received.</summary>
    private static string ExpectedAuthorization(Dictionary<string, string> headers, byte[] body)
    {
        var signedNames = Regex.Match(headers["authorization"], "SignedHeaders=([^,]+)").Groups[1].Value.Split(';');
        Assert.Equal(["content-type", "host", "x-amz-date", "x-amz-target"], signedNames);
        var amzDate = headers["x-amz-date"];
        var day = amzDate[..8];
        var canonical = string.Join("\n", "POST", "/", "", string.Concat(signedNames.Select(n => $"{n}:{headers[n].Trim()}\n")), string.Join(";", signedNames),
            Convert.ToHexStringLower(SHA256.HashData(body)));
        var scope = $"{day}/us-east-1/pricing/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = new[] { day, "us-east-1", "pricing", "aws4_request" }.Aggregate(Encoding.UTF8.GetBytes("AWS4" + SecretKey), (k, part) => HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(part)));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return $"AWS4-HMAC-SHA256 Credential={AccessKey}/{scope}, SignedHeaders={string.Join(";", signedNames)}, Signature={signature}";
    }
}

/// <summary>Tests that change the process's environment variables: run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "process environment";
}
