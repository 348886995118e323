using MlCost.Estimation.AiServices;
using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// A pre-built AI service, as its definition bills it: the month's billed units (requests × units per request,
/// with the definition's unit size, rounding and minimum) priced across the cache's tiers, less the free
/// tier's first units when the scenario turns it on.
/// </summary>
internal static class AiServiceCost
{
    public static OptionComponents Components(AiServiceOption o, OptionInputs inputs, PricingContext context)
    {
        var service = o.Service;
        var (attributes, what) = service.PriceKey(o.Operation, o.Features, o.Engine);
        var price = context.Book.AiService(service.Service, context.Region, attributes, what);
        var billing = service.Billing;
        var metric = context.Inputs.PerRequest(billing.Metric);
        var perRequest = billing.UnitsPerRequest(metric);
        var quantity = context.Inputs.Volume * perRequest;
        var components = CostComponent.Tiered(PriceNames.Describe(price), billing.UnitName, quantity, price).ToList();
        var notes = new List<Label>();
        if (billing.NoteFor(metric, perRequest) is { } note) notes.Add(note);
        if (context.Scenario.Pricing.FreeTier && service.FreeTierFor(o.Operation, o.Engine) is { } free)
        {
            var allowance = new Input($"FreeUnits_{service.ShortName}_{o.Operation}", $"Free {billing.UnitName} a month ({o.Operation})", free.Units, AiServiceDefinition.FreeTierSource);
            // The free units are the month's first, so they come off tier by tier from the first.
            var text = $"Free tier ({free.Units:#,##0} {billing.UnitName}/month, {free.Duration} only)";
            foreach (var (tier, i) in price.Tiers.Select((t, i) => (t, i)))
                components.Add(new CostComponent(Label.Of(i == 0 ? text : $"{text} (tier from {tier.Begin:#,##0})"), $"Free tier ({billing.UnitName}, time-limited)", billing.UnitName,
                    Expr.TierSlice(Expr.Min(quantity, allowance), price, tier), -Expr.Rate(price, tier), price, tier)
                    { Shown = i == 0 ? Shown.Always : Shown.WhenQuantityIsNotZero });
            notes.Add(Label.Of($"The free tier lasts the {free.Duration} of an account; after that this option costs more."));
        }
        return context.Finish(o, components, notes);
    }
}
