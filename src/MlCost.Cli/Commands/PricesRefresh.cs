using System.CommandLine;
using System.Text.Json;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;
using MlCost.Pricing.Refresh;
using MlCost.Reports.Text;
using Spectre.Console;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices refresh</c>: pull current prices from the AWS Price List into the cache, losing nothing on failure.</summary>
internal static class PricesRefresh
{
    public const string EndpointVariable = "MLCOST_PRICE_LIST_ENDPOINT";
    public const string DefaultEndpoint = "https://pricing.us-east-1.amazonaws.com";
    public const string DefaultQueryApiEndpoint = "https://api.pricing.us-east-1.amazonaws.com";

    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var services = new Option<string?>("--services") { Description = $"Services to refresh, comma-separated (default: all: {string.Join(",", Service.Refreshable.Select(s => s.ShortName))}; Bedrock's per-token prices are imported, not refreshed)" };
        var regions = new Option<string?>("--regions") { Description = "Regions to refresh, comma-separated (default: every region of each service)" };
        var endpoint = new Option<string?>("--endpoint") { Description = $"Price List base URL (default: ${EndpointVariable}, else {DefaultEndpoint})" };
        var retries = NumberOptions.WholeNumber("--retries", "Retries of a failed download (back-off doubles from 1 s)", 3);
        var timeout = NumberOptions.WholeNumber("--timeout", "Seconds one download attempt may take", 300);
        var parallel = NumberOptions.WholeNumber("--parallel", "Regions of a service downloaded at once (bulk source), 1 to 16", PriceRefresher.DefaultMaxDownloads);
        var source = new Option<string>("--source")
        {
            Description = "bulk: the Bulk API offer files (no credentials needed); query-api: GetProducts, signed with your AWS credentials",
            DefaultValueFactory = _ => "bulk",
        };
        source.AcceptOnlyFromAmong("bulk", "query-api");
        var format = CliOptions.Format("text", "json");
        var verbose = new Option<bool>("--verbose") { Description = "List every price the refresh skipped, not only the first" };
        var command = new Command("refresh", "Pull current prices from the AWS Price List into the cache (the user cache, or --cache); a failure keeps the previous cache")
        {
            services, regions, endpoint, source, retries, timeout, parallel, format, verbose,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var chosen = (parsed.GetValue(services) ?? string.Join(",", Service.Refreshable.Select(s => s.ShortName)))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PricesShow.FindService).Distinct().ToList();
            if (chosen.FirstOrDefault(s => !Service.Refreshable.Contains(s)) is { } notRefreshable)
                throw new UserError($"--services: {notRefreshable.ShortName}'s prices are imported, not refreshed: the Price List's {notRefreshable.DisplayName} products are not mapped to model ids yet. " +
                                    "`mlcost prices import FILE` reads a per-token table in the format of pydantic/genai-prices' providers/aws.yml");
            var wantedRegions = parsed.GetValue(regions)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var queryApi = parsed.GetValue(source) == "query-api";
            var baseUrl = parsed.GetValue(endpoint) ?? options.Environment(EndpointVariable) ?? (queryApi ? DefaultQueryApiEndpoint : DefaultEndpoint);
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
                throw new UserError($"--endpoint must be an http(s) URL, not \"{baseUrl}\"");
            if (parsed.GetValue(retries) is < 0 or > 10) throw new UserError("--retries must be between 0 and 10");
            if (parsed.GetValue(timeout) is < 1 or > 3600) throw new UserError("--timeout must be between 1 and 3600 seconds");
            if (parsed.GetValue(parallel) is < 1 or > 16) throw new UserError("--parallel must be between 1 and 16");

            var target = options.WriteTarget(parsed);
            using var http = Downloader.CreateClient();

            var policy = new RetryPolicy(parsed.GetValue(retries), TimeSpan.FromSeconds(parsed.GetValue(timeout)));
            var downloader = new Downloader(http, policy);
            var refresher = new PriceRefresher(downloader, baseUri, target, parsed.GetValue(parallel));

            var result = queryApi
                ? await refresher.RefreshFromQueryApiAsync(new QueryApiClient(http, baseUri, new AwsSdkRequestSigner(), policy), chosen, wantedRegions, cancel)
                : Console.IsErrorRedirected || stderr != Console.Error
                    ? await refresher.RefreshAsync(chosen, wantedRegions, null, cancel)
                    : await WithProgressAsync(stderr, options.NoColor, progress => refresher.RefreshAsync(chosen, wantedRegions, progress, cancel));
            Report(stdout, result, target, baseUri, parsed.GetValue(format) == "json", parsed.GetValue(verbose));
            return result.Failed ? App.Failure : App.Ok;
        });
        return command;
    }

    private static void Report(TextWriter stdout, RefreshResult result, string target, Uri endpoint, bool json, bool verbose)
    {
        var byStatus = result.Outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.ToList());
        List<RefreshOutcome> Of(RefreshStatus status) => byStatus.GetValueOrDefault(status) ?? [];
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                cache = Path.GetFullPath(target),
                endpoint = endpoint.ToString(),
                refreshed = Of(RefreshStatus.Refreshed).Select(o => new { o.Service, o.Region, o.Version, o.Prices, source = o.Detail }),
                unchanged = Of(RefreshStatus.Unchanged).Select(o => new { o.Service, o.Region, o.Version, reason = o.Detail }),
                failed = Of(RefreshStatus.Failed).Select(o => new { o.Service, o.Region, o.Version, reason = o.Detail }),
                skipped = result.Report.Skipped,
                decisions = result.Report.Decisions,
            }, Json.Options));
            return;
        }
        stdout.WriteLine($"Refreshed {Of(RefreshStatus.Refreshed).Count}, unchanged {Of(RefreshStatus.Unchanged).Count}, failed {Of(RefreshStatus.Failed).Count} (cache {Path.GetFullPath(target)}).");
        foreach (var o in result.Outcomes.OrderBy(o => o.Status).ThenBy(o => o.Service).ThenBy(o => o.Region))
            stdout.WriteLine($"  {o.Status.ToString().ToLowerInvariant(),-9} {o.Service} {o.Region}{(o.Version is null ? "" : $" v{o.Version}")}: {(o.Status == RefreshStatus.Refreshed ? $"{o.Prices} prices" : o.Detail)}");
        if (result.Failed) stdout.WriteLine("Whatever failed keeps its previous prices: a failed service's files were not written; failed Savings Plans keep their previous rates beside the refreshed on-demand prices.");
        ImportReportText.Write(stdout, result.Report, verbose, read: false);
    }

    private static async Task<RefreshResult> WithProgressAsync(TextWriter stderr, bool noColor, Func<IRefreshProgress, Task<RefreshResult>> refresh)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect });
        RefreshResult? result = null;
        await console.Progress().AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context => result = await refresh(new SpectreProgress(context)));
        return result!;
    }

    /// <summary>One line per file: its name and the bytes received so far (Price List files state no size up front).</summary>
    private sealed class SpectreProgress(ProgressContext context) : IRefreshProgress
    {
        public IProgress<long> Starting(string file)
        {
            var name = Markup.Escape(file.Length > 56 ? "…" + file[^55..] : file);
            var task = context.AddTask(name, maxValue: 1);
            task.IsIndeterminate = true;
            var received = 0L;
            return new Progress<long>(bytes =>
                task.Description = $"{name} [grey]{Interlocked.Add(ref received, bytes) / 1024.0:#,##0} KB[/]");
        }
    }
}
