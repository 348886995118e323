using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// A multi-model endpoint: instances = the larger of what the models need (models / models per instance)
/// and what peak traffic needs, never fewer than <c>minInstances</c>, all month; plus data processed and storage.
/// </summary>
public sealed class MultiModelEndpointCost : ICostModel
{
    private readonly MultiModelOption _option;
    private readonly PricingContext _context;
    private readonly InstanceRate _rate;
    private readonly PriceRecord? _data;
    private readonly PriceRecord? _storage;

    public MultiModelEndpointCost(MultiModelOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _rate = context.InstanceRate(option.InstanceType, SageMakerComponent.Hosting);
        _data = context.HasDataProcessed ? context.Book.DataProcessed(context.Region) : null;
        _storage = option.VolumeSizeGb > 0 ? context.Book.Storage(context.Region, SageMakerComponent.Hosting) : null;
    }

    public MultiModelOption Option => _option;

    public InstanceRate Rate => _rate;

    public PriceRecord? DataProcessedPrice => _data;

    public PriceRecord? StoragePrice => _storage;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    private int ForModels => Math.Max(_option.MinInstances, (_option.Models + _option.ModelsPerInstance - 1) / _option.ModelsPerInstance);

    public OptionCost Price(decimal requestsPerMonth)
    {
        var forTraffic = _context.InstancesForPeak(requestsPerMonth, _option.RequestsPerSecondPerInstance, 1);
        var instances = Math.Max(ForModels, forTraffic);
        var lines = new List<LineItem>
        {
            _rate.Line($"{_option.InstanceType} multi-model endpoint: {instances} instance(s) × {_context.HoursPerMonth} h", instances * _context.HoursPerMonth),
        };
        lines.AddRange(SageMakerExtras.DataProcessed(_context, _data, requestsPerMonth));
        lines.AddRange(SageMakerExtras.Storage(_storage, instances, _option.VolumeSizeGb));
        return SageMakerExtras.Finish(_option, _context, requestsPerMonth, lines,
            [$"{_option.Models} models need {ForModels} instance(s); peak traffic needs {forTraffic}."]);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to) =>
        InstanceSteps.Volumes(k => _context.VolumeAtPeak(k * _option.RequestsPerSecondPerInstance), ForModels, from, to);
}
