using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Serverless inference: compute seconds (requests × seconds per request) at the memory size's per-second
/// rate, data processed, and provisioned concurrency kept warm all month when asked for.
/// </summary>
internal static class ServerlessCost
{
    public static OptionComponents Components(ServerlessOption o, OptionInputs inputs, PricingContext context)
    {
        var seconds = inputs.Add("SecondsPerRequest", "seconds per request", o.SecondsPerRequest, $"Compute time billed at the {o.MemoryGb} GB rate.");
        var compute = context.Book.ServerlessInference(context.Region, o.MemoryGb);
        var components = new List<CostComponent>
        {
            CostComponent.Flat(Label.Of($"Serverless {o.MemoryGb} GB: {o.SecondsPerRequest} s per request"), $"Serverless {o.MemoryGb} GB compute seconds", "seconds",
                context.Inputs.Volume * seconds, compute),
        };
        components.AddRange(context.DataProcessed());
        var notes = new List<Label>();
        if (o.ProvisionedConcurrency > 0)
        {
            var count = inputs.Add("ProvisionedConcurrency", "provisioned concurrency", o.ProvisionedConcurrency, "Kept warm all month.");
            var warm = context.Book.ProvisionedConcurrency(context.Region, o.MemoryGb, "warm");
            components.Add(CostComponent.Flat(Label.Of($"Provisioned concurrency {o.ProvisionedConcurrency} × {context.Scenario.Pricing.HoursPerMonth} h, warm"), "Provisioned concurrency, warm",
                "seconds", count * context.Inputs.HoursPerMonth * PricingContext.SecondsPerHour, warm));
            notes.Add(Label.Of("Provisioned concurrency: requests are still billed at the on-demand compute rate (an upper bound; the sources disagree on the execution rate)."));
        }
        return context.Finish(o, components, notes);
    }
}
