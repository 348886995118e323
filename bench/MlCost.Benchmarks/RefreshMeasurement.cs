using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;
using MlCost.Pricing.Refresh;

namespace MlCost.Benchmarks;

/// <summary>
/// `prices refresh` of one SageMaker region whose offer file is a generated file of the given size, served by
/// a Price List on 127.0.0.1 in this process: wall time and the process's peak working set.
/// </summary>
internal static class RefreshMeasurement
{
    public static async Task RunAsync(string offerFile, string cache)
    {
        var port = FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        using var listener = new HttpListener();
        listener.Prefixes.Add(endpoint.ToString());
        listener.Start();
        var files = new Dictionary<string, Func<Stream>>
        {
            ["/offers/v1.0/aws/index.json"] = Text("""{ "offers" : { "AmazonSageMaker" : { "offerCode" : "AmazonSageMaker", "currentRegionIndexUrl" : "/offers/v1.0/aws/AmazonSageMaker/current/region_index.json" } } }"""),
            ["/offers/v1.0/aws/AmazonSageMaker/current/region_index.json"] = Text("""{ "regions" : { "us-east-1" : { "regionCode" : "us-east-1", "currentVersionUrl" : "/offers/v1.0/aws/AmazonSageMaker/20261101000000/us-east-1/index.json" } } }"""),
            ["/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/current/region_index.json"] = Text("""{ "regions" : [ ] }"""),
            ["/offers/v1.0/aws/AmazonSageMaker/20261101000000/us-east-1/index.json"] = () => File.OpenRead(offerFile),
        };
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); } catch (Exception) { return; }
                _ = Task.Run(async () =>
                {
                    await using var body = files[context.Request.Url!.AbsolutePath]();
                    context.Response.ContentLength64 = body.Length;
                    await body.CopyToAsync(context.Response.OutputStream);
                    context.Response.Close();
                });
            }
        });

        using var http = Downloader.CreateClient();
        var watch = Stopwatch.StartNew();
        var result = await new PriceRefresher(new Downloader(http, new RetryPolicy(0)), endpoint, cache).RefreshAsync([Service.SageMaker], null, null, CancellationToken.None);
        watch.Stop();
        listener.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var size = new FileInfo(offerFile).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"offer file {size / 1048576.0:F0} MB, {result.Outcomes.Sum(o => o.Prices):#,##0} prices: {watch.Elapsed.TotalSeconds:F1} s ({size / 1048576.0 / watch.Elapsed.TotalSeconds:F0} MB/s), peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; {string.Join("; ", result.Outcomes.Select(o => $"{o.Service} {o.Region} {o.Status}"))}"));
    }

    private static Func<Stream> Text(string text) => () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
