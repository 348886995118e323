using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Horizon;

/// <summary>
/// The months ahead: each option's cost month by month as the volume grows, and under a SageMaker Savings Plan
/// commitment how much of each month's eligible usage it covers, what is billed on-demand above it and what is
/// committed and not used. Eligible usage is an option's SageMaker instance hours (hosting, training, batch,
/// async, processing, notebooks); AI services and serverless seconds are billed as before. Usage is taken as
/// spread evenly over a month's hours, so a month's usage at plan rates is compared with the month's commitment.
/// </summary>
public static class HorizonProjection
{
    public static HorizonResult Project(Estimator estimator, int months, decimal monthlyGrowthPercent, SavingsPlanCommitment? plan)
    {
        var scenario = estimator.Scenario;
        if (plan is not null && scenario.Pricing.SavingsPlan is not null)
            throw new ScenarioException(scenario.Location, "pricing.savingsPlan",
                "a Savings Plan commitment (--commit-usd-per-hour) prices the plan itself: remove pricing.savingsPlan, whose rates would count it twice");
        var hours = scenario.Pricing.HoursPerMonth;
        var discountFactor = 1 - scenario.Pricing.DiscountPercent / 100m;
        var options = new List<OptionHorizon>();
        foreach (var model in estimator.Models)
        {
            var factors = plan is null ? null : PlanFactors(model, plan, estimator.Book, scenario.Region);
            var rows = new List<HorizonMonth>();
            var volume = scenario.Workload.RequestsPerMonth;
            for (var month = 1; month <= months; month++)
            {
                var onDemand = model.Total(volume);
                SavingsPlanMonth? cover = null;
                if (factors is { Count: > 0 } && month <= plan!.TermMonths)
                {
                    var costs = model.ComponentCosts(volume).Where(c => factors.ContainsKey(c.Component)).ToList();
                    var eligible = costs.Sum(c => c.CostUsd);
                    var atPlanRates = costs.Sum(c => c.CostUsd * factors[c.Component]);
                    var commitment = plan.UsdPerHour * hours;
                    var covered = Math.Min(atPlanRates, commitment);
                    // Usage beyond the commitment is billed on-demand: its share of the eligible on-demand spend.
                    var above = atPlanRates > commitment ? (atPlanRates - commitment) * eligible / atPlanRates : 0;
                    var withPlan = onDemand - (eligible - commitment - above) * discountFactor;
                    cover = new SavingsPlanMonth(eligible, atPlanRates, commitment, covered, above, Math.Max(0, commitment - atPlanRates),
                        commitment > 0 ? atPlanRates / commitment : 0, withPlan);
                }
                rows.Add(new HorizonMonth(month, volume, onDemand, cover));
                volume *= 1 + monthlyGrowthPercent / 100m;
            }
            var breakeven = factors is { Count: > 0 } ? BreakevenUtilisation(model, factors, scenario.Workload.RequestsPerMonth) : (decimal?)null;
            options.Add(new OptionHorizon(model.Id, model.Kind, rows, breakeven,
                factors is { Count: 0 } ? "no SageMaker instance usage: the plan does not apply" : null));
        }
        return new HorizonResult(scenario, months, monthlyGrowthPercent, plan, options,
            plan is null ? null : plan.UsdPerHour * hours * plan.TermMonths * plan.UpfrontShare);
    }

    /// <summary>
    /// Each eligible component's plan rate over its on-demand rate: the cache's plan rate for the term and payment
    /// option where it has one, else 1 − the discount given. A component with neither is an error naming it.
    /// </summary>
    private static Dictionary<CostComponent, decimal> PlanFactors(CostModel model, SavingsPlanCommitment plan, PriceBook book, string region)
    {
        var factors = new Dictionary<CostComponent, decimal>(ReferenceEqualityComparer.Instance);
        foreach (var component in model.Option.Components.Where(c => c.Counted && c.Price is { } p && c.Unit == "hours"
                     && p.Attribute(Attr.InstanceName) is not null && SageMakerComponent.InstanceComponents.Contains(p.Attribute(Attr.Component) ?? "")))
        {
            var price = component.Price!;
            var instance = price.Attribute(Attr.InstanceName)!;
            var kind = price.Attribute(Attr.Component)!;
            var rate = book.SavingsPlanRates(region, instance, kind).FirstOrDefault(r =>
                r.TermAttributes.GetValueOrDefault("LeaseContractLength") == plan.Term && r.TermAttributes.GetValueOrDefault("PurchaseOption") == plan.PurchaseOption);
            var onDemand = price.Tiers[0].UsdPerUnit;
            factors[component] = rate is not null && onDemand > 0 ? rate.Tiers[0].UsdPerUnit / onDemand
                : plan.DiscountPercent is { } percent ? 1 - percent / 100m
                : throw new PriceNotFoundException(
                    $"the price cache has no {plan.Term} {plan.PurchaseOption} SageMaker Savings Plan rate for {instance} {kind} in {region} (option {model.Id}); give --plan-discount-percent to price the plan with a discount instead");
        }
        return factors;
    }

    /// <summary>
    /// The utilisation (usage at plan rates ÷ commitment) at which the plan costs what on-demand would: below it,
    /// paying the whole commitment costs more than the usage would on-demand. It is the plan rates' ratio to
    /// on-demand, weighted by the option's eligible usage.
    /// </summary>
    private static decimal BreakevenUtilisation(CostModel model, Dictionary<CostComponent, decimal> factors, decimal volume)
    {
        var costs = model.ComponentCosts(volume).Where(c => factors.ContainsKey(c.Component)).ToList();
        var eligible = costs.Sum(c => c.CostUsd);
        return eligible == 0 ? factors.Values.Average() : costs.Sum(c => c.CostUsd * factors[c.Component]) / eligible;
    }
}

public sealed record HorizonResult(Scenario Scenario, int Months, decimal MonthlyGrowthPercent, SavingsPlanCommitment? Plan,
    IReadOnlyList<OptionHorizon> Options, decimal? UpfrontUsd);

/// <param name="BreakevenUtilisation">The utilisation at which the plan costs what on-demand would (null without a plan).</param>
public sealed record OptionHorizon(string Id, string Kind, IReadOnlyList<HorizonMonth> Months, decimal? BreakevenUtilisation, string? Note)
{
    public decimal OnDemandTotalUsd => Months.Sum(m => m.OnDemandUsd);

    public decimal? WithPlanTotalUsd => Months.Any(m => m.Plan is not null) ? Months.Sum(m => m.Plan?.WithPlanUsd ?? m.OnDemandUsd) : null;
}

public sealed record HorizonMonth(int Month, decimal RequestsPerMonth, decimal OnDemandUsd, SavingsPlanMonth? Plan);

/// <summary>One month under the plan: eligible on-demand spend, the same usage at plan rates, the commitment, what it covers, what is billed on-demand above it, what is wasted below it.</summary>
public sealed record SavingsPlanMonth(decimal EligibleOnDemandUsd, decimal AtPlanRatesUsd, decimal CommitmentUsd, decimal CoveredUsd,
    decimal OnDemandAboveUsd, decimal WastedUsd, decimal Utilisation, decimal WithPlanUsd);
