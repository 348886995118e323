using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>The scenario's ways to price (Savings Plans, discount, month length), applied the same way for every option.</summary>
public sealed class PricingContext(Scenario scenario, PriceBook book)
{
    private TrainingCost? _training;

    public Scenario Scenario => scenario;

    /// <summary>The scenario's training runs, priced once and shared by every SageMaker option.</summary>
    public TrainingCost Training => _training ??= new TrainingCost(this);

    public PriceBook Book => book;

    public string Region => scenario.Region;

    public Workload Workload => scenario.Workload;

    public decimal HoursPerMonth => scenario.Pricing.HoursPerMonth;

    public const decimal SecondsPerHour = 3600m;

    /// <summary>Peak requests per second at a monthly volume: volume / (hours × 3600) × peak-to-average.</summary>
    public decimal PeakRequestsPerSecond(decimal requestsPerMonth) =>
        requestsPerMonth * Workload.PeakToAverageRatio / (HoursPerMonth * SecondsPerHour);

    /// <summary>
    /// Instances a fleet needs for peak load at a volume: ceil(peak / capacity), computed as one division of
    /// exact products so that a peak exactly at capacity needs exactly that many instances, not one more.
    /// </summary>
    public int InstancesForPeak(decimal requestsPerMonth, decimal requestsPerSecondPerFleetInstance, int minimum) =>
        (int)Math.Max(minimum, Math.Ceiling(requestsPerMonth * Workload.PeakToAverageRatio
                                            / (requestsPerSecondPerFleetInstance * HoursPerMonth * SecondsPerHour)));

    /// <summary>The volume at which peak load reaches <paramref name="requestsPerSecond"/>.</summary>
    public decimal VolumeAtPeak(decimal requestsPerSecond) =>
        requestsPerSecond * HoursPerMonth * SecondsPerHour / Workload.PeakToAverageRatio;

    /// <summary>GB of endpoint data in and out per month.</summary>
    public decimal DataProcessedGb(decimal requestsPerMonth) =>
        requestsPerMonth * (Workload.PayloadKbPerRequest + Workload.ResponseKbPerRequest) / (1024m * 1024m);

    public bool HasDataProcessed => Workload.PayloadKbPerRequest + Workload.ResponseKbPerRequest > 0;

    /// <summary>
    /// The hourly rate of an instance for a component: on-demand, or under the scenario's Savings Plan — the
    /// cache's plan rate when it has one, else the on-demand rate less the plan discount the scenario gives.
    /// </summary>
    public InstanceRate InstanceRate(string instanceType, string component)
    {
        var onDemand = book.SageMakerInstance(Region, instanceType, component);
        if (scenario.Pricing.SavingsPlan is not { } plan) return new InstanceRate(onDemand, onDemand.Tiers[0].UsdPerUnit, onDemand.Tiers[0].RateCode, null);
        var rate = book.SavingsPlanRates(Region, instanceType, component).FirstOrDefault(r =>
            r.TermAttributes.GetValueOrDefault("LeaseContractLength") == plan.Term && r.TermAttributes.GetValueOrDefault("PurchaseOption") == plan.PurchaseOption);
        if (rate is not null)
            return new InstanceRate(rate, rate.Tiers[0].UsdPerUnit, rate.Tiers[0].RateCode, $"{plan.Term} {plan.PurchaseOption} SageMaker Savings Plan rate");
        if (plan.DiscountPercent is { } percent)
            return new InstanceRate(onDemand, onDemand.Tiers[0].UsdPerUnit * (1 - percent / 100m), onDemand.Tiers[0].RateCode,
                $"on-demand rate less the scenario's {percent}% Savings Plan discount", percent);
        throw new PriceNotFoundException(
            $"the price cache has no {plan.Term} {plan.PurchaseOption} SageMaker Savings Plan rate for {instanceType} {component} in {Region}; give pricing.savingsPlan.discountPercent to price with a discount instead.");
    }

    /// <summary>The enterprise discount as a negative line, so line items still add up to the total.</summary>
    public IEnumerable<LineItem> Discount(IReadOnlyCollection<LineItem> lines)
    {
        var percent = scenario.Pricing.DiscountPercent;
        if (percent == 0) yield break;
        var subtotal = lines.Sum(l => l.CostUsd);
        yield return new LineItem($"Enterprise discount ({percent}%)", subtotal, "USD", -percent / 100m, -subtotal * percent / 100m,
            null, null, "scenario: pricing.discountPercent");
    }
}

/// <summary>An hourly rate and the price record behind it (the plan rate, or the on-demand price it was derived from).</summary>
public sealed record InstanceRate(PriceRecord Price, decimal UsdPerHour, string RateCode, string? Basis, decimal? DiscountPercent = null)
{
    public LineItem Line(string description, decimal hours) =>
        new(Basis is null ? description : $"{description} — {Basis}", hours, "hours", UsdPerHour, hours * UsdPerHour,
            Price.Sku, RateCode, Price.Source, Price.PublicationDate, Price.Quality);
}
