using MlCost.Estimation.CostModels;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Reports.Excel;

/// <summary>
/// Each option's line items as live formulas: the same pricing rules as its cost model (tiers, the Comprehend
/// minimum, Transcribe's per-request minimum, instance-count ceilings, training both ways, the discount),
/// written over the Assumptions names and the Prices cells. Inputs an option needs are added to Assumptions.
/// </summary>
internal sealed class OptionFormulas(Assumptions assumptions, PriceSheet prices, IReadOnlyList<PricedTrainingRun> training)
{
    private const string Hours = "HoursPerMonth";
    private const string Ratio = "PeakToAverageRatio";

    // Training inputs are named once and their lines shared by every SageMaker option.
    private List<FormulaLine>? _training;

    /// <summary>The formula lines of option number <paramref name="index"/> (1-based), without the discount.</summary>
    public IReadOnlyList<FormulaLine> For(ICostModel model, int index)
    {
        var lines = model switch
        {
            AiServiceCost m => AiService(m),
            RealtimeEndpointCost m => Realtime(m, $"Opt{index}"),
            ServerlessCost m => Serverless(m, $"Opt{index}"),
            AsyncInferenceCost m => Async(m, $"Opt{index}"),
            BatchTransformCost m => Batch(m, $"Opt{index}"),
            MultiModelEndpointCost m => MultiModel(m, $"Opt{index}"),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.GetType().Name, "no workbook formulas for this option kind"),
        };
        if (model is not AiServiceCost) lines.AddRange(_training ??= Training().ToList());
        return lines;
    }

    private List<FormulaLine> AiService(AiServiceCost m)
    {
        var perRequest = m.Unit switch
        {
            BillingUnit.Pages => "PagesPerRequest",
            BillingUnit.ComprehendUnits => $"MAX({AiServiceOperations.ComprehendMinimumUnits},CEILING(CharactersPerRequest/100,1))",
            BillingUnit.Images => "ImagesPerRequest",
            BillingUnit.Characters => "CharactersPerRequest",
            BillingUnit.AudioSeconds => $"MAX({AiServiceOperations.TranscribeMinimumSeconds},CEILING(AudioSecondsPerRequest,1))",
            _ => throw new ArgumentOutOfRangeException(nameof(m)),
        };
        string Units(string v) => $"{v}*{perRequest}";
        var unit = AiServiceOperations.UnitName(m.Unit);
        var name = PriceNames.Describe(m.TieredPrice);
        var price = m.TieredPrice;
        var lines = price.Tiers.Select(tier => new FormulaLine(
            price.IsFlat ? name : $"{name} (tier {Text.Numbers.Count(tier.Begin)} – {(tier.End is { } e ? Text.Numbers.Count(e) : "∞")})",
            v => price.IsFlat ? Units(v)
                : tier.End is null ? $"MAX(0,{Units(v)}-{prices.TierBegin(price, tier)})"
                : $"MAX(0,MIN({Units(v)},{prices.TierEnd(price, tier)})-{prices.TierBegin(price, tier)})",
            unit, prices.UnitPrice(price, tier), price, tier)).ToList();
        if (m.FreeUnits is { } free)
        {
            var first = price.Tiers[0];
            if (first.End is { } end && free > end) throw new InvalidOperationException("a free allowance larger than the first tier cannot be written as one line");
            var allowance = assumptions.Add($"FreeUnits_{m.Option.Service}_{m.Option.Operation}", $"Free {unit} a month ({m.Option.Operation})", free, FreeTierAllowances.Source);
            lines.Add(new FormulaLine($"Free tier ({unit}, time-limited)", v => $"MIN({Units(v)},{allowance})", unit, $"-{prices.UnitPrice(price, first)}", price, first));
        }
        return lines;
    }

    private List<FormulaLine> Realtime(RealtimeEndpointCost m, string n)
    {
        var o = m.Option;
        var rps = assumptions.Add($"{n}_RequestsPerSecondPerInstance", $"{o.Id}: requests/s per instance", o.RequestsPerSecondPerInstance, "Throughput one instance serves.");
        var min = assumptions.Add($"{n}_MinInstances", $"{o.Id}: minimum instances per endpoint", o.MinInstances, "Never fewer, whatever the load.");
        var endpoints = assumptions.Add($"{n}_Endpoints", $"{o.Id}: endpoints", o.Endpoints, "One endpoint per model shares the traffic.");
        string Instances(string v) => $"{endpoints}*MAX({min},CEILING({v}*{Ratio}/({rps}*{endpoints}*{Hours}*3600),1))";
        var lines = new List<FormulaLine> { Hourly($"{o.InstanceType} Hosting: instances × hours", v => $"{Instances(v)}*{Hours}", m.Rate) };
        lines.AddRange(DataProcessed(m.DataProcessedPrice));
        lines.AddRange(Storage(m.StoragePrice, n, o.Id, o.VolumeSizeGb, Instances));
        return lines;
    }

    private List<FormulaLine> MultiModel(MultiModelEndpointCost m, string n)
    {
        var o = m.Option;
        var models = assumptions.Add($"{n}_Models", $"{o.Id}: models", o.Models, "Models hosted on the endpoint.");
        var perInstance = assumptions.Add($"{n}_ModelsPerInstance", $"{o.Id}: models per instance", o.ModelsPerInstance, "Models one instance holds.");
        var rps = assumptions.Add($"{n}_RequestsPerSecondPerInstance", $"{o.Id}: requests/s per instance", o.RequestsPerSecondPerInstance, "Throughput one instance serves.");
        var min = assumptions.Add($"{n}_MinInstances", $"{o.Id}: minimum instances", o.MinInstances, "Never fewer, whatever the load.");
        string Instances(string v) => $"MAX({min},CEILING({models}/{perInstance},1),CEILING({v}*{Ratio}/({rps}*{Hours}*3600),1),1)";
        var lines = new List<FormulaLine> { Hourly($"{o.InstanceType} multi-model endpoint: instances × hours", v => $"{Instances(v)}*{Hours}", m.Rate) };
        lines.AddRange(DataProcessed(m.DataProcessedPrice));
        lines.AddRange(Storage(m.StoragePrice, n, o.Id, o.VolumeSizeGb, Instances));
        return lines;
    }

    private List<FormulaLine> Serverless(ServerlessCost m, string n)
    {
        var o = m.Option;
        var seconds = assumptions.Add($"{n}_SecondsPerRequest", $"{o.Id}: seconds per request", o.SecondsPerRequest, $"Compute time billed at the {o.MemoryGb} GB rate.");
        var lines = new List<FormulaLine> { Flat($"Serverless {o.MemoryGb} GB compute seconds", v => $"{v}*{seconds}", "seconds", m.ComputePrice) };
        lines.AddRange(DataProcessed(m.DataProcessedPrice));
        if (m.ProvisionedConcurrencyPrice is { } provisioned)
        {
            var count = assumptions.Add($"{n}_ProvisionedConcurrency", $"{o.Id}: provisioned concurrency", o.ProvisionedConcurrency, "Kept warm all month.");
            lines.Add(Flat("Provisioned concurrency, warm", _ => $"{count}*{Hours}*3600", "seconds", provisioned));
        }
        return lines;
    }

    private List<FormulaLine> Async(AsyncInferenceCost m, string n)
    {
        var o = m.Option;
        var rps = assumptions.Add($"{n}_RequestsPerSecondPerInstance", $"{o.Id}: requests/s per instance", o.RequestsPerSecondPerInstance, "Throughput one instance serves.");
        var min = assumptions.Add($"{n}_MinInstances", $"{o.Id}: minimum instances", o.MinInstances, "Kept running all month (0 scales to zero).");
        var lines = new List<FormulaLine> { Hourly($"{o.InstanceType} async inference: instance-hours", v => $"MAX({min}*{Hours},{v}/({rps}*3600))", m.Rate) };
        lines.AddRange(DataProcessed(m.DataProcessedPrice));
        return lines;
    }

    private List<FormulaLine> Batch(BatchTransformCost m, string n)
    {
        var o = m.Option;
        var rps = assumptions.Add($"{n}_RequestsPerSecondPerInstance", $"{o.Id}: requests/s per instance", o.RequestsPerSecondPerInstance, "Throughput one instance serves.");
        var count = assumptions.Add($"{n}_InstanceCount", $"{o.Id}: instances per job", o.InstanceCount, "The transform job's cluster.");
        var jobs = assumptions.Add($"{n}_JobsPerMonth", $"{o.Id}: jobs per month", o.JobsPerMonth, "Each job pays its start-up.");
        var startup = assumptions.Add($"{n}_StartupMinutesPerJob", $"{o.Id}: start-up minutes per job", o.StartupMinutesPerJob, "Billed on every instance.");
        return
        [
            Hourly($"{o.InstanceType} Batch Transform: processing hours", v => $"{v}/({rps}*3600)", m.Rate),
            Hourly($"{o.InstanceType} Batch Transform: start-up hours", _ => $"{count}*{jobs}*{startup}/60", m.Rate),
        ];
    }

    private IEnumerable<FormulaLine> Training()
    {
        foreach (var (priced, i) in training.Select((t, i) => (t, i + 1)))
        {
            var run = priced.Run;
            var t = $"Train{i}";
            var count = assumptions.Add($"{t}_InstanceCount", $"Training {run.Id}: instances", run.InstanceCount, "Training cluster size.");
            var hours = assumptions.Add($"{t}_HoursPerRun", $"Training {run.Id}: hours per run", run.HoursPerRun, "Wall-clock hours of one run.");
            var runs = assumptions.Add($"{t}_RunsPerMonth", $"Training {run.Id}: runs per month", run.RunsPerMonth, "");
            var spot = assumptions.Add($"{t}_ManagedSpot", $"Training {run.Id}: managed spot", run.ManagedSpot, "TRUE counts managed spot, FALSE on-demand.");
            var saving = assumptions.Add($"{t}_SpotSavingsPercent", $"Training {run.Id}: spot saving %", run.SpotSavingsPercent, "Spot price below on-demand.");
            var overhead = assumptions.Add($"{t}_SpotOverheadPercent", $"Training {run.Id}: spot overhead %", run.SpotOverheadPercent, "Extra hours from interruptions and restarts.");
            var onDemandHours = $"{count}*{hours}*{runs}";
            var countedHours = $"IF({spot},{onDemandHours}*(1+{overhead}/100),{onDemandHours})";
            var rate = RateExpression(priced.Rate);
            yield return new FormulaLine($"Training {run.Id}: {run.InstanceType} hours (managed spot or on-demand, per the assumption)",
                _ => countedHours, "hours", $"IF({spot},{rate}*(1-{saving}/100),{rate})", priced.Rate.Price, priced.Rate.Price.Tiers[0]);
            if (priced.StoragePrice is { } storage)
            {
                var size = assumptions.Add($"{t}_VolumeSizeGb", $"Training {run.Id}: ML storage GB", run.VolumeSizeGb, "For the run's hours.");
                yield return Flat($"Training {run.Id}: ML storage for the run hours", _ => $"{size}*{countedHours}/{Hours}", "GB-months", storage);
            }
        }
    }

    /// <summary>ML storage on every instance of a fleet whose count is <paramref name="instances"/> of the volume.</summary>
    private IEnumerable<FormulaLine> Storage(PriceRecord? price, string n, string id, decimal volumeSizeGb, Func<string, string> instances)
    {
        if (price is null) yield break;
        var size = assumptions.Add($"{n}_VolumeSizeGb", $"{id}: ML storage GB per instance", volumeSizeGb, "Attached to each instance.");
        yield return Flat("ML storage (instances × GB)", v => $"{instances(v)}*{size}", "GB-months", price);
    }

    private IEnumerable<FormulaLine> DataProcessed(PriceRecord? price)
    {
        if (price is null) yield break;
        yield return Flat("Data processed in and out", v => $"{v}*(PayloadKbPerRequest+ResponseKbPerRequest)/1048576", "GB", price);
    }

    private FormulaLine Flat(string description, Func<string, string> quantity, string unit, PriceRecord price) =>
        new(description, quantity, unit, prices.UnitPrice(price, price.Tiers[0]), price, price.Tiers[0]);

    private FormulaLine Hourly(string description, Func<string, string> hours, InstanceRate rate) =>
        new(description, hours, "hours", RateExpression(rate), rate.Price, rate.Price.Tiers[0]);

    /// <summary>An instance rate: its Prices cell, less the scenario's Savings Plan discount when that is how it was priced.</summary>
    private string RateExpression(InstanceRate rate) =>
        rate.DiscountPercent is null
            ? prices.UnitPrice(rate.Price, rate.Price.Tiers[0])
            : $"{prices.UnitPrice(rate.Price, rate.Price.Tiers[0])}*(1-SavingsPlanDiscountPercent/100)";
}
