using System.Net;
using System.Security.Cryptography;

namespace MlCost.Pricing.Refresh;

/// <summary>How patient a refresh is with the network.</summary>
public sealed record RetryPolicy(int Retries = 3, TimeSpan? Timeout = null, TimeSpan? FirstBackOff = null)
{
    public TimeSpan AttemptTimeout => Timeout ?? TimeSpan.FromMinutes(5);

    public TimeSpan BackOff(int attempt) => (FirstBackOff ?? TimeSpan.FromSeconds(1)) * Math.Pow(2, attempt);
}

/// <summary>A download that failed for good: what was asked for and why.</summary>
public sealed class DownloadException(string url, string reason) : Exception($"{url}: {reason}")
{
    public string Url { get; } = url;

    public string Reason { get; } = reason;
}

/// <summary>
/// Fetches Price List files to local files: streamed (never held in memory), gzip-decoded, each attempt
/// under a timeout, transient failures (connection resets, truncated bodies, 5xx, 429, timeouts) retried with
/// exponential back-off, and the body checked against Content-Length and, where the server gives an S3-style
/// MD5 ETag, against that checksum.
/// </summary>
public sealed class Downloader(HttpClient http, RetryPolicy policy, Func<string, Stream>? createFile = null)
{
    private readonly Func<string, Stream> _createFile = createFile ?? (path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));

    /// <summary>Creates an HTTP client for the Price List: gzip and deflate accepted, no overall timeout (each attempt has one).</summary>
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestHeaders = { { "User-Agent", "mlcost (+https://github.com/mlcost)" } },
        };

    /// <summary>Downloads <paramref name="url"/> to <paramref name="path"/>, reporting bytes as they arrive.</summary>
    public async Task DownloadAsync(Uri url, string path, IProgress<long>? progress, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await AttemptAsync(url, path, progress, cancel);
                return;
            }
            catch (Exception e) when (Transient(e, cancel) is { } reason)
            {
                if (File.Exists(path)) File.Delete(path);
                if (attempt >= policy.Retries)
                    throw new DownloadException(url.ToString(), $"{reason} (gave up after {attempt + 1} attempts)");
                await Task.Delay(policy.BackOff(attempt), cancel);
            }
            catch (Exception e) when (e is HttpStatusException or LocalWriteException)
            {
                if (File.Exists(path)) File.Delete(path);
                throw new DownloadException(url.ToString(), e.Message);
            }
        }
    }

    private async Task AttemptAsync(Uri url, string path, IProgress<long>? progress, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(policy.AttemptTimeout);
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!response.IsSuccessStatusCode) throw new HttpStatusException(response.StatusCode);
        var expectedLength = response.Content.Headers.ContentEncoding.Count == 0 ? response.Content.Headers.ContentLength : null;
        var etag = response.Headers.ETag?.Tag.Trim('"');
        using var md5 = MD5.Create();
        long received = 0;
        await using (var body = await response.Content.ReadAsStreamAsync(timeout.Token))
        await using (var file = Local(() => _createFile(path)))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                await Local(() => file.WriteAsync(buffer.AsMemory(0, read), timeout.Token).AsTask());
                md5.TransformBlock(buffer, 0, read, null, 0);
                received += read;
                progress?.Report(read);
            }
            await Local(() => file.FlushAsync(timeout.Token));
        }
        md5.TransformFinalBlock([], 0, 0);
        if (expectedLength is { } length && received != length)
            throw new TruncatedException($"the body ended after {received:#,##0} of {length:#,##0} bytes");
        // S3 gives a plain MD5 of the body as the ETag of files uploaded in one part (32 hex digits, no dash).
        if (etag is { Length: 32 } && etag.All(Uri.IsHexDigit) && response.Content.Headers.ContentEncoding.Count == 0
            && !string.Equals(etag, Convert.ToHexStringLower(md5.Hash!), StringComparison.OrdinalIgnoreCase))
            throw new ChecksumException($"the body's MD5 {Convert.ToHexStringLower(md5.Hash!)} does not match the ETag {etag}");
    }

    /// <summary>Why a failure is worth another attempt, or null when it is not.</summary>
    private static string? Transient(Exception e, CancellationToken cancel) => e switch
    {
        HttpStatusException status when (int)status.Status is 408 or 429 or >= 500 => status.Message,
        OperationCanceledException when !cancel.IsCancellationRequested => "timed out",
        HttpRequestException http => $"connection failed: {http.Message}",
        // Reading the body (writing the file is a LocalWriteException): a reset, a truncated body, a bad checksum.
        IOException io => io is TruncatedException or ChecksumException ? io.Message : $"connection broke: {io.Message}",
        _ => null,
    };

    /// <summary>Runs a local file operation, marking its failure (a full disk) as one that retrying does not mend.</summary>
    private static T Local<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (IOException e)
        {
            throw new LocalWriteException($"cannot write the download: {e.Message}");
        }
    }

    private static async Task Local(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (IOException e)
        {
            throw new LocalWriteException($"cannot write the download: {e.Message}");
        }
    }

    private sealed class HttpStatusException(HttpStatusCode status) : Exception($"HTTP {(int)status} {status}")
    {
        public HttpStatusCode Status { get; } = status;
    }

    private sealed class TruncatedException(string message) : IOException(message);

    private sealed class ChecksumException(string message) : IOException(message);

    private sealed class LocalWriteException(string message) : Exception(message);
}
