using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Batch Transform jobs: the instance-hours to process the month's requests at the cluster's throughput,
/// plus each job's start-up time on every instance.
/// </summary>
public sealed class BatchTransformCost : ICostModel
{
    private readonly BatchOption _option;
    private readonly PricingContext _context;
    private readonly InstanceRate _rate;

    public BatchTransformCost(BatchOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _rate = context.InstanceRate(option.InstanceType, SageMakerComponent.BatchTransform);
    }

    public BatchOption Option => _option;

    public InstanceRate Rate => _rate;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    public OptionCost Price(decimal requestsPerMonth)
    {
        var workHours = requestsPerMonth / (_option.RequestsPerSecondPerInstance * PricingContext.SecondsPerHour);
        var startupHours = _option.InstanceCount * _option.JobsPerMonth * _option.StartupMinutesPerJob / 60m;
        var lines = new List<LineItem>
        {
            _rate.Line($"{_option.InstanceType} Batch Transform: processing at {_option.RequestsPerSecondPerInstance} requests/s per instance", workHours),
        };
        if (startupHours > 0)
            lines.Add(_rate.Line($"{_option.InstanceType} Batch Transform: start-up, {_option.JobsPerMonth} jobs × {_option.InstanceCount} instance(s) × {_option.StartupMinutesPerJob} min", startupHours));
        var jobHours = workHours / _option.InstanceCount / _option.JobsPerMonth + _option.StartupMinutesPerJob / 60m;
        return SageMakerExtras.Finish(_option, _context, requestsPerMonth, lines, [$"Each job runs about {jobHours:0.##} h on {_option.InstanceCount} instance(s)."]);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to) => [];
}
