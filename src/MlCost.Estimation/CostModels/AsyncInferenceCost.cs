using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Asynchronous inference, which scales to zero: instance-hours for the work (requests / throughput), but
/// never less than <c>minInstances</c> kept running all month; plus data processed.
/// </summary>
internal static class AsyncInferenceCost
{
    public static OptionComponents Components(AsyncOption o, OptionInputs inputs, PricingContext context)
    {
        var rps = inputs.Add("RequestsPerSecondPerInstance", "requests/s per instance", o.RequestsPerSecondPerInstance, "Throughput one instance serves.");
        var min = inputs.Add("MinInstances", "minimum instances", o.MinInstances, "Kept running all month (0 scales to zero).");
        var work = context.Inputs.Volume / (rps * PricingContext.SecondsPerHour);
        var minimum = min * context.Inputs.HoursPerMonth;
        var rate = context.InstanceRate(o.InstanceType, SageMakerComponent.AsyncInference);
        // The line says which of the two bills the month; the workbook's one line takes the larger.
        var description = o.MinInstances == 0
            ? Label.Of($"{o.InstanceType} async inference: instance-hours for the work (scales to zero)")
            : Label.Of($"{o.InstanceType} async inference: instance-hours for the work, at least {min} instance(s) kept running × {context.Inputs.HoursPerMonth} h");
        return context.Finish(o,
            [
                rate.Line(description, $"{o.InstanceType} async inference: instance-hours", Expr.Max(minimum, work)),
                .. context.DataProcessed(),
            ],
            []);
    }
}
