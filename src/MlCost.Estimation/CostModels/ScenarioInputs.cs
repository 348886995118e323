using MlCost.Estimation.AiServices;
using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.CostModels;

/// <summary>The scenario's own inputs, named once: the volume and the size of a request, and the ways to price.</summary>
public sealed class ScenarioInputs
{
    public ScenarioInputs(Scenario scenario)
    {
        var w = scenario.Workload;
        Volume = new Input(Input.VolumeName, "Requests per month", w.RequestsPerMonth, "The volume every option is priced at.") { Format = "#,##0" };
        _perRequest = w.PerRequest.ToDictionary(m => m.Metric.Field, m => new Input(m.Metric.InputName, m.Metric.Label, m.Value, m.Metric.Meaning), StringComparer.Ordinal);
        PayloadKbPerRequest = new Input("PayloadKbPerRequest", "Payload KB per request", w.PayloadKbPerRequest, "Sent to a SageMaker endpoint (data processed).");
        ResponseKbPerRequest = new Input("ResponseKbPerRequest", "Response KB per request", w.ResponseKbPerRequest, "Returned by a SageMaker endpoint (data processed).");
        PeakToAverageRatio = new Input("PeakToAverageRatio", "Peak to average ratio", w.PeakToAverageRatio, "Always-on fleets are sized to peak = volume / (hours × 3600) × this.");
        HoursPerMonth = new Input("HoursPerMonth", "Hours per month", scenario.Pricing.HoursPerMonth, "AWS Pricing Calculator convention: 730.");
        DiscountPercent = new Input("DiscountPercent", "Enterprise discount %", scenario.Pricing.DiscountPercent, "Taken off every option's total.");
        if (scenario.Pricing.SavingsPlan?.DiscountPercent is { } plan)
            SavingsPlanDiscountPercent = new Input("SavingsPlanDiscountPercent", "Savings Plan discount %", plan, "Taken off SageMaker instance rates where the cache has no plan rate.");
        Workload = [Volume, .. _perRequest.Values, PayloadKbPerRequest, ResponseKbPerRequest, PeakToAverageRatio];
        Pricing = SavingsPlanDiscountPercent is null ? [HoursPerMonth, DiscountPercent] : [HoursPerMonth, DiscountPercent, SavingsPlanDiscountPercent];
    }

    private readonly Dictionary<string, Input> _perRequest;

    public Input Volume { get; }

    /// <summary>A per-request metric an AI service bills on.</summary>
    public Input PerRequest(WorkloadMetric metric) => _perRequest[metric.Field];

    public Input PayloadKbPerRequest { get; }
    public Input ResponseKbPerRequest { get; }
    public Input PeakToAverageRatio { get; }
    public Input HoursPerMonth { get; }
    public Input DiscountPercent { get; }
    public Input? SavingsPlanDiscountPercent { get; }

    /// <summary>The workload's inputs, in the order the workbook lists them.</summary>
    public IReadOnlyList<Input> Workload { get; }

    /// <summary>The ways to price, in the order the workbook lists them.</summary>
    public IReadOnlyList<Input> Pricing { get; }
}

/// <summary>Names an option's parameters as inputs: <c>Opt2_MinInstances</c>, labelled with the option's id.</summary>
internal readonly record struct OptionInputs(string Prefix, string OptionId)
{
    public Input Add(string field, string label, decimal value, string meaning) =>
        new($"{Prefix}_{field}", $"{OptionId}: {label}", value, meaning);
}
