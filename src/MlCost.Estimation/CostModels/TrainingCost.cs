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
        var notes = new List<Label>();
        var underPlan = context.Scenario.Pricing.SavingsPlan is not null;
        foreach (var (run, index) in context.Scenario.Training.Select((r, i) => (r, i)))
        {
            InstanceRate billed;
            InstanceRate? onDemandRate;
            PriceRecord? storage;
            try
            {
                onDemandRate = context.OnDemandRate(run.InstanceType, SageMakerComponent.Training);
                // What on-demand hours are billed at: the on-demand rate, or under a plan the plan's (the book says what is missing).
                billed = underPlan || onDemandRate is null ? context.InstanceRate(run.InstanceType, SageMakerComponent.Training) : onDemandRate;
                if (run.ManagedSpot && onDemandRate is null)
                    throw new PriceNotFoundException(
                        $"the price cache has no on-demand Training price for {run.InstanceType} in {context.Region}, and managed spot is priced from it; set managedSpot to false to price the run {(underPlan ? "under the Savings Plan" : "on-demand")}, or refresh the prices (mlcost prices refresh --services sagemaker --regions {context.Region}).");
                storage = run.VolumeSizeGb > 0 ? context.Book.Storage(context.Region, SageMakerComponent.Training) : null;
            }
            catch (PriceNotFoundException e)
            {
                throw new ScenarioException(run.Location, $"training[{index}] (\"{run.Id}\")", e.Message);
            }
            var inputs = new RunInputs(run, index + 1);
            var hours = inputs.Count * inputs.HoursPerRun * inputs.RunsPerMonth;
            var spotHours = hours * (1 + inputs.SpotOverheadPercent / 100m);
            var what = $"Training {run.Id}: {run.InstanceCount} × {run.InstanceType} × {run.HoursPerRun} h × {run.RunsPerMonth} runs";
            var mode = underPlan ? "under the Savings Plan" : "on-demand";
            var usual = billed.Line(Label.Of($"{what}, {mode}"), $"Training {run.Id}: {run.InstanceType} hours, {mode}", hours);
            CostComponent? spot = null;
            Expr? spotRate = null;
            if (onDemandRate is not null)
            {
                // Managed spot is priced from the on-demand rate, never from a plan's: the two discounts are not stacked.
                spotRate = onDemandRate.UsdPerHour * (1 - inputs.SpotSavingsPercent / 100m);
                spot = new CostComponent(Label.Of($"{what}, managed spot ({run.SpotSavingsPercent}% saving, {run.SpotOverheadPercent}% more hours: scenario assumptions{(underPlan ? "; off the on-demand rate, not the plan's" : "")})"),
                    $"Training {run.Id}: {run.InstanceType} hours, managed spot", "hours", spotHours, spotRate, onDemandRate.Price, onDemandRate.Price.Tiers[0]);
            }
            var countedHours = spot is null ? hours : Expr.If(inputs.ManagedSpot, spotHours, hours);
            components.Add(spot is null ? usual : (run.ManagedSpot ? spot : usual) with
            {
                Name = $"Training {run.Id}: {run.InstanceType} hours (managed spot or {mode}, per the assumption)",
                Quantity = countedHours,
                UnitPrice = Expr.If(inputs.ManagedSpot, spotRate!, billed.UsdPerHour),
            });
            if (context.Scenario.Pricing.FreeTier && FreeTier.CoversInstance(run.InstanceType))
            {
                // The free training hours are on-demand hours: none come off a run on managed spot.
                var allowance = new Input("FreeHours_Training", "Free training hours a month (SageMaker)", FreeTier.TrainingHours, FreeTier.SageMakerSource);
                components.Add(FreeTier.Line($"{run.InstanceType} training hours of {run.Id}", "hours", spot is null ? hours : Expr.If(inputs.ManagedSpot, 0m, hours), allowance, billed.UsdPerHour, billed.Price));
            }
            if (spot is not null) components.Add((run.ManagedSpot ? usual : spot) with { Counted = false });
            if (underPlan && onDemandRate is not null)
                components.Add(onDemandRate.Line(Label.Of($"{what}, on-demand (without the Savings Plan)"), $"Training {run.Id}: {run.InstanceType} hours, on-demand", hours) with { Counted = false });
            if (underPlan && spot is not null && notes.Count == 0)
                notes.Add(Label.Of("Managed spot training is priced from the on-demand rate less the spot saving, without the Savings Plan: AWS's pages available here do not say whether a SageMaker Savings Plan also covers managed spot usage (third-party guides disagree), so the two discounts are not stacked."));
            if (storage is not null)
            {
                var size = new Input($"{inputs.Prefix}_VolumeSizeGb", $"Training {run.Id}: ML storage GB", run.VolumeSizeGb, "For the run's hours.");
                components.Add(CostComponent.Flat(Label.Of($"Training {run.Id}: ML storage {run.VolumeSizeGb} GB for the run hours"), $"Training {run.Id}: ML storage for the run hours",
                    "GB-months", size * countedHours / context.Inputs.HoursPerMonth, storage));
            }
            summaries.Add(new TrainingSummary(run.Id,
                onDemandRate is null ? null : Value(hours * onDemandRate.UsdPerHour),
                spot is null ? null : Value(spotHours * spotRate!),
                run.ManagedSpot ? "managed-spot" : underPlan ? "savings-plan" : "on-demand")
            {
                SavingsPlanUsd = underPlan ? Value(hours * billed.UsdPerHour) : null,
            });
        }
        Components = components;
        Summaries = summaries;
        Notes = notes;
    }

    /// <summary>Each run's counted line (and storage), and its other mode, not counted.</summary>
    public IReadOnlyList<CostComponent> Components { get; }

    public IReadOnlyList<TrainingSummary> Summaries { get; }

    /// <summary>What every SageMaker option should say about how its training was priced.</summary>
    public IReadOnlyList<Label> Notes { get; }

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

/// <summary>
/// A training run's monthly cost each way it can be priced (null where the cache lacks the price), and the one
/// counted: managed-spot, savings-plan or on-demand.
/// </summary>
public sealed record TrainingSummary(string Id, decimal? OnDemandUsd, decimal? ManagedSpotUsd, string Counted)
{
    /// <summary>Under the scenario's Savings Plan, the run at the plan's rate.</summary>
    public decimal? SavingsPlanUsd { get; init; }
}
