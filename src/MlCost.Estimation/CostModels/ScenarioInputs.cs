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
        PagesPerRequest = new Input("PagesPerRequest", "Pages per request", w.PagesPerRequest, "Textract bills pages.");
        CharactersPerRequest = new Input("CharactersPerRequest", "Characters per request", w.CharactersPerRequest, "Comprehend (units of 100, at least 3 per request), Translate and Polly bill characters.");
        ImagesPerRequest = new Input("ImagesPerRequest", "Images per request", w.ImagesPerRequest, "Rekognition bills images per API call.");
        AudioSecondsPerRequest = new Input("AudioSecondsPerRequest", "Audio seconds per request", w.AudioSecondsPerRequest, "Transcribe bills whole seconds, at least 15 per request.");
        PayloadKbPerRequest = new Input("PayloadKbPerRequest", "Payload KB per request", w.PayloadKbPerRequest, "Sent to a SageMaker endpoint (data processed).");
        ResponseKbPerRequest = new Input("ResponseKbPerRequest", "Response KB per request", w.ResponseKbPerRequest, "Returned by a SageMaker endpoint (data processed).");
        PeakToAverageRatio = new Input("PeakToAverageRatio", "Peak to average ratio", w.PeakToAverageRatio, "Always-on fleets are sized to peak = volume / (hours × 3600) × this.");
        HoursPerMonth = new Input("HoursPerMonth", "Hours per month", scenario.Pricing.HoursPerMonth, "AWS Pricing Calculator convention: 730.");
        DiscountPercent = new Input("DiscountPercent", "Enterprise discount %", scenario.Pricing.DiscountPercent, "Taken off every option's total.");
        if (scenario.Pricing.SavingsPlan?.DiscountPercent is { } plan)
            SavingsPlanDiscountPercent = new Input("SavingsPlanDiscountPercent", "Savings Plan discount %", plan, "Taken off SageMaker instance rates where the cache has no plan rate.");
        Workload = [Volume, PagesPerRequest, CharactersPerRequest, ImagesPerRequest, AudioSecondsPerRequest, PayloadKbPerRequest, ResponseKbPerRequest, PeakToAverageRatio];
        Pricing = SavingsPlanDiscountPercent is null ? [HoursPerMonth, DiscountPercent] : [HoursPerMonth, DiscountPercent, SavingsPlanDiscountPercent];
    }

    public Input Volume { get; }
    public Input PagesPerRequest { get; }
    public Input CharactersPerRequest { get; }
    public Input ImagesPerRequest { get; }
    public Input AudioSecondsPerRequest { get; }
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
public readonly record struct OptionInputs(string Prefix, string OptionId)
{
    public Input Add(string field, string label, decimal value, string meaning) =>
        new($"{Prefix}_{field}", $"{OptionId}: {label}", value, meaning);
}
