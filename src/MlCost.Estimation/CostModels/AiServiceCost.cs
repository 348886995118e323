using MlCost.Estimation.AiServices;
using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
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
        var billing = service.Billing;
        var metric = context.Inputs.PerRequest(billing.Metric);
        var perRequest = billing.UnitsPerRequest(metric);
        var quantity = context.Inputs.Volume * perRequest;
        var notes = new List<Label>();
        if (billing.NoteFor(metric, perRequest) is { } note) notes.Add(note);
        var prices = Prices(o, context, notes);
        var components = prices.SelectMany(price => CostComponent.Tiered(PriceNames.Describe(price), billing.UnitName, quantity, price)).ToList();
        if (context.Scenario.Pricing.FreeTier && service.FreeTierFor(o.Operation, o.Engine) is { } free)
        {
            var allowance = new Input($"FreeUnits_{service.ShortName}_{o.Operation}", $"Free {billing.UnitName} a month ({o.Operation})", free.Units, free.Source);
            // The free units are the month's first, so they come off tier by tier from the first (of every SKU billed).
            var text = $"Free tier ({free.Units:#,##0} {billing.UnitName}/month, {free.Duration} only)";
            foreach (var price in prices)
                foreach (var (tier, i) in price.Tiers.Select((t, i) => (t, i)))
                    components.Add(new CostComponent(Label.Of(i == 0 ? text + (prices.Count > 1 ? $" on {PriceNames.Describe(price)}" : "") : $"{text} (tier from {tier.Begin:#,##0})"),
                        $"Free tier ({billing.UnitName}, time-limited)", billing.UnitName,
                        Expr.TierSlice(Expr.Min(quantity, allowance), price, tier), -Expr.Rate(price, tier), price, tier)
                        { Shown = i == 0 ? Shown.Always : Shown.WhenQuantityIsNotZero, IsFreeTier = true });
            notes.Add(FreeTier.Note(free.Duration, free.Source));
        }
        return context.Finish(o, components, notes);
    }

    /// <summary>
    /// The prices the operation is billed at: its own SKU (a feature bundle's where it has one), or — for a
    /// combination the price data has no bundle SKU for, where the service bills so — each feature's SKU, together.
    /// </summary>
    private static IReadOnlyList<PriceRecord> Prices(AiServiceOption o, PricingContext context, List<Label> notes)
    {
        var service = o.Service;
        var (attributes, what) = service.PriceKey(o.Operation, o.Features, o.Engine);
        try
        {
            return [context.Book.AiService(service.Service, context.Region, attributes, what)];
        }
        catch (PriceNotFoundException noBundle) when (service.UnbundledFeaturesAdd && o.Features.Count > 1)
        {
            var features = o.Features.Select(f => f.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            List<PriceRecord> prices;
            try
            {
                prices = features.Select(f =>
                {
                    var (single, singleWhat) = service.PriceKey(o.Operation, [f], o.Engine);
                    return context.Book.AiService(service.Service, context.Region, single, singleWhat);
                }).ToList();
            }
            catch (PriceNotFoundException)
            {
                // Neither a bundle SKU nor every feature's own: the bundle is what was asked for, so say that one is missing.
                throw noBundle;
            }
            notes.Add(Label.Of($"The price data has no {string.Join('+', features)} bundle SKU: {o.Operation} with these features is billed as {string.Join(" plus ", features)}, each on its own SKU, as AWS's {service.Service.DisplayName} pricing page quotes it."));
            return prices;
        }
    }
}
