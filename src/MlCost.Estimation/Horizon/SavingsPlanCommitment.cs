namespace MlCost.Estimation.Horizon;

/// <summary>
/// A SageMaker Savings Plan bought as AWS sells it: a commitment of <see cref="UsdPerHour"/> of usage at plan
/// rates every hour of its term, paid monthly, partly upfront or all upfront. The plan rates are the cache's for
/// the term and payment option where it has them, else the on-demand rates less <see cref="DiscountPercent"/>.
/// </summary>
public sealed record SavingsPlanCommitment(decimal UsdPerHour, string Term = "1yr", string PurchaseOption = "No Upfront", decimal? DiscountPercent = null)
{
    public static readonly string[] Terms = ["1yr", "3yr"];
    public static readonly string[] PurchaseOptions = ["No Upfront", "Partial Upfront", "All Upfront"];

    public int TermMonths => Term == "3yr" ? 36 : 12;

    /// <summary>The share of the term's commitment paid before it starts: none, half (AWS: at least half) or all.</summary>
    public decimal UpfrontShare => PurchaseOption switch { "All Upfront" => 1m, "Partial Upfront" => 0.5m, _ => 0m };
}
