using MlCost.Estimation.Components;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// What the free tier is and who gets it, and SageMaker's own allowances (the AI services' are in their
/// definitions). None of it is in the Price List; each allowance names the AWS page that states it.
/// </summary>
internal static class FreeTier
{
    /// <summary>Which accounts the per-service allowances apply to.</summary>
    public const string Accounts =
        "Only AWS accounts created before 15 July 2025 get these per-service free-tier allowances; accounts created since get Free Tier credits instead (aws.amazon.com/free), so for them the free-tier lines do not apply.";

    public const string SageMakerSource =
        "Amazon SageMaker pricing, Free Tier (aws.amazon.com/sagemaker/pricing): for the first 2 months, 125 h a month of real-time inference and 50 h of training on ml.m4.xlarge or ml.m5.xlarge, and 150,000 s of serverless inference; not in the Price List";

    public const string SageMakerDuration = "first 2 months";

    public const decimal HostingHours = 125;
    public const decimal TrainingHours = 50;
    public const decimal ServerlessSeconds = 150_000;

    /// <summary>The instance types SageMaker's free hosting and training hours are for.</summary>
    public static bool CoversInstance(string instanceType) => instanceType is "ml.m4.xlarge" or "ml.m5.xlarge";

    /// <summary>
    /// A free-tier line: the first <paramref name="allowance"/> units of <paramref name="quantity"/> at minus
    /// <paramref name="unitPrice"/>, so the option's total falls by what they would have cost.
    /// </summary>
    public static CostComponent Line(string what, string unit, Expr quantity, Input allowance, Expr unitPrice, Pricing.Model.PriceRecord price) =>
        new(Label.Of($"Free tier: {what} ({allowance.Value:#,##0} {unit}/month, {SageMakerDuration} only)"), $"Free tier: {what} (time-limited)", unit,
            Expr.Min(quantity, allowance), -unitPrice, price, price.Tiers[0]) { IsFreeTier = true };

    /// <summary>The note every option with a free-tier line carries: how long, who gets it, and the AWS page that says so.</summary>
    public static Label Note(string duration, string source) =>
        Label.Of($"The free tier lasts the {duration} of an account; after that this option costs more. {Accounts} Allowances: {source}.");
}
