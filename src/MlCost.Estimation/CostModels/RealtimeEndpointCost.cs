using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Real-time endpoints, always on: each endpoint's fleet is sized to its share of peak load,
/// max(minInstances, ceil(peak / throughput per instance)), for every hour of the month; with
/// <c>endpoints: N</c> one endpoint per model shares the traffic. Plus data processed and ML storage.
/// </summary>
internal static class RealtimeEndpointCost
{
    public static OptionComponents Components(RealtimeOption o, OptionInputs inputs, PricingContext context)
    {
        var rps = context.RequestsPerSecondPerInstance(o.Throughput, inputs);
        var min = inputs.Add("MinInstances", "minimum instances per endpoint", o.MinInstances, "Never fewer, whatever the load.");
        var endpoints = inputs.Add("Endpoints", "endpoints", o.Endpoints, "One endpoint per model shares the traffic.");
        var perEndpoint = context.InstancesForPeak(rps * endpoints, min);
        var instances = perEndpoint * endpoints;
        var hours = context.Inputs.HoursPerMonth;
        var rate = context.InstanceRate(o.InstanceType, SageMakerComponent.Hosting);
        var fleet = o.Endpoints == 1
            ? Label.Of($"{o.InstanceType} Hosting: {instances} instance(s) × {hours} h")
            : Label.Of($"{o.InstanceType} Hosting: {endpoints} endpoints × {perEndpoint} = {instances} instance(s) × {hours} h");
        var volumeSize = o.VolumeSizeGb > 0 ? inputs.Add("VolumeSizeGb", "ML storage GB per instance", o.VolumeSizeGb, "Attached to each instance.") : null;
        return context.Finish(o,
            [
                rate.Line(fleet, $"{o.InstanceType} Hosting: instances × hours", instances * hours),
                .. context.FreeHostingHours(o.InstanceType, instances * hours, rate),
                .. context.DataProcessed(),
                .. context.Storage(instances, volumeSize),
            ],
            [Label.Of($"Peak {context.PeakRequestsPerSecond:0.###} requests/s at {rps} per instance.")]);
    }
}
