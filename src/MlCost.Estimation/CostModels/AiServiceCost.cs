using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// A pre-built AI service: the monthly quantity of its billing unit (pages, 100-character units with the
/// 3-unit minimum, images, characters, seconds with the 15-second minimum) priced across the cache's tiers.
/// </summary>
public sealed class AiServiceCost : ICostModel
{
    private readonly AiServiceOption _option;
    private readonly PricingContext _context;
    private readonly PriceRecord _price;
    private readonly BillingUnit _unit;
    private readonly decimal _unitsPerRequest;
    private readonly (decimal Units, string Duration)? _free;

    public AiServiceCost(AiServiceOption option, PricingContext context)
    {
        _option = option;
        _context = context;
        _price = context.Book.AiService(Service.Find(option.Service)!, context.Region, option.Operation, option.Features, option.Engine);
        _unit = AiServiceOperations.Unit(option.Service);
        _unitsPerRequest = AiServiceOperations.UnitsPerRequest(_unit, context.Workload);
        _free = context.Scenario.Pricing.FreeTier ? FreeTierAllowances.For(option) : null;
    }

    public AiServiceOption Option => _option;

    /// <summary>The tiered price the operation is billed at.</summary>
    public PriceRecord TieredPrice => _price;

    public BillingUnit Unit => _unit;

    /// <summary>Free units a month when the scenario turns the free tier on.</summary>
    public decimal? FreeUnits => _free?.Units;

    public string Id => _option.Id;

    public string Kind => _option.Kind;

    public OptionCost Price(decimal requestsPerMonth)
    {
        var quantity = requestsPerMonth * _unitsPerRequest;
        var unitName = AiServiceOperations.UnitName(_unit);
        var lines = LineItem.Tiered(PriceNames.Describe(_price), quantity, unitName, _price).ToList();
        var notes = new List<string>();
        if (_unit == BillingUnit.ComprehendUnits)
            notes.Add($"{_context.Workload.CharactersPerRequest} characters per request bill {_unitsPerRequest} units of 100 characters (at least {AiServiceOperations.ComprehendMinimumUnits}).");
        if (_unit == BillingUnit.AudioSeconds)
            notes.Add($"Each request bills {_unitsPerRequest} s (whole seconds, at least {AiServiceOperations.TranscribeMinimumSeconds} s: Transcribe's per-request minimum from its pricing page, not the price data).");
        if (_free is { } free)
        {
            var freeUnits = Math.Min(quantity, free.Units);
            var saved = TieredRate.Cost(_price.Tiers, freeUnits);
            lines.Add(new LineItem($"Free tier ({free.Units:#,##0} {unitName}/month, {free.Duration} only)", freeUnits, unitName,
                freeUnits == 0 ? 0 : -saved / freeUnits, -saved, null, null, FreeTierAllowances.Source));
            notes.Add($"The free tier lasts the {free.Duration} of an account; after that this option costs more.");
        }
        lines.AddRange(_context.Discount(lines));
        return new OptionCost(Id, Kind, requestsPerMonth, lines, [], notes);
    }

    public IEnumerable<decimal> Breakpoints(decimal from, decimal to)
    {
        if (_unitsPerRequest == 0) yield break;
        foreach (var tier in _price.Tiers.Skip(1)) yield return tier.Begin / _unitsPerRequest;
        if (_free is { } free) yield return free.Units / _unitsPerRequest;
    }
}
