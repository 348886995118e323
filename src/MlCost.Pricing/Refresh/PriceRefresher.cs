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

/// <summary>The outcome of a refresh, and the price files of the services whose every file was good.</summary>
public sealed record RefreshResult(IReadOnlyList<RefreshOutcome> Outcomes, IReadOnlyList<PriceFileContents> Files)
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
/// whose offer version the cache already has is skipped. Every file is downloaded to a private folder,
/// parsed and checked (its offer code, its prices) before anything is kept; a service is kept only when all
/// of its files are good, and the caller writes what is kept in one atomic swap.
/// </summary>
public sealed class PriceRefresher(Downloader downloader, Uri endpoint, CacheManifest? current)
{
    public const string MachineLearningSavingsPlans = "AWSMachineLearningSavingsPlans";

    public async Task<RefreshResult> RefreshAsync(IReadOnlyList<Service> services, IReadOnlyCollection<string>? regions, IRefreshProgress? progress, CancellationToken cancel)
    {
        var work = Directory.CreateTempSubdirectory("mlcost-refresh-");
        try
        {
            var outcomes = new List<RefreshOutcome>();
            var files = new List<PriceFileContents>();
            var index = await ReadAsync("/offers/v1.0/aws/index.json", work, progress, OfferIndexReader.Read, cancel);
            foreach (var service in services)
            {
                var (serviceOutcomes, serviceFiles) = await RefreshServiceAsync(service, index, regions, work, progress, cancel);
                outcomes.AddRange(serviceOutcomes);
                if (serviceOutcomes.All(o => o.Status != RefreshStatus.Failed)) files.AddRange(serviceFiles);
                else
                    outcomes = outcomes.Select(o => o.Service == service.ShortName && o.Status == RefreshStatus.Refreshed
                        ? o with { Status = RefreshStatus.Failed, Detail = "downloaded and good, but not kept: another file of this service failed" }
                        : o).ToList();
            }
            return new RefreshResult(outcomes, files);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<(List<RefreshOutcome>, List<PriceFileContents>)> RefreshServiceAsync(
        Service service, OfferIndex index, IReadOnlyCollection<string>? regions, DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        var outcomes = new List<RefreshOutcome>();
        var files = new List<PriceFileContents>();
        try
        {
            var entry = index.Offers.FirstOrDefault(o => o.OfferCode == service.OfferCode)
                ?? throw new RefreshFailure($"the offer index has no {service.OfferCode}");
            var regionIndex = await ReadAsync(entry.CurrentRegionIndexUrl ?? $"/offers/v1.0/aws/{service.OfferCode}/current/region_index.json",
                work, progress, RegionIndexReader.Read, cancel);
            var wanted = regionIndex.Regions.Where(r => regions is null || regions.Contains(r.RegionCode)).OrderBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
            foreach (var missing in (regions ?? []).Where(r => regionIndex.Regions.All(x => x.RegionCode != r)))
                outcomes.Add(new RefreshOutcome(service.ShortName, missing, RefreshStatus.Unchanged, null, $"{service.DisplayName} is not offered there"));

            RegionIndex? plans = null;
            foreach (var region in wanted)
            {
                var version = VersionOf(region.Url);
                var cached = current?.Files.FirstOrDefault(f => f.Service == service.OfferCode && f.Region == region.RegionCode);
                if (version is not null && cached?.Version == version)
                {
                    outcomes.Add(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Unchanged, version, "the cache has this version"));
                    continue;
                }
                try
                {
                    var records = await ReadOfferAsync(service, region, work, progress, cancel);
                    if (service == Service.SageMaker)
                    {
                        plans ??= await ReadAsync($"/savingsPlan/v1.0/aws/{MachineLearningSavingsPlans}/current/region_index.json", work, progress, RegionIndexReader.Read, cancel);
                        if (plans.Regions.FirstOrDefault(p => p.RegionCode == region.RegionCode) is { } plan)
                        {
                            var file = await ReadAsync(plan.Url, work, progress, SavingsPlanFileReader.Read, cancel);
                            records.AddRange(SavingsPlanImport.Records(file, new Uri(endpoint, plan.Url).ToString(), new ImportReport()).Where(r => r.Service == service.OfferCode));
                        }
                    }
                    files.Add(new PriceFileContents(service, region.RegionCode, PriceOrder.Sort(records)));
                    outcomes.Add(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Refreshed, version, Source(region.Url), records.Count));
                }
                catch (Exception e) when (Failure(e) is { } why)
                {
                    outcomes.Add(new RefreshOutcome(service.ShortName, region.RegionCode, RefreshStatus.Failed, version, why));
                }
            }
        }
        catch (Exception e) when (Failure(e) is { } why)
        {
            outcomes.Add(new RefreshOutcome(service.ShortName, "*", RefreshStatus.Failed, null, why));
        }
        return (outcomes, files);
    }

