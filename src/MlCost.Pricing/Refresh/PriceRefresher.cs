using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Refresh;

/// <summary>What happened to one service in one region.</summary>
public sealed record RefreshOutcome(string Service, string Region, RefreshStatus Status, string? Version, string Detail, int Prices = 0);

public enum RefreshStatus
{
    Refreshed,
    Unchanged,
    Failed,
}

/// <summary>The outcome of a refresh, service by service and region by region, and what its import skipped or decided.</summary>
public sealed record RefreshResult(IReadOnlyList<RefreshOutcome> Outcomes, ImportReport Report)
{
    public bool Failed => Outcomes.Any(o => o.Status == RefreshStatus.Failed);
}

/// <summary>Reports files as they download: their name when they start, and bytes as they arrive.</summary>
public interface IRefreshProgress
{
    IProgress<long> Starting(string file);
}

/// <summary>
/// Pulls current prices from the AWS Price List (Bulk API): the offer index, each service's region index,
/// the regional offer files asked for and, for SageMaker, the Machine Learning Savings Plans files. A region
/// whose offer version the cache already has is skipped; the others download side by side, a bounded number at once. Every file is downloaded to a private folder and
/// streamed into a new cache file there (constant memory, whatever the file's size), checked (its offer code,
/// its prices) before anything is kept; a service is kept only when all of its files are good, and what is
/// kept goes into the cache in one atomic swap. On any failure the rest of the cache is untouched.
/// </summary>
public sealed class PriceRefresher(Downloader downloader, Uri endpoint, string cacheDirectory, int maxDownloads = PriceRefresher.DefaultMaxDownloads)
{
    /// <summary>How many regions of a service download at once unless told otherwise.</summary>
    public const int DefaultMaxDownloads = 4;

    private readonly CacheManifest? current = File.Exists(Path.Combine(cacheDirectory, CacheManifest.FileName))
        ? PriceCache.Open(cacheDirectory).Manifest
        : null;

    public const string MachineLearningSavingsPlans = "AWSMachineLearningSavingsPlans";

    // What every file's import read past or skipped, as `prices import` reports it.
    private readonly ImportReport _report = new();

    // Savings Plans that could not be had: reported on their own, never failing the on-demand prices.
    private readonly List<RefreshOutcome> _planFailures = [];

