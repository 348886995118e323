using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// The scenario's training runs, which every SageMaker option carries (a custom model must be trained).
/// Each run is priced on-demand and with managed spot: spot hours are the run's hours plus the overhead
/// (interruptions, checkpoint restarts), at the on-demand rate less the spot saving. The mode the run asks
/// for counts toward the total (a choice on the run's managedSpot input); the other is shown beside it.
/// </summary>
internal sealed class TrainingCost
{
    public TrainingCost(PricingContext context)
    {
        var components = new List<CostComponent>();
        var summaries = new List<TrainingSummary>();
        foreach (var (run, index) in context.Scenario.Training.Select((r, i) => (r, i)))
        {
            InstanceRate rate;
            PriceRecord? storage;
            try
            {
                rate = context.InstanceRate(run.InstanceType, SageMakerComponent.Training);
                storage = run.VolumeSizeGb > 0 ? context.Book.Storage(context.Region, SageMakerComponent.Training) : null;
            }
            catch (PriceNotFoundException e)
            {
                throw new ScenarioException(run.Location, $"training[{index}] (\"{run.Id}\")", e.Message);
            }
            var inputs = new RunInputs(run, index + 1);
            var hours = inputs.Count * inputs.HoursPerRun * inputs.RunsPerMonth;
            var spotHours = hours * (1 + inputs.SpotOverheadPercent / 100m);
            var spotRate = rate.UsdPerHour * (1 - inputs.SpotSavingsPercent / 100m);
            var what = $"Training {run.Id}: {run.InstanceCount} × {run.InstanceType} × {run.HoursPerRun} h × {run.RunsPerMonth} runs";
            var onDemand = rate.Line(Label.Of($"{what}, on-demand"), $"Training {run.Id}: {run.InstanceType} hours, on-demand", hours);
            var spot = new CostComponent(Label.Of($"{what}, managed spot ({run.SpotSavingsPercent}% saving, {run.SpotOverheadPercent}% more hours: scenario assumptions)"),
                $"Training {run.Id}: {run.InstanceType} hours, managed spot", "hours", spotHours, spotRate, rate.Price, rate.Price.Tiers[0]);
            var countedHours = Expr.If(inputs.ManagedSpot, spotHours, hours);
            components.Add((run.ManagedSpot ? spot : onDemand) with
            {
                Name = $"Training {run.Id}: {run.InstanceType} hours (managed spot or on-demand, per the assumption)",
                Quantity = countedHours,
                UnitPrice = Expr.If(inputs.ManagedSpot, spotRate, rate.UsdPerHour),
            });
            if (context.Scenario.Pricing.FreeTier && FreeTier.CoversInstance(run.InstanceType))
            {
                // The free training hours are on-demand hours: none come off a run on managed spot.
                var allowance = new Input("FreeHours_Training", "Free training hours a month (SageMaker)", FreeTier.TrainingHours, FreeTier.SageMakerSource);
                components.Add(FreeTier.Line($"{run.InstanceType} training hours of {run.Id}", "hours", Expr.If(inputs.ManagedSpot, 0m, hours), allowance, rate.UsdPerHour, rate.Price));
            }
            components.Add((run.ManagedSpot ? onDemand : spot) with { Counted = false });
            if (storage is not null)
            {
                var size = new Input($"{inputs.Prefix}_VolumeSizeGb", $"Training {run.Id}: ML storage GB", run.VolumeSizeGb, "For the run's hours.");
                components.Add(CostComponent.Flat(Label.Of($"Training {run.Id}: ML storage {run.VolumeSizeGb} GB for the run hours"), $"Training {run.Id}: ML storage for the run hours",
                    "GB-months", size * countedHours / context.Inputs.HoursPerMonth, storage));
            }
            summaries.Add(new TrainingSummary(run.Id, Value(hours * rate.UsdPerHour), Value(spotHours * spotRate), run.ManagedSpot ? "managed-spot" : "on-demand"));
        }
        Components = components;
        Summaries = summaries;
    }

    /// <summary>Each run's counted line (and storage), and its other mode, not counted.</summary>
    public IReadOnlyList<CostComponent> Components { get; }

    public IReadOnlyList<TrainingSummary> Summaries { get; }

    private static decimal Value(Expr expr) => Compiler.Evaluate(expr, default);

    /// <summary>A run's parameters as inputs named <c>Train1_HoursPerRun</c> and so on.</summary>
    private sealed class RunInputs(TrainingRun run, int number)
    {
        public string Prefix { get; } = $"Train{number}";
        public Input Count { get; } = new($"Train{number}_InstanceCount", $"Training {run.Id}: instances", run.InstanceCount, "Training cluster size.");
        public Input HoursPerRun { get; } = new($"Train{number}_HoursPerRun", $"Training {run.Id}: hours per run", run.HoursPerRun, "Wall-clock hours of one run.");
        public Input RunsPerMonth { get; } = new($"Train{number}_RunsPerMonth", $"Training {run.Id}: runs per month", run.RunsPerMonth, "");
        public Input ManagedSpot { get; } = Input.Flag($"Train{number}_ManagedSpot", $"Training {run.Id}: managed spot", run.ManagedSpot, "TRUE counts managed spot, FALSE on-demand.");
        public Input SpotSavingsPercent { get; } = new($"Train{number}_SpotSavingsPercent", $"Training {run.Id}: spot saving %", run.SpotSavingsPercent, "Spot price below on-demand.");
        public Input SpotOverheadPercent { get; } = new($"Train{number}_SpotOverheadPercent", $"Training {run.Id}: spot overhead %", run.SpotOverheadPercent, "Extra hours from interruptions and restarts.");
    }
}

/// <summary>A training run's monthly cost both ways, and the one counted.</summary>
public sealed record TrainingSummary(string Id, decimal OnDemandUsd, decimal ManagedSpotUsd, string Counted);
