using MlCost.Estimation.AiServices;
using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Pre-built AI services, as their definitions bill them. Each step of an option (one, or a pipeline's several)
/// bills its charges: the month's billed units per request (the billing rule's unit size, rounding and minimum) and
/// whatever else the operation bills (tokens, training hours, TPS-hours). Units billed at the same price add up
/// before its tiers apply, as AWS counts tiers per SKU across every call; the free tier's first units come off
/// when the scenario turns it on.
/// </summary>
internal static class AiServiceCost
{
    /// <summary>Units of one price a step bills.</summary>
    private sealed record Billed(PriceRecord Price, Expr Quantity, string Unit, string? What, AiServiceStep Step, bool IsRequestCharge)
    {
        public decimal PriceFactor { get; init; } = 1;
        public string? PriceBasis { get; init; }
    }

    public static OptionComponents Components(AiServiceOption o, OptionInputs inputs, PricingContext context)
    {
        var notes = new List<Label>();
        var billed = new List<Billed>();
        foreach (var (step, i) in o.Steps.Select((s, i) => (s, i)))
        {
            var q = StepInputs(o, step, i, inputs, context);
            var service = step.Service;
            if (service.Billing is { } billing)
            {
                var metric = q.PerRequest(billing.Metric);
                var perRequest = billing.UnitsPerRequest(metric);
                if (billing.NoteFor(metric, perRequest) is { } note) notes.Add(Prefixed(o, i, note));
                foreach (var price in RequestPrices(step, context, notes))
                    billed.Add(new Billed(price, q.Calls * perRequest, billing.UnitName, null, step, true));
            }
            foreach (var charge in service.Charges.Where(c => c.AppliesTo(step.Operation)))
            {
                var metricValue = charge.Metric is { } m ? q.PerRequest(m).Value : (decimal?)null;
                // A charge the option does not use (prompt caching, training hours left at zero) is no line at all.
                if (charge.IsOptional && metricValue == 0 || charge.Setting is { } setting && step.Settings[setting] == 0) continue;
                billed.Add(new Billed(ChargePrice(step, charge, context), charge.Quantity(q), charge.UnitName, charge.What, step, false)
                    { PriceFactor = charge.PriceFactor, PriceBasis = charge.PriceBasis });
                if (charge.Note?.Invoke(q) is { } note) notes.Add(Prefixed(o, i, note));
                if (metricValue == 0)
                    notes.Add(Prefixed(o, i, Label.Of($"{charge.Metric!.Field} is 0, so {charge.What ?? charge.UnitName} cost nothing: set it in the workload{(o.IsPipeline ? " or the step" : "")}.")));
            }
            foreach (var setting in service.Settings.Where(s => s.AppliesTo(step.Operation) && s.WhenZero is not null && step.Settings[s.Field] == 0))
                notes.Add(Prefixed(o, i, Label.Of(setting.WhenZero!)));
            if (context.Scenario.Pricing.FreeTier && service.Billing is not null && service.FreeTierFor(step.Operation, step.Choices) is null)
                notes.Add(Prefixed(o, i, Label.Of($"MlCost knows no free tier for {service.Service.DisplayName} {step.Operation}: it is priced in full.")));
            else if (context.Scenario.Pricing.FreeTier && service.Billing is null)
                notes.Add(Prefixed(o, i, Label.Of($"MlCost models no free tier for {service.Service.DisplayName}: it is priced in full.")));
        }
        foreach (var notice in o.Steps.Select(s => s.Service.Notice).OfType<string>().Distinct()) notes.Add(Label.Of(notice));

        var components = new List<CostComponent>();
        var freeTierSources = new HashSet<string>(StringComparer.Ordinal);
        var priceBases = new HashSet<string>(StringComparer.Ordinal);
        // Calls billed at one price share its tiers: Rekognition's DetectLabels and DetectFaces both count toward Group2's.
        foreach (var same in billed.GroupBy(b => (b.Price.Service, b.Price.Region, b.Price.Sku, b.Price.TermType, b.PriceFactor)))
        {
            var price = same.First().Price;
            var quantity = same.Select(b => b.Quantity).Aggregate((a, b) => a + b);
            var what = same.First().What is { } w && !PriceNames.Describe(price).Contains(w, StringComparison.Ordinal) ? $"{PriceNames.Describe(price)} ({w})" : PriceNames.Describe(price);
            var steps = same.Select(b => b.Step).Distinct().ToList();
            if (steps.Count > 1)
            {
                what += $", {string.Join(" + ", steps.Select(s => s.Operation))}";
                notes.Add(Label.Of($"{string.Join(" and ", steps.Select(s => s.Operation))} are billed at one price ({PriceNames.Describe(price)}), so their units add up before its tiers apply."));
            }
            if (same.Key.PriceFactor == 1)
                components.AddRange(CostComponent.Tiered(what, same.First().Unit, quantity, price));
            else if (price.IsFlat)
            {
                var text = $"{what} at {same.Key.PriceFactor:0.##} × its price";
                components.Add(new CostComponent(Label.Of(text), text, same.First().Unit, quantity, Expr.Rate(price) * same.Key.PriceFactor, price, price.Tiers[0],
                    same.First().PriceBasis));
                if (same.First().PriceBasis is { } basis && priceBases.Add(basis)) notes.Add(Label.Of($"Priced as {basis}."));
            }
            else
                throw new InvalidOperationException($"a price factor applies only to a flat price, and {PriceNames.Describe(price)} is tiered");
            if (context.Scenario.Pricing.FreeTier && same.FirstOrDefault(b => b.IsRequestCharge) is { } request
                && request.Step.Service.FreeTierFor(request.Step.Operation, request.Step.Choices) is { } free)
            {
                components.AddRange(FreeTierLines(request, quantity, free, billed.Count(b => b.IsRequestCharge && b.Step == request.Step) > 1));
                if (freeTierSources.Add(free.Source)) notes.Add(FreeTier.Note(free.Duration, free.Source));
            }
        }
        return context.Finish(o, components, notes);
    }

    /// <summary>The inputs a step's charges read: its calls a month, its per-request metrics and its settings, named once for the workbook.</summary>
    private static ChargeInputs StepInputs(AiServiceOption o, AiServiceStep step, int index, OptionInputs inputs, PricingContext context)
    {
        var prefix = o.IsPipeline ? $"S{index + 1}_" : "";
        var label = o.IsPipeline ? $"step {index + 1} ({step.Service.ShortName} {step.Operation}): " : "";
        var own = step.PerRequest.ToDictionary(
            p => p.Key,
            p =>
            {
                var metric = step.Service.Metrics.First(m => m.Field == p.Key);
                return inputs.Add(prefix + metric.InputName, label + metric.Label.ToLowerInvariant(), p.Value, metric.Meaning);
            });
        var settings = step.Service.Settings.Where(s => step.Settings.ContainsKey(s.Field)).ToDictionary(
            s => s.Field, s => inputs.Add(prefix + s.InputName, label + s.Label.ToLowerInvariant(), step.Settings[s.Field], s.Meaning));
        Expr calls = context.Inputs.Volume;
        if (step.CallsPerRequest != 1)
            calls = context.Inputs.Volume * inputs.Add(prefix + "CallsPerRequest", label + "calls per request", step.CallsPerRequest, "How many calls of this step each request makes.");
        return new ChargeInputs(calls, m => own.GetValueOrDefault(m.Field) ?? context.Inputs.PerRequest(m), f => settings[f], context.Inputs.HoursPerMonth);
    }

    private static Label Prefixed(AiServiceOption o, int step, Label note) =>
        o.IsPipeline ? Label.Of($"Step {step + 1} ({o.Steps[step].Service.ShortName} {o.Steps[step].Operation}): {note}") : note;

    /// <summary>The free units off a pooled quantity, tier by tier from the first.</summary>
    private static IEnumerable<CostComponent> FreeTierLines(Billed request, Expr quantity, FreeTierAllowance free, bool severalPrices)
    {
        var (service, price, unit) = (request.Step.Service, request.Price, request.Unit);
        var allowance = new Input($"FreeUnits_{service.ShortName}_{request.Step.Operation}", $"Free {unit} a month ({request.Step.Operation})", free.Units, free.Source);
        var text = $"Free tier ({free.Units:#,##0} {unit}/month, {free.Duration} only)";
        foreach (var (tier, i) in price.Tiers.Select((t, i) => (t, i)))
            yield return new CostComponent(Label.Of(i == 0 ? text + (severalPrices ? $" on {PriceNames.Describe(price)}" : "") : $"{text} (tier from {tier.Begin:#,##0})"),
                $"Free tier ({unit}, time-limited)", unit,
                Expr.TierSlice(Expr.Min(quantity, allowance), price, tier), -Expr.Rate(price, tier), price, tier)
                { Shown = i == 0 ? Shown.Always : Shown.WhenQuantityIsNotZero, IsFreeTier = true };
    }

    /// <summary>The price a charge reads: the step's own price key with the charge's attributes over it.</summary>
    private static PriceRecord ChargePrice(AiServiceStep step, Charge charge, PricingContext context)
    {
        var service = step.Service;
        var (key, what) = service.PriceKey(step.Operation, step.Features, step.Choices);
        var attributes = new Dictionary<string, string?>(key);
        foreach (var (name, value) in charge.Key) attributes[name] = value;
        return context.Book.AiService(service.Service, context.Region, attributes, $"{what}{(charge.What is { } w ? $", {w}" : "")}");
    }

    /// <summary>
    /// The prices a step's requests are billed at: its own SKU (a feature bundle's where it has one), or — for a
    /// combination the price data has no bundle SKU for, where the service bills so — each feature's SKU, together.
    /// </summary>
    private static IReadOnlyList<PriceRecord> RequestPrices(AiServiceStep step, PricingContext context, List<Label> notes)
    {
        var service = step.Service;
        var (attributes, what) = service.PriceKey(step.Operation, step.Features, step.Choices);
        try
        {
            return [context.Book.AiService(service.Service, context.Region, attributes, what)];
        }
        catch (PriceNotFoundException noBundle) when (service.UnbundledFeaturesAdd && step.Features.Count > 1)
        {
            var features = step.Features.Select(f => f.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            List<PriceRecord> prices;
            try
            {
                prices = features.Select(f =>
                {
                    var (single, singleWhat) = service.PriceKey(step.Operation, [f], step.Choices);
                    return context.Book.AiService(service.Service, context.Region, single, singleWhat);
                }).ToList();
            }
            catch (PriceNotFoundException)
            {
                // Neither a bundle SKU nor every feature's own: the bundle is what was asked for, so say that one is missing.
                throw noBundle;
            }
            notes.Add(Label.Of($"The price data has no {string.Join('+', features)} bundle SKU: {step.Operation} with these features is billed as {string.Join(" plus ", features)}, each on its own SKU, as AWS's {service.Service.DisplayName} pricing page quotes it."));
            return prices;
        }
    }
}
