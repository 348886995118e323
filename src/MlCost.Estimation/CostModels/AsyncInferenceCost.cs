using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Asynchronous inference, which scales to zero — but only after its instances have been idle for the scale-in
/// time, so what is billed is the hours instances are in service, which depends on how requests arrive:
/// <list type="bullet">
/// <item><b>even</b>: a request every month-hours ÷ volume. An instance stays in service through each gap
/// shorter than the idle time, so one instance is in service min(month, requests × (work per request + idle
/// time)) hours; a load of more than one instance keeps the extra ones busy all month.</item>
/// <item><b>windows</b>: N busy windows a day of L hours; the fleet a window needs (its work ÷ L, rounded up)
/// is in service L hours plus the idle time, each window, at most all month.</item>
/// <item><b>bursts</b>: the work's hours alone (requests ÷ throughput), which only a fleet that scales in the
/// moment its backlog is done would bill: a lower bound.</item>
/// </list>
/// Never less than <c>minInstances</c> all month; plus data processed.
/// </summary>
internal static class AsyncInferenceCost
{
    public static OptionComponents Components(AsyncOption o, OptionInputs inputs, PricingContext context)
    {
        var rps = context.RequestsPerSecondPerInstance(o.Throughput, inputs);
        var min = inputs.Add("MinInstances", "minimum instances", o.MinInstances, "Kept running all month (0 scales to zero).");
        var month = context.Inputs.HoursPerMonth;
        var volume = context.Inputs.Volume;
        var work = volume / (rps * PricingContext.SecondsPerHour);
        var arrival = o.Arrival;
        Expr inService;
        Label how;
        if (arrival.Pattern == AsyncArrival.Bursts)
        {
            inService = work;
            how = Label.Of($"instance-hours for the work, in bursts (scales to zero)");
        }
        else
        {
            var idle = inputs.Add("ScaleInIdleMinutes", "scale-in idle minutes", arrival.ScaleInIdleMinutes,
                "Instances scale in only after this long without work (target tracking's scale-in alarm: 15 one-minute periods).");
            var idleHours = idle / 60m;
            if (arrival.Pattern == AsyncArrival.Windows)
            {
                var windows = inputs.Add("BusyWindowsPerDay", "busy windows a day", arrival.BusyWindowsPerDay, "Requests arrive only in these windows.");
                var length = inputs.Add("BusyHoursPerWindow", "hours per busy window", arrival.BusyHoursPerWindow, "The length of each busy window.");
                var windowsPerMonth = windows * month / 24m;
                var fleet = Expr.Ceiling(work / (windowsPerMonth * length));
                inService = fleet * Expr.Min(month, windowsPerMonth * (length + idleHours));
                how = Label.Of($"{fleet} instance(s) in service {arrival.BusyWindowsPerDay} window(s) a day of {arrival.BusyHoursPerWindow} h plus {arrival.ScaleInIdleMinutes} min idle before scale-in");
            }
            else
            {
                var perRequest = 1 / (rps * PricingContext.SecondsPerHour);
                var extra = Expr.Max(0m, Expr.Ceiling(work / month) - 1);
                inService = extra * month + Expr.Min(month, volume * (perRequest + idleHours));
                how = Label.Of($"instance-hours in service, requests spread evenly, each gap under {arrival.ScaleInIdleMinutes} min keeping an instance up");
            }
        }
        var rate = context.InstanceRate(o.InstanceType, SageMakerComponent.AsyncInference);
        var hours = Expr.Max(min * month, inService);
        var description = o.MinInstances == 0
            ? Label.Of($"{o.InstanceType} async inference: {how}")
            : Label.Of($"{o.InstanceType} async inference: {how}, at least {min} instance(s) kept running × {month} h");
        return context.Finish(o,
            [
                rate.Line(description, $"{o.InstanceType} async inference: instance-hours in service", hours),
                .. context.DataProcessed(),
            ],
            [Label.Of($"Work: {work:#,##0.##} instance-hours at {rps} requests/s per instance; billed: {hours:#,##0.##} h in service.")]);
    }
}
