using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// A pre-built AI service: the monthly quantity of its billing unit (pages, 100-character units with the
/// 3-unit minimum, images, characters, seconds with the 15-second minimum) priced across the cache's tiers,
/// less the free tier's first units when the scenario turns it on.
/// </summary>
public static class AiServiceCost
{
    public static OptionComponents Components(AiServiceOption o, OptionInputs inputs, PricingContext context)
    {
        var price = context.Book.AiService(Service.Find(o.Service)!, context.Region, o.Operation, o.Features, o.Engine);
        var unit = AiServiceOperations.Unit(o.Service);
        var unitName = AiServiceOperations.UnitName(unit);
        var perRequest = AiServiceOperations.UnitsPerRequest(unit, context.Inputs);
        var quantity = context.Inputs.Volume * perRequest;
        var components = CostComponent.Tiered(PriceNames.Describe(price), unitName, quantity, price).ToList();
        var notes = new List<Label>();
        if (unit == BillingUnit.ComprehendUnits)
            notes.Add(Label.Of($"{context.Inputs.CharactersPerRequest} characters per request bill {perRequest} units of 100 characters (at least {AiServiceOperations.ComprehendMinimumUnits})."));
        if (unit == BillingUnit.AudioSeconds)
            notes.Add(Label.Of($"Each request bills {perRequest} s (whole seconds, at least {AiServiceOperations.TranscribeMinimumSeconds} s: Transcribe's per-request minimum from its pricing page, not the price data)."));
        if (context.Scenario.Pricing.FreeTier && FreeTierAllowances.For(o) is { } free)
        {
            var allowance = new Input($"FreeUnits_{o.Service}_{o.Operation}", $"Free {unitName} a month ({o.Operation})", free.Units, FreeTierAllowances.Source);
            // The free units are the month's first, so they come off tier by tier from the first.
            var text = $"Free tier ({free.Units:#,##0} {unitName}/month, {free.Duration} only)";
            foreach (var (tier, i) in price.Tiers.Select((t, i) => (t, i)))
                components.Add(new CostComponent(Label.Of(i == 0 ? text : $"{text} (tier from {tier.Begin:#,##0})"), $"Free tier ({unitName}, time-limited)", unitName,
                    Expr.TierSlice(Expr.Min(quantity, allowance), price, tier), -Expr.Rate(price, tier), price, tier)
                    { Shown = i == 0 ? Shown.Always : Shown.WhenQuantityIsNotZero });
            notes.Add(Label.Of($"The free tier lasts the {free.Duration} of an account; after that this option costs more."));
        }
        return context.Finish(o, components, notes);
    }
}
