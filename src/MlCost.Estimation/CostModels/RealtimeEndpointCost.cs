using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Real-time endpoints, always on: each endpoint's fleet is sized to its share of peak load,
/// max(minInstances, ceil(peak / throughput per instance)), for every hour of the month; with
/// <c>endpoints: N</c> one endpoint per model shares the traffic. Plus data processed and ML storage.
/// </summary>
public sealed class RealtimeEndpointCost : ICostModel
{
    private readonly RealtimeOption _option;
    private readonly PricingContext _context;
    private readonly InstanceRate _rate;
    private readonly PriceRecord? _data;
    private readonly PriceRecord? _storage;

    public RealtimeEndpointCost(RealtimeOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _rate = context.InstanceRate(option.InstanceType, SageMakerComponent.Hosting);
        _data = context.HasDataProcessed ? context.Book.DataProcessed(context.Region) : null;
        _storage = option.VolumeSizeGb > 0 ? context.Book.Storage(context.Region, SageMakerComponent.Hosting) : null;
    }

    public RealtimeOption Option => _option;

    public InstanceRate Rate => _rate;

    public PriceRecord? DataProcessedPrice => _data;

    public PriceRecord? StoragePrice => _storage;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    private int InstancesPerEndpoint(decimal requestsPerMonth) =>
        _context.InstancesForPeak(requestsPerMonth, _option.RequestsPerSecondPerInstance * _option.Endpoints, _option.MinInstances);

    public OptionCost Price(decimal requestsPerMonth)
    {
        var perEndpoint = InstancesPerEndpoint(requestsPerMonth);
        var instances = perEndpoint * _option.Endpoints;
        var endpoints = _option.Endpoints == 1 ? "" : $"{_option.Endpoints} endpoints × {perEndpoint} = ";
        var lines = new List<LineItem>
        {
            _rate.Line($"{_option.InstanceType} Hosting: {endpoints}{instances} instance(s) × {_context.HoursPerMonth} h", instances * _context.HoursPerMonth),
        };
        lines.AddRange(SageMakerExtras.DataProcessed(_context, _data, requestsPerMonth));
        lines.AddRange(SageMakerExtras.Storage(_storage, instances, _option.VolumeSizeGb));
        return SageMakerExtras.Finish(_option, _context, requestsPerMonth, lines,
            [$"Peak {_context.PeakRequestsPerSecond(requestsPerMonth):0.###} requests/s at {_option.RequestsPerSecondPerInstance} per instance."]);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to) =>
        InstanceSteps.Volumes(k => _context.VolumeAtPeak(k * _option.RequestsPerSecondPerInstance * _option.Endpoints), _option.MinInstances, from, to);
}
