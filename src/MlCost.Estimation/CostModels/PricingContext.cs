using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// What every option's rules share: the scenario's inputs, its prices, and the rules that are the same for
/// every option — sizing a fleet to peak load, endpoint data processed, instance rates under the scenario's
/// Savings Plan, and the enterprise discount.
/// </summary>
internal sealed class PricingContext(Scenario scenario, PriceBook book)
{
    private TrainingCost? _training;

    public const decimal SecondsPerHour = 3600m;

    public Scenario Scenario => scenario;

    public PriceBook Book => book;

    public string Region => scenario.Region;

    public Workload Workload => scenario.Workload;

    public ScenarioInputs Inputs { get; } = new(scenario);

    /// <summary>The scenario's training runs, priced once and shared by every SageMaker option.</summary>
    public TrainingCost Training => _training ??= new TrainingCost(this);

    /// <summary>Peak requests per second at the volume: volume × peak-to-average / (hours × 3600).</summary>
    public Expr PeakRequestsPerSecond => Inputs.Volume * Inputs.PeakToAverageRatio / (Inputs.HoursPerMonth * SecondsPerHour);

    /// <summary>
    /// Instances a fleet needs for peak load: max(minimum, ceil(volume × peak-to-average / (capacity × hours × 3600))),
    /// one division of exact products, so that a peak exactly at capacity needs exactly that many instances.
    /// </summary>
    public Expr InstancesForPeak(Expr requestsPerSecondPerInstance, Expr minimum) =>
        Expr.Max(minimum, Expr.Ceiling(Inputs.Volume * Inputs.PeakToAverageRatio / (requestsPerSecondPerInstance * Inputs.HoursPerMonth * SecondsPerHour)));

    /// <summary>
    /// Requests one instance serves per second: the option's figure, or its output tokens per second over the
    /// workload's output tokens per request (an LLM endpoint).
    /// </summary>
    public Expr RequestsPerSecondPerInstance(Throughput throughput, OptionInputs inputs)
    {
        if (!throughput.InTokens)
            return inputs.Add("RequestsPerSecondPerInstance", "requests/s per instance", throughput.PerSecond, "Throughput one instance serves.");
        var tokens = inputs.Add("TokensPerSecondPerInstance", "output tokens/s per instance", throughput.PerSecond, "Output tokens one instance generates per second.");
        return tokens / Inputs.PerRequest(AiServices.WorkloadMetric.OutputTokens);
    }

    /// <summary>Endpoint data in and out, per GB, when requests carry any; nothing otherwise.</summary>
    public IEnumerable<CostComponent> DataProcessed()
    {
        if (Workload.PayloadKbPerRequest + Workload.ResponseKbPerRequest == 0) yield break;
        var gb = Inputs.Volume * (Inputs.PayloadKbPerRequest + Inputs.ResponseKbPerRequest) / (1024m * 1024m);
        yield return CostComponent.Flat(Label.Of($"Data processed in and out ({Workload.PayloadKbPerRequest + Workload.ResponseKbPerRequest} KB per request)"),
            "Data processed in and out", "GB", gb, book.DataProcessed(Region));
    }

    /// <summary>ML storage attached to each instance of a fleet, when the option asks for volumes.</summary>
    public IEnumerable<CostComponent> Storage(Expr instances, Input? volumeSizeGb)
    {
        if (volumeSizeGb is null) yield break;
        yield return CostComponent.Flat(Label.Of($"ML storage: {instances} × {volumeSizeGb.Value} GB"), "ML storage (instances × GB)", "GB-months",
            instances * volumeSizeGb, book.Storage(Region, SageMakerComponent.Hosting));
    }

