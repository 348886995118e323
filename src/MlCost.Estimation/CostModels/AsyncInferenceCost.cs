using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Asynchronous inference, which scales to zero: instance-hours for the work (requests / throughput), but
/// never less than <c>minInstances</c> kept running all month; plus data processed.
/// </summary>
public sealed class AsyncInferenceCost : ICostModel
{
    private readonly AsyncOption _option;
    private readonly PricingContext _context;
    private readonly InstanceRate _rate;
    private readonly PriceRecord? _data;

    public AsyncInferenceCost(AsyncOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _rate = context.InstanceRate(option.InstanceType, SageMakerComponent.AsyncInference);
        _data = context.HasDataProcessed ? context.Book.DataProcessed(context.Region) : null;
    }

    public AsyncOption Option => _option;

    public InstanceRate Rate => _rate;

    public PriceRecord? DataProcessedPrice => _data;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    private decimal WorkHours(decimal requestsPerMonth) => requestsPerMonth / (_option.RequestsPerSecondPerInstance * PricingContext.SecondsPerHour);

    private decimal MinimumHours => _option.MinInstances * _context.HoursPerMonth;

    public OptionCost Price(decimal requestsPerMonth)
    {
        var work = WorkHours(requestsPerMonth);
        var lines = new List<LineItem>
        {
            work >= MinimumHours
                ? _rate.Line($"{_option.InstanceType} async inference: instance-hours for the work (scales to zero)", work)
                : _rate.Line($"{_option.InstanceType} async inference: {_option.MinInstances} instance(s) kept running × {_context.HoursPerMonth} h", MinimumHours),
        };
        lines.AddRange(SageMakerExtras.DataProcessed(_context, _data, requestsPerMonth));
        return SageMakerExtras.Finish(_option, _context, requestsPerMonth, lines, []);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to)
    {
        if (_option.MinInstances == 0) yield break;
        yield return MinimumHours * _option.RequestsPerSecondPerInstance * PricingContext.SecondsPerHour;
    }
}
