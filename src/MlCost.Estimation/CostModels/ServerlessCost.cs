using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Serverless inference: compute seconds (requests × seconds per request) at the memory size's per-second
/// rate, data processed, and provisioned concurrency kept warm all month when asked for.
/// </summary>
public sealed class ServerlessCost : ICostModel
{
    private readonly ServerlessOption _option;
    private readonly PricingContext _context;
    private readonly PriceRecord _compute;
    private readonly PriceRecord? _data;
    private readonly PriceRecord? _provisioned;

    public ServerlessCost(ServerlessOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _compute = context.Book.ServerlessInference(context.Region, option.MemoryGb);
        _data = context.HasDataProcessed ? context.Book.DataProcessed(context.Region) : null;
        _provisioned = option.ProvisionedConcurrency > 0 ? context.Book.ProvisionedConcurrency(context.Region, option.MemoryGb, "warm") : null;
    }

    public ServerlessOption Option => _option;

    public PriceRecord ComputePrice => _compute;

    public PriceRecord? DataProcessedPrice => _data;

    public PriceRecord? ProvisionedConcurrencyPrice => _provisioned;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    public OptionCost Price(decimal requestsPerMonth)
    {
        var lines = new List<LineItem>
        {
            LineItem.Flat($"Serverless {_option.MemoryGb} GB: {_option.SecondsPerRequest} s per request", requestsPerMonth * _option.SecondsPerRequest, "seconds", _compute),
        };
        lines.AddRange(SageMakerExtras.DataProcessed(_context, _data, requestsPerMonth));
        var notes = new List<string>();
        if (_provisioned is not null)
        {
            var seconds = _option.ProvisionedConcurrency * _context.HoursPerMonth * PricingContext.SecondsPerHour;
            lines.Add(LineItem.Flat($"Provisioned concurrency {_option.ProvisionedConcurrency} × {_context.HoursPerMonth} h, warm", seconds, "seconds", _provisioned));
            notes.Add("Provisioned concurrency: requests are still billed at the on-demand compute rate (an upper bound; the sources disagree on the execution rate).");
        }
        return SageMakerExtras.Finish(_option, _context, requestsPerMonth, lines, notes);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to) => [];
}
