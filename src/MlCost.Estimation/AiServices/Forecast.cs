using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Forecast: generated forecast data points per 1,000 in tiers (a request is one item's forecast), and each
/// month's predictor training hours, data imported and forecast explanations, each on its own price.
/// </summary>
public static class Forecast
{
    private static Dictionary<string, string?> Operation(string name) => new() { [Attr.Operation] = name };

    public static readonly AiServiceDefinition Definition = new(Service.Forecast, ["CreateForecast"],
        new BillingRule("1,000 data points", WorkloadMetric.DataPoints, UnitSize: 1000,
            Note: "Each request generates {metric} forecast data points; the Price List bills them per 1,000 ({units} of 1,000 a request), in tiers of the month's total."))
    {
        Settings =
        [
            new("trainingHoursPerMonth", "Predictor training hours a month", 0, "Forecast bills predictor training (CreatePredictor) per hour.",
                "No predictor training hours given (trainingHoursPerMonth): training is not priced."),
            new("dataGbPerMonth", "GB imported a month", 0, "Forecast bills data imported (CreateDatasetImportJob) per GB.",
                "No imported data given (dataGbPerMonth): data import is not priced."),
            new("explanationsPerMonth", "Forecast explanations a month", 0,
                "Time series × time points explained (CreateExplainability), billed per 1,000 in tiers."),
        ],
        Charges =
        [
            new("hours", q => q.Setting("trainingHoursPerMonth")) { Setting = "trainingHoursPerMonth", Key = Operation("CreatePredictor"), What = "predictor training" },
            new("GB", q => q.Setting("dataGbPerMonth")) { Setting = "dataGbPerMonth", Key = Operation("CreateDatasetImportJob"), What = "data imported" },
            new("1,000 explanations", q => q.Setting("explanationsPerMonth") / 1000m) { Setting = "explanationsPerMonth", Key = Operation("CreateExplainability"), What = "forecast explanations" },
        ],
        Notice = "AWS closed Amazon Forecast to new customers on 29 July 2024 (existing customers keep it): price it only for an account that already uses it.",
    };
}