    public async Task<RefreshResult> RefreshAsync(IReadOnlyList<Service> services, IReadOnlyCollection<string>? regions, IRefreshProgress? progress, CancellationToken cancel)
    {
        var work = Directory.CreateTempSubdirectory("mlcost-refresh-");
        try
        {
            var outcomes = new List<RefreshOutcome>();
            var files = new List<PreparedCacheFile>();
            var index = await ReadAsync("/offers/v1.0/aws/index.json", work, progress, OfferIndexReader.Read, cancel);
            foreach (var service in services)
            {
                var (serviceOutcomes, serviceFiles) = await RefreshServiceAsync(service, index, regions, work, progress, cancel);
                outcomes.AddRange(Keep(serviceOutcomes, serviceFiles, files));
            }
            outcomes.AddRange(_planFailures);
            if (files.Count > 0) PriceCacheWriter.Write(cacheDirectory, files);
            return new RefreshResult(outcomes, _report);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>A service's files are kept only when none of them failed; otherwise its good ones are reported as not kept.</summary>
    private static List<RefreshOutcome> Keep(List<RefreshOutcome> outcomes, List<PreparedCacheFile> serviceFiles, List<PreparedCacheFile> kept)
    {
        if (outcomes.All(o => o.Status != RefreshStatus.Failed))
        {
            kept.AddRange(serviceFiles);
            return outcomes;
        }
        return outcomes.Select(o => o.Status == RefreshStatus.Refreshed
            ? o with { Status = RefreshStatus.Failed, Detail = "downloaded and good, but not kept: another file of this service failed" }
            : o).ToList();
    }

    private async Task<(List<RefreshOutcome>, List<PreparedCacheFile>)> RefreshServiceAsync(
        Service service, OfferIndex index, IReadOnlyCollection<string>? regions, DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        var outcomes = new List<RefreshOutcome>();
        var files = new List<PreparedCacheFile>();
        try
        {
            var offer = index.Offers.FirstOrDefault(o => o.OfferCode == service.OfferCode)
                ?? throw new RefreshFailure($"the offer index has no {service.OfferCode}");
            var regionIndex = await ReadAsync(offer.CurrentRegionIndexUrl ?? $"/offers/v1.0/aws/{service.OfferCode}/current/region_index.json",
                work, progress, RegionIndexReader.Read, cancel);
            var wanted = regionIndex.Regions.Where(r => regions is null || regions.Contains(r.RegionCode)).OrderBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
            foreach (var missing in (regions ?? []).Where(r => regionIndex.Regions.All(x => x.RegionCode != r)))
                outcomes.Add(new RefreshOutcome(service.ShortName, missing, RefreshStatus.Unchanged, null, $"{service.DisplayName} is not offered there"));

            var stale = new List<RegionIndexEntry>();
            foreach (var region in wanted)
            {
                var version = VersionOf(region.Url);
                if (version is not null && current?.Version(service, region.RegionCode) == version)
                    outcomes.Add(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Unchanged, version, "the cache has this version"));
                else
                    stale.Add(region);
            }
            var plans = service == Service.SageMaker && stale.Count > 0 ? await PlanIndexAsync(work, progress, cancel) : default;
            // The regions download side by side, at most maxDownloads at once; each keeps its own import report, merged
            // below in region order, so the outcome reads the same however the downloads interleave.
            var results = await InParallelAsync(stale, region => RefreshRegionAsync(service, region, plans, work, progress, cancel), cancel);
            foreach (var result in results)
            {
                outcomes.Add(result.Outcome);
                files.AddRange(result.Files);
                if (result.PlanFailure is not null) _planFailures.Add(result.PlanFailure);
                _report.Add(result.Report);
            }
        }
        catch (Exception e) when (Failure(e) is { } why)
        {
            outcomes.Add(new RefreshOutcome(service.ShortName, "*", RefreshStatus.Failed, null, why));
        }
        return (outcomes, files);
    }

    /// <summary>One region's refresh: its outcome, the cache file written (when it worked), a Savings Plans failure, and what its import reported.</summary>
    private sealed record RegionResult(RefreshOutcome Outcome, IReadOnlyList<PreparedCacheFile> Files, RefreshOutcome? PlanFailure, ImportReport Report);

    /// <summary>The Machine Learning Savings Plans region index, or why it cannot be had (then every region keeps its previous plan rates).</summary>
    private async Task<(RegionIndex? Index, string? Unavailable)> PlanIndexAsync(DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        try
        {
            return (await ReadAsync($"/savingsPlan/v1.0/aws/{MachineLearningSavingsPlans}/current/region_index.json", work, progress, RegionIndexReader.Read, cancel), null);
        }
        catch (Exception e) when (Failure(e) is { } why)
        {
            return (null, why);
        }
    }

    private async Task<RegionResult> RefreshRegionAsync(
        Service service, RegionIndexEntry region, (RegionIndex? Index, string? Unavailable) plans, DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        var report = new ImportReport();
        var version = VersionOf(region.Url);
        try
        {
            IReadOnlyList<PreparedCacheFile> files;
            RefreshOutcome? planFailure = null;
            using (var writer = new CacheFileWriter(work.FullName, service, region.RegionCode))
            {
                await ReadOfferAsync(service, region, writer, report, work, progress, cancel);
                if (service == Service.SageMaker)
                {
                    try
                    {
                        if (plans.Unavailable is not null) throw new RefreshFailure(plans.Unavailable);
                        if (plans.Index!.Regions.FirstOrDefault(p => p.RegionCode == region.RegionCode) is { } plan)
                        {
                            var file = await ReadAsync(plan.Url, work, progress, SavingsPlanFileReader.Read, cancel);
                            foreach (var rate in SavingsPlanImport.Records(file, new Uri(endpoint, plan.Url).ToString(), report).Where(r => r.Service == service.OfferCode))
                                writer.Add(rate);
                        }
                    }
                    catch (Exception e) when (Failure(e) is { } why)
                    {
                        // The on-demand prices stand on their own; the plan rates the cache had are kept.
                        var previous = PreviousPlanRates(region.RegionCode);
                        foreach (var rate in previous) writer.Add(rate);
                        planFailure = new RefreshOutcome($"{service.ShortName} Savings Plans", region.RegionCode, RefreshStatus.Failed, null,
                            $"{why}; the on-demand prices were refreshed and the cache's {previous.Count} previous plan rate(s) kept");
                    }
                }
                files = writer.Finish();
            }
            return new RegionResult(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Refreshed, version, Source(region.Url), files.Sum(f => f.Entry.Prices)),
                files, planFailure, report);
        }
        catch (Exception e) when (Failure(e) is { } why)
        {
            return new RegionResult(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Failed, version, why), [], null, report);
        }
    }

    /// <summary>Runs <paramref name="run"/> for every item, at most <see cref="maxDownloads"/> at once; the results in the items' order.</summary>
    private async Task<T[]> InParallelAsync<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, Task<T>> run, CancellationToken cancel)
    {
        using var gate = new SemaphoreSlim(maxDownloads);
        return await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync(cancel);
            try
            {
                return await run(item);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>The Savings Plans rates the cache held for SageMaker in a region before this refresh.</summary>
    private List<PriceRecord> PreviousPlanRates(string region)
    {
        if (current?.RegionFile(Service.SageMaker, region) is null) return [];
        return PriceCache.Open(cacheDirectory).Prices(Service.SageMaker, region).Where(p => p.TermType == TermType.SavingsPlan).ToList();
    }

    /// <summary>Streams a regional offer file into <paramref name="writer"/>; returns how many prices it held.</summary>
    private async Task<int> ReadOfferAsync(Service service, RegionIndexEntry region, CacheFileWriter writer, ImportReport report, DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        var import = new StreamingOfferImport(service, region.RegionCode, new Uri(endpoint, region.Url).ToString(), writer.Add, report);
        var header = await ReadAsync(region.Url, work, progress, stream =>
        {
            // The offer code comes first in AWS's files: refuse another service's file before reading its prices.
            var read = OfferFileReader.Read(stream, new OfferCodeGuard(service, import));
            import.Finish();
            return read;
        }, cancel);
        if (header.OfferCode != service.OfferCode)
            throw new RefreshFailure($"{Source(region.Url)} is an offer file for {header.OfferCode}, not {service.OfferCode}");
        if (import.Records == 0) throw new RefreshFailure($"{Source(region.Url)} holds no {service.DisplayName} prices for {region.RegionCode}");
        return import.Records;
    }

    /// <summary>Stops reading a file as soon as its offer code shows it is another service's.</summary>
    private sealed class OfferCodeGuard(Service service, IOfferFileSink inner) : IOfferFileSink
    {
        public void Product(OfferProduct product) => inner.Product(product);

        public void Term(OfferTerm term) => inner.Term(term);

        public void Field(string name, string value)
        {
            if (name == "offerCode" && value != service.OfferCode)
                throw new RefreshFailure($"it is an offer file for {value}, not {service.OfferCode}");
            inner.Field(name, value);
        }
    }

    /// <summary>
    /// The same through the Query API (GetProducts, signed), region by region: for the regions asked for, else
    /// the service's regions in the cache, else us-east-1. The Query API has no Savings Plans, so SageMaker
    /// files refreshed this way carry none.
    /// </summary>
    public async Task<RefreshResult> RefreshFromQueryApiAsync(QueryApiClient client, IReadOnlyList<Service> services, IReadOnlyCollection<string>? regions, CancellationToken cancel)
    {
        var work = Directory.CreateTempSubdirectory("mlcost-refresh-");
        try
        {
            var outcomes = new List<RefreshOutcome>();
            var files = new List<PreparedCacheFile>();
            foreach (var service in services)
            {
                var inCache = current?.Regions(service) ?? [];
                var serviceRegions = regions?.Order(StringComparer.Ordinal).ToList() ?? (inCache.Count > 0 ? inCache : ["us-east-1"]);
                var serviceFiles = new List<PreparedCacheFile>();
                var serviceOutcomes = new List<RefreshOutcome>();
                foreach (var region in serviceRegions)
                {
                    var source = $"{endpoint} GetProducts ServiceCode={service.OfferCode} regionCode={region}";
                    try
                    {
                        IReadOnlyList<PreparedCacheFile> written;
                        OfferFileHeader header;
                        using (var writer = new CacheFileWriter(work.FullName, service, region))
                        {
                            var import = new StreamingOfferImport(service, region, source, writer.Add, _report);
                            header = await client.GetProductsAsync(service.OfferCode, region, import, cancel);
                            import.Finish();
                            if (import.Records == 0) throw new RefreshFailure($"GetProducts returned no {service.DisplayName} prices for {region}");
                            written = writer.Finish();
                        }
                        var cachedVersion = current?.Version(service, region);
                        if (header.Version is not null && cachedVersion == header.Version)
                        {
                            serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Unchanged, header.Version, "the cache has this version"));
                            continue;
                        }
                        serviceFiles.AddRange(written);
                        serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Refreshed, header.Version, source, written.Sum(f => f.Entry.Prices)));
                    }
                    catch (Exception e) when (Failure(e) is { } why)
                    {
                        serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Failed, null, why));
                    }
                }
                outcomes.AddRange(Keep(serviceOutcomes, serviceFiles, files));
            }
            if (files.Count > 0) PriceCacheWriter.Write(cacheDirectory, files);
            return new RefreshResult(outcomes, _report);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Downloads a file to the work folder and reads it; a file that cannot be read names itself.</summary>
    private async Task<T> ReadAsync<T>(string url, DirectoryInfo work, IRefreshProgress? progress, Func<Stream, T> read, CancellationToken cancel)
    {
        var path = Path.Combine(work.FullName, Guid.NewGuid().ToString("N") + ".json");
        await downloader.DownloadAsync(new Uri(endpoint, url), path, progress?.Starting(Source(url)), cancel);
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (PriceFileException e)
        {
            throw e.InFile(Source(url));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The version in a regional file's URL: /offers/v1.0/aws/{code}/{version}/{region}/index.json.</summary>
    public static string? VersionOf(string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts[^3].Length == 14 && parts[^3].All(char.IsAsciiDigit) ? parts[^3] : null;
    }

    private static string Source(string url) => url.StartsWith('/') ? url[1..] : url;

    private static string? Failure(Exception e) => e switch
    {
        DownloadException or RefreshFailure => e.Message,
        PriceFileException file => file.ToString(),
        _ => null,
    };

    private sealed class RefreshFailure(string message) : Exception(message);
}
