using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// A multi-model endpoint: instances = the larger of what the models need (models / models per instance)
/// and what peak traffic needs, never fewer than <c>minInstances</c>, all month; plus data processed and storage.
/// </summary>
internal static class MultiModelEndpointCost
{
    public static OptionComponents Components(MultiModelOption o, OptionInputs inputs, PricingContext context)
    {
        var models = inputs.Add("Models", "models", o.Models, "Models hosted on the endpoint.");
        var perInstance = inputs.Add("ModelsPerInstance", "models per instance", o.ModelsPerInstance, "Models one instance holds.");
        var rps = context.RequestsPerSecondPerInstance(o.Throughput, inputs);
        var min = inputs.Add("MinInstances", "minimum instances", o.MinInstances, "Never fewer, whatever the load.");
        var forModels = Expr.Max(min, Expr.Ceiling(models / perInstance));
        var forTraffic = context.InstancesForPeak(rps, 1);
        var instances = Expr.Max(forModels, forTraffic);
        var hours = context.Inputs.HoursPerMonth;
        var rate = context.InstanceRate(o.InstanceType, SageMakerComponent.Hosting);
        var volumeSize = o.VolumeSizeGb > 0 ? inputs.Add("VolumeSizeGb", "ML storage GB per instance", o.VolumeSizeGb, "Attached to each instance.") : null;
        return context.Finish(o,
            [
                rate.Line(Label.Of($"{o.InstanceType} multi-model endpoint: {instances} instance(s) × {hours} h"), $"{o.InstanceType} multi-model endpoint: instances × hours", instances * hours),
                .. context.FreeHostingHours(o.InstanceType, instances * hours, rate),
                .. context.DataProcessed(),
                .. context.Storage(instances, volumeSize),
            ],
            [Label.Of($"{models} models need {forModels} instance(s); peak traffic needs {forTraffic}.")]);
    }
}