    /// <summary>
    /// The hourly rate on-demand usage of an instance is billed at: the on-demand rate, or under the scenario's
    /// Savings Plan the cache's plan rate when it has one (even without an on-demand price), else the on-demand
    /// rate less the plan discount the scenario gives.
    /// </summary>
    public InstanceRate InstanceRate(string instanceType, string component)
    {
        if (scenario.Pricing.SavingsPlan is not { } plan)
            return new InstanceRate(book.SageMakerInstance(Region, instanceType, component), null);
        var rate = book.SavingsPlanRates(Region, instanceType, component).FirstOrDefault(r =>
            r.TermAttributes.GetValueOrDefault("LeaseContractLength") == plan.Term && r.TermAttributes.GetValueOrDefault("PurchaseOption") == plan.PurchaseOption);
        if (rate is not null)
            return new InstanceRate(rate, $"{plan.Term} {plan.PurchaseOption} SageMaker Savings Plan rate");
        if (Inputs.SavingsPlanDiscountPercent is { } percent)
        {
            var onDemand = book.SageMakerInstance(Region, instanceType, component);
            return new InstanceRate(onDemand, Expr.Rate(onDemand) * (1 - percent / 100m), $"on-demand rate less the scenario's {percent.Value}% Savings Plan discount");
        }
        throw new PriceNotFoundException(
            $"the price cache has no {plan.Term} {plan.PurchaseOption} SageMaker Savings Plan rate for {instanceType} {component} in {Region}; give pricing.savingsPlan.discountPercent to price with a discount instead.");
    }

    /// <summary>The on-demand rate itself, whatever the scenario's plan, when the cache has it (managed spot is priced from it).</summary>
    public InstanceRate? OnDemandRate(string instanceType, string component) =>
        book.FindSageMakerInstance(Region, instanceType, component) is { } price ? new InstanceRate(price, null) : null;

    /// <summary>
    /// SageMaker's free real-time inference hours off a fleet of ml.m4.xlarge or ml.m5.xlarge, when the scenario
    /// turns the free tier on; nothing otherwise.
    /// </summary>
    public IEnumerable<CostComponent> FreeHostingHours(string instanceType, Expr instanceHours, InstanceRate rate)
    {
        if (!scenario.Pricing.FreeTier || !FreeTier.CoversInstance(instanceType)) yield break;
        var allowance = new Input("FreeHours_Hosting", "Free real-time inference hours a month (SageMaker)", FreeTier.HostingHours, FreeTier.SageMakerSource);
        yield return FreeTier.Line($"{instanceType} hosting hours", "hours", instanceHours, allowance, rate.UsdPerHour, rate.Price);
    }

    /// <summary>The enterprise discount as a negative line on the subtotal, so line items still add up to the total.</summary>
    public CostComponent Discount() =>
        new(Label.Of($"Enterprise discount ({scenario.Pricing.DiscountPercent}%)"), "Enterprise discount", "USD", new Subtotal(), -(Expr)Inputs.DiscountPercent / 100m,
            null, null, "scenario: pricing.discountPercent") { Shown = Shown.WhenUnitPriceIsNotZero };

    /// <summary>An option's components with what every option of its kind adds: training (SageMaker) and the discount.</summary>
    public OptionComponents Finish(OptionSpec option, IEnumerable<CostComponent> components, IEnumerable<Label> notes)
    {
        List<CostComponent> all = [.. components, .. option.IsSageMaker ? Training.Components : []];
        List<Label> allNotes = [.. notes, .. option.IsSageMaker ? Training.Notes : []];
        if (option.IsSageMaker && all.Any(c => c.IsFreeTier)) allNotes.Add(FreeTier.Note(FreeTier.SageMakerDuration, FreeTier.SageMakerSource));
        all.Add(Discount());
        return new(option.Id, option.Kind, all, allNotes);
    }
}

/// <summary>An hourly rate (an expression over a cached price), the price record behind it, and how it was arrived at when that is not plain.</summary>
internal sealed record InstanceRate(PriceRecord Price, Expr UsdPerHour, string? Basis)
{
    public InstanceRate(PriceRecord price, string? basis) : this(price, Expr.Rate(price), basis) { }

    public CostComponent Line(Label description, string name, Expr hours) =>
        new(Basis is null ? description : description.Append($" — {Basis}"), name, "hours", hours, UsdPerHour, Price, Price.Tiers[0]);
}
