using MlCost.Estimation.Components;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Personalize (custom solutions): real-time recommendations in TPS-hours, never fewer than the campaign's
/// minimum provisioned TPS each hour; batch recommendations per recommendation; both in tiers of the month's
/// total; plus training hours and data ingested. Domain recommenders (billed per recommender-hour) are not priced.
/// </summary>
public static class Personalize
{
    public const string RealTime = "GetRecommendations";
    public const string Batch = "CreateBatchInferenceJob";

    private static Dictionary<string, string?> Operation(string name) => new() { [Attr.Operation] = name };

    public static readonly AiServiceDefinition Definition = new(Service.Personalize, [RealTime, Batch], null)
    {
        Settings =
        [
            new("minProvisionedTps", "Minimum provisioned TPS", 1,
                "The campaign's minProvisionedTPS (CreateCampaign; 1 unless set): every hour bills at least this many TPS.") { Operations = [RealTime] },
            new("trainingHoursPerMonth", "Training hours a month", 0, "Personalize bills solution training (CreateSolutionVersion) per hour.",
                "No training hours given (trainingHoursPerMonth): training is not priced."),
            new("dataGbPerMonth", "GB ingested a month", 0, "Personalize bills data ingested per GB.",
                "No ingested data given (dataGbPerMonth): data ingestion is not priced."),
        ],
        Charges =
        [
            // Each hour bills max(minProvisionedTPS, the hour's average TPS); with requests spread evenly that is, over
            // the month, max(minimum × hours × 3,600, requests) TPS-seconds, the unit the Price List meters.
            new("TPS-seconds", q => Expr.Max(q.Setting("minProvisionedTps") * q.HoursPerMonth * 3600m, q.Calls))
            {
                Operations = [RealTime],
                What = "real-time recommendations",
                Note = q => Label.Of($"Real-time recommendations bill TPS-hours: each hour the larger of minProvisionedTPS ({q.Setting("minProvisionedTps")}) and the hour's average TPS, here with requests spread evenly over {q.HoursPerMonth} h (hours that peak above the minimum bill more). The Price List meters them in TPS-seconds: 3,600 to a TPS-hour."),
            },
            new("recommendations", q => q.Calls) { Operations = [Batch], What = "batch recommendations" },
            new("hours", q => q.Setting("trainingHoursPerMonth")) { Setting = "trainingHoursPerMonth", Key = Operation("CreateSolutionVersion"), What = "training" },
            new("GB", q => q.Setting("dataGbPerMonth")) { Setting = "dataGbPerMonth", Key = Operation("CreateDatasetImportJob"), What = "data ingested" },
        ],
    };
}
