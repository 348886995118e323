using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Batch Transform jobs: the instance-hours to process the month's requests at the cluster's throughput,
/// plus each job's start-up time on every instance.
/// </summary>
internal static class BatchTransformCost
{
    public static OptionComponents Components(BatchOption o, OptionInputs inputs, PricingContext context)
    {
        var rps = context.RequestsPerSecondPerInstance(o.Throughput, inputs);
        var count = inputs.Add("InstanceCount", "instances per job", o.InstanceCount, "The transform job's cluster.");
        var jobs = inputs.Add("JobsPerMonth", "jobs per month", o.JobsPerMonth, "Each job pays its start-up.");
        var startup = inputs.Add("StartupMinutesPerJob", "start-up minutes per job", o.StartupMinutesPerJob, "Billed on every instance.");
        var work = context.Inputs.Volume / (rps * PricingContext.SecondsPerHour);
        var startupHours = count * jobs * startup / 60m;
        var rate = context.InstanceRate(o.InstanceType, SageMakerComponent.BatchTransform);
        var processing = rate.Line(Label.Of($"{o.InstanceType} Batch Transform: processing at {rps} requests/s per instance"),
            $"{o.InstanceType} Batch Transform: processing hours", work);
        var starting = rate.Line(Label.Of($"{o.InstanceType} Batch Transform: start-up, {o.JobsPerMonth} jobs × {o.InstanceCount} instance(s) × {o.StartupMinutesPerJob} min"),
            $"{o.InstanceType} Batch Transform: start-up hours", startupHours) with { Shown = Shown.WhenQuantityIsNotZero };
        var jobHours = work / count / jobs + startup / 60m;
        return context.Finish(o, [processing, starting], [Label.Of($"Each job runs about {jobHours:0.##} h on {count} instance(s).")]);
    }
}
