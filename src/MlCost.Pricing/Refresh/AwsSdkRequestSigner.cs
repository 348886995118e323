using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Internal.Auth;

namespace MlCost.Pricing.Refresh;

/// <summary>
/// SigV4 for the Price List Query API with AWSSDK.Core 4.1.0: its default credential chain (environment,
/// profiles, SSO, instance metadata) and its signing-key derivation and signature; the canonical request is
/// built here. The SDK types used live in its Internal namespaces, which is why the package version is pinned
/// and why nothing else in MlCost touches them.
/// </summary>
public sealed class AwsSdkRequestSigner(string region = "us-east-1", string service = "pricing") : IRequestSigner
{
    private readonly Lazy<ImmutableCredentials> _credentials = new(() =>
    {
        try
        {
            return new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null!).GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new DownloadException("https://api.pricing.us-east-1.amazonaws.com", $"no AWS credentials for the Query API ({e.Message}); set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile, or use the Bulk API (the default source)");
        }
    });

    public void Sign(HttpRequestMessage request, byte[] body, DateTime utcNow)
    {
        var credentials = _credentials.Value;
        var amzDate = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Remove("X-Amz-Date");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (!string.IsNullOrEmpty(credentials.Token)) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.Token);

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = request.RequestUri!.IsDefaultPort ? request.RequestUri.Host : $"{request.RequestUri.Host}:{request.RequestUri.Port}",
        };
        foreach (var (name, values) in request.Headers) headers[name.ToLowerInvariant()] = string.Join(",", values).Trim();
        if (request.Content is { } content)
            foreach (var (name, values) in content.Headers) headers[name.ToLowerInvariant()] = string.Join(",", values).Trim();
        headers.Remove("authorization");
        headers.Remove("content-length");
        headers.Remove("user-agent");

        var signedHeaders = string.Join(";", headers.Keys);
        var canonical = string.Join("\n",
            request.Method.Method,
            request.RequestUri.AbsolutePath.Length == 0 ? "/" : request.RequestUri.AbsolutePath,
            request.RequestUri.Query.TrimStart('?'),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            Convert.ToHexStringLower(SHA256.HashData(body)));
        var result = AWS4Signer.ComputeSignature(credentials, region, utcNow, service, signedHeaders, canonical);
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }
}
