using System.Net;
using System.Text;
using System.Text.Json;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Refresh;

/// <summary>
/// The Price List Query API's GetProducts (JSON 1.1, <c>X-Amz-Target: AWSPriceListService.GetProducts</c>),
/// signed, with a region filter and pagination through NextToken; each page's products and terms go to a sink.
/// Transient failures are retried like downloads.
/// </summary>
public sealed class QueryApiClient(HttpClient http, Uri endpoint, IRequestSigner signer, RetryPolicy policy)
{
    public const string Target = "AWSPriceListService.GetProducts";

    /// <summary>Reads every product of <paramref name="serviceCode"/> in <paramref name="region"/>; returns the version and publication date seen.</summary>
    public async Task<OfferFileHeader> GetProductsAsync(string serviceCode, string region, IOfferFileSink sink, CancellationToken cancel)
    {
        string? next = null, version = null, published = null;
        var pages = 0;
        do
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
            {
                ["ServiceCode"] = serviceCode,
                ["Filters"] = new[] { new Dictionary<string, string> { ["Type"] = "TERM_MATCH", ["Field"] = "regionCode", ["Value"] = region } },
                ["FormatVersion"] = "aws_v1",
                ["MaxResults"] = 100,
                ["NextToken"] = next,
            });
            var page = await PostAsync(body, cancel);
            foreach (var item in page.Items)
            {
                sink.Product(item.Product);
                foreach (var term in item.Terms) sink.Term(term);
                version ??= item.Version;
                published ??= item.PublicationDate;
            }
            next = page.NextToken;
            if (++pages > 10_000) throw new DownloadException(endpoint.ToString(), "more than 10,000 pages: the NextToken never ends");
        }
        while (!string.IsNullOrEmpty(next));
        return new OfferFileHeader("aws_v1", serviceCode, version, published);
    }

    private async Task<GetProductsPage> PostAsync(byte[] body, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            string reason;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(policy.AttemptTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
                request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
                signer.Sign(request, body, DateTime.UtcNow);
                using var response = await http.SendAsync(request, timeout.Token);
                var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    try
                    {
                        return GetProductsResponseReader.Read(new MemoryStream(bytes));
                    }
                    catch (PriceFileException e)
                    {
                        throw new DownloadException(endpoint.ToString(), $"the GetProducts response cannot be read: {e.Message}");
                    }
                }
                var message = $"HTTP {(int)response.StatusCode} {response.StatusCode}: {Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300))}";
                if ((int)response.StatusCode is not (408 or 429 or >= 500)) throw new DownloadException(endpoint.ToString(), message);
                reason = message;
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                reason = "timed out";
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                reason = $"connection failed: {e.Message}";
            }
            if (attempt >= policy.Retries) throw new DownloadException(endpoint.ToString(), $"{reason} (gave up after {attempt + 1} attempts)");
            await Task.Delay(policy.BackOff(attempt), cancel);
        }
    }
}
