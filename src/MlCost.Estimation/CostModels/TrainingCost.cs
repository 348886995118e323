using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// The scenario's training runs, which every SageMaker option carries (a custom model must be trained).
/// Each run is priced on-demand and with managed spot: spot hours are the run's hours plus the overhead
/// (interruptions, checkpoint restarts), at the on-demand rate less the spot saving. The mode the run asks
/// for counts toward the total; the other is shown beside it.
/// </summary>
public sealed class TrainingCost
{
    public TrainingCost(PricingContext context)
    {
        var counted = new List<LineItem>();
        var alternatives = new List<LineItem>();
        var summaries = new List<TrainingSummary>();
        var priced = new List<PricedTrainingRun>();
        foreach (var (run, index) in context.Scenario.Training.Select((r, i) => (r, i)))
        {
            InstanceRate rate;
            try
            {
                rate = context.InstanceRate(run.InstanceType, SageMakerComponent.Training);
            }
            catch (PriceNotFoundException e)
            {
                throw new ScenarioException(run.Location, $"training[{index}] (\"{run.Id}\")", e.Message);
            }
            var hours = run.InstanceCount * run.HoursPerRun * run.RunsPerMonth;
            var what = $"Training {run.Id}: {run.InstanceCount} × {run.InstanceType} × {run.HoursPerRun} h × {run.RunsPerMonth} runs";
            var onDemand = rate.Line($"{what}, on-demand", hours);
            var spotHours = hours * (1 + run.SpotOverheadPercent / 100m);
            var spotRate = rate.UsdPerHour * (1 - run.SpotSavingsPercent / 100m);
            var spot = onDemand with
            {
                Description = $"{what}, managed spot ({run.SpotSavingsPercent}% saving, {run.SpotOverheadPercent}% more hours: scenario assumptions)",
                Quantity = spotHours,
                UnitPriceUsd = spotRate,
                CostUsd = spotHours * spotRate,
            };
            counted.Add(run.ManagedSpot ? spot : onDemand);
            alternatives.Add(run.ManagedSpot ? onDemand : spot);
            if (run.VolumeSizeGb > 0)
            {
                var storage = context.Book.Storage(context.Region, SageMakerComponent.Training);
                var gbMonths = run.VolumeSizeGb * (run.ManagedSpot ? spotHours : hours) / context.HoursPerMonth;
                counted.Add(LineItem.Flat($"Training {run.Id}: ML storage {run.VolumeSizeGb} GB for the run hours", gbMonths, "GB-months", storage));
            }
            priced.Add(new PricedTrainingRun(run, rate, run.VolumeSizeGb > 0 ? context.Book.Storage(context.Region, SageMakerComponent.Training) : null));
            summaries.Add(new TrainingSummary(run.Id, onDemand.CostUsd, spot.CostUsd, run.ManagedSpot ? "managed-spot" : "on-demand"));
        }
        Lines = counted;
        Alternatives = alternatives;
        Summaries = summaries;
        Runs = priced;
    }

    /// <summary>Each run with the prices it is billed at.</summary>
    public IReadOnlyList<PricedTrainingRun> Runs { get; }

    /// <summary>Lines that count toward every SageMaker option's total.</summary>
    public IReadOnlyList<LineItem> Lines { get; }

    /// <summary>The other pricing mode of each run, for comparison; not counted.</summary>
    public IReadOnlyList<LineItem> Alternatives { get; }

    public IReadOnlyList<TrainingSummary> Summaries { get; }
}

/// <summary>A training run and the prices it is billed at.</summary>
public sealed record PricedTrainingRun(TrainingRun Run, InstanceRate Rate, PriceRecord? StoragePrice);

/// <summary>A training run's monthly cost both ways, and the one counted.</summary>
public sealed record TrainingSummary(string Id, decimal OnDemandUsd, decimal ManagedSpotUsd, string Counted);