    private async Task<List<PriceRecord>> ReadOfferAsync(Service service, RegionIndexEntry region, DirectoryInfo work, IRefreshProgress? progress, CancellationToken cancel)
    {
        var report = new ImportReport();
        var sink = new OfferFileImport(Locations.Empty, new Uri(endpoint, region.Url).ToString(), report, defaultRegion: region.RegionCode);
        var header = await ReadAsync(region.Url, work, progress, stream => OfferFileReader.Read(stream, sink), cancel);
        if (header.OfferCode != service.OfferCode)
            throw new RefreshFailure($"{Source(region.Url)} is an offer file for {header.OfferCode}, not {service.OfferCode}");
        var records = sink.Records(header).Where(r => r.Region == region.RegionCode).ToList();
        if (records.Count == 0) throw new RefreshFailure($"{Source(region.Url)} holds no {service.DisplayName} prices for {region.RegionCode}");
        return records;
    }

    /// <summary>
    /// The same through the Query API (GetProducts, signed), region by region: for the regions asked for, else
    /// the service's regions in the cache, else us-east-1. The Query API has no Savings Plans, so SageMaker
    /// files refreshed this way carry none.
    /// </summary>
    public async Task<RefreshResult> RefreshFromQueryApiAsync(QueryApiClient client, IReadOnlyList<Service> services, IReadOnlyCollection<string>? regions, CancellationToken cancel)
    {
        var outcomes = new List<RefreshOutcome>();
        var files = new List<PriceFileContents>();
        foreach (var service in services)
        {
            var inCache = current?.Files.Where(f => f.Service == service.OfferCode).Select(f => f.Region).Order(StringComparer.Ordinal).ToList() ?? [];
            var serviceRegions = regions?.Order(StringComparer.Ordinal).ToList() ?? (inCache.Count > 0 ? inCache : ["us-east-1"]);
            var kept = new List<PriceFileContents>();
            var serviceOutcomes = new List<RefreshOutcome>();
            foreach (var region in serviceRegions)
            {
                var source = $"{endpoint} GetProducts ServiceCode={service.OfferCode} regionCode={region}";
                try
                {
                    var sink = new OfferFileImport(Locations.Empty, source, new ImportReport(), defaultRegion: region);
                    var header = await client.GetProductsAsync(service.OfferCode, region, sink, cancel);
                    var records = sink.Records(header).Where(r => r.Region == region).ToList();
                    if (records.Count == 0) throw new RefreshFailure($"GetProducts returned no {service.DisplayName} prices for {region}");
                    var cachedVersion = current?.Files.FirstOrDefault(f => f.Service == service.OfferCode && f.Region == region)?.Version;
                    if (header.Version is not null && cachedVersion == header.Version)
                    {
                        serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Unchanged, header.Version, "the cache has this version"));
                        continue;
                    }
                    kept.Add(new PriceFileContents(service, region, PriceOrder.Sort(records)));
                    serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Refreshed, header.Version, source, records.Count));
                }
                catch (Exception e) when (Failure(e) is { } why)
                {
                    serviceOutcomes.Add(new RefreshOutcome(service.ShortName, region, RefreshStatus.Failed, null, why));
                }
            }
            if (serviceOutcomes.Any(o => o.Status == RefreshStatus.Failed))
                serviceOutcomes = serviceOutcomes.Select(o => o.Status == RefreshStatus.Refreshed
                    ? o with { Status = RefreshStatus.Failed, Detail = "downloaded and good, but not kept: another region of this service failed" } : o).ToList();
            else files.AddRange(kept);
            outcomes.AddRange(serviceOutcomes);
        }
        return new RefreshResult(outcomes, files);
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
