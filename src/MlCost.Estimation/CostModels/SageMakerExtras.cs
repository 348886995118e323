using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>What every SageMaker option adds to its own lines: data processed, training, the discount.</summary>
internal static class SageMakerExtras
{
    public static IEnumerable<LineItem> DataProcessed(PricingContext context, PriceRecord? price, decimal requestsPerMonth)
    {
        if (price is null) yield break;
        yield return LineItem.Flat(
            $"Data processed in and out ({context.Workload.PayloadKbPerRequest + context.Workload.ResponseKbPerRequest} KB per request)",
            context.DataProcessedGb(requestsPerMonth), "GB", price);
    }

    /// <summary>ML storage attached to each instance of a fleet, when the option asks for volumes.</summary>
    public static IEnumerable<LineItem> Storage(PriceRecord? price, int instances, decimal volumeSizeGb)
    {
        if (price is null) yield break;
        yield return LineItem.Flat($"ML storage: {instances} × {volumeSizeGb} GB", instances * volumeSizeGb, "GB-months", price);
    }

    public static OptionCost Finish(OptionSpec option, PricingContext context, decimal requestsPerMonth, List<LineItem> lines, IEnumerable<string> notes)
    {
        var training = context.Training;
        lines.AddRange(training.Lines);
        lines.AddRange(context.Discount(lines));
        return new OptionCost(option.Id, option.Kind, requestsPerMonth, lines, training.Alternatives, notes.ToList());
    }
}
