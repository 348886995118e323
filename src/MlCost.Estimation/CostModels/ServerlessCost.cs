using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Serverless inference: compute seconds (requests × seconds per request) at the memory size's per-second
/// rate, plus data processed. With provisioned concurrency N, the N warm instances are billed all month at the
/// provisioned-concurrency rate, and the compute seconds they serve at the lower inference rate for
/// provisioned concurrency; only the seconds above what they serve are on-demand. What they serve is modelled
/// from average concurrency: traffic peaking at peakToAverageRatio × its average fits within N while
/// compute seconds ÷ seconds in the month × the peak ratio ≤ N, so N serves at most N × hours × 3600 ÷ peak
/// ratio compute seconds a month.
/// </summary>
/// <remarks>
/// Which cached rate is which: the two Infracost sources disagree on which of 0.00001 and 0.0000233 per second
/// (2 GB, us-east-1) is the warm charge. The import keeps 0.00001 as warm and 0.0000233 as execution, and that
/// is the reading that fits AWS's model: Serverless Inference runs on AWS Lambda, whose published rates put the
/// provisioned-concurrency charge at 25% and the duration under provisioned concurrency at 58.3% of the
/// on-demand duration rate — 0.00001 and 0.0000233 are exactly 25% and 58.3% of the on-demand 0.00004.
/// </remarks>
internal static class ServerlessCost
{
    public static OptionComponents Components(ServerlessOption o, OptionInputs inputs, PricingContext context)
    {
        var perRequest = inputs.Add("SecondsPerRequest", "seconds per request", o.SecondsPerRequest, $"Compute time billed at the {o.MemoryGb} GB rate.");
        var compute = context.Book.ServerlessInference(context.Region, o.MemoryGb);
        var seconds = context.Inputs.Volume * perRequest;
        var hours = context.Inputs.HoursPerMonth;
        if (o.ProvisionedConcurrency == 0)
            return context.Finish(o,
                [
                    CostComponent.Flat(Label.Of($"Serverless {o.MemoryGb} GB: {o.SecondsPerRequest} s per request"), $"Serverless {o.MemoryGb} GB compute seconds", "seconds",
                        seconds, compute),
                    .. FreeSeconds(context, seconds, compute),
                    .. context.DataProcessed(),
                ],
                []);

        var count = inputs.Add("ProvisionedConcurrency", "provisioned concurrency", o.ProvisionedConcurrency, "Kept warm all month; serves compute seconds up to its share of the peak.");
        var warm = context.Book.ProvisionedConcurrency(context.Region, o.MemoryGb, "warm");
        var execution = context.Book.ProvisionedConcurrency(context.Region, o.MemoryGb, "execution");
        var capacity = count * hours * PricingContext.SecondsPerHour / context.Inputs.PeakToAverageRatio;
        var served = Expr.Min(seconds, capacity);
        return context.Finish(o,
            [
                CostComponent.Flat(Label.Of($"Serverless {o.MemoryGb} GB: {o.SecondsPerRequest} s per request, served by provisioned concurrency (up to {capacity:#,##0} s a month)"),
                    $"Serverless {o.MemoryGb} GB compute seconds served by provisioned concurrency", "seconds", served, execution),
                CostComponent.Flat(Label.Of($"Serverless {o.MemoryGb} GB: {o.SecondsPerRequest} s per request, above provisioned concurrency (on-demand)"),
                    $"Serverless {o.MemoryGb} GB compute seconds above provisioned concurrency", "seconds", seconds - served, compute)
                    with { Shown = Shown.WhenQuantityIsNotZero },
                .. FreeSeconds(context, seconds - served, compute),
                .. context.DataProcessed(),
                CostComponent.Flat(Label.Of($"Provisioned concurrency {o.ProvisionedConcurrency} × {hours} h, warm"), "Provisioned concurrency, warm",
                    "seconds", count * hours * PricingContext.SecondsPerHour, warm),
            ],
            [Label.Of($"Provisioned concurrency {o.ProvisionedConcurrency} serves compute seconds while average concurrency × the peak ratio ({context.Inputs.PeakToAverageRatio}) stays within it: up to {o.ProvisionedConcurrency} × {hours} h × 3600 ÷ {context.Inputs.PeakToAverageRatio} = {capacity:#,##0} s a month at the provisioned inference rate; the rest is on-demand.")]);
    }

    /// <summary>SageMaker's free serverless inference seconds off the on-demand ones, when the scenario turns the free tier on.</summary>
    private static IEnumerable<CostComponent> FreeSeconds(PricingContext context, Expr onDemandSeconds, Pricing.Model.PriceRecord compute)
    {
        if (!context.Scenario.Pricing.FreeTier) yield break;
        var allowance = new Input("FreeSeconds_Serverless", "Free serverless inference seconds a month (SageMaker)", FreeTier.ServerlessSeconds, FreeTier.SageMakerSource);
        yield return FreeTier.Line("serverless inference seconds", "seconds", onDemandSeconds, allowance, Expr.Rate(compute), compute);
    }
}
