namespace MlCost.Pricing.PriceList;

/// <summary>One Savings Plan rate: the discounted price of an on-demand SKU under a plan.</summary>
public sealed record SavingsPlanRate(
    string PlanSku, string PlanDescription, string? EffectiveDate, int? LeaseYears, string? PurchaseOption,
    string RateCode, string DiscountedSku, string? DiscountedUsageType, string? DiscountedOperation,
    string? DiscountedServiceCode, string Unit, decimal Usd);

public sealed record SavingsPlanFile(string? Version, string? PublicationDate, string? RegionCode, IReadOnlyList<SavingsPlanRate> Rates);

/// <summary>
/// Reads a regional Savings Plans file (e.g. AWSMachineLearningSavingsPlans): <c>products</c> and
/// <c>terms.savingsPlan</c> are arrays here, unlike service offer files. Rates join to on-demand prices
/// through <c>discountedSku</c>.
/// </summary>
public static class SavingsPlanFileReader
{
    public static SavingsPlanFile Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        var root = document.RootElement;
        var plans = root.Child("terms")?.Child("savingsPlan")
            ?? throw new PriceFileException("this is not a Savings Plans file: it has no terms.savingsPlan");
        var rates = new List<SavingsPlanRate>();
        foreach (var plan in plans.EnumerateArray())
        {
            var planSku = plan.Required("sku", "a savings plan");
            var description = plan.String("description") ?? "";
            var lease = plan.Child("leaseContractLength");
            int? years = lease?.Child("duration") is { } duration && duration.TryGetInt32(out var d)
                ? lease?.String("unit") is "year" or "years" or null ? d : null
                : null;
            foreach (var rate in plan.Child("rates")?.EnumerateArray() ?? Enumerable.Empty<System.Text.Json.JsonElement>())
            {
                var priceText = rate.Child("discountedRate")?.String("price")
                    ?? throw new PriceFileException($"a rate of plan {planSku} has no discountedRate.price");
                var usd = PriceNumber.Parse(priceText) ?? throw new PriceFileException($"discountedRate '{priceText}' is not a number");
                rates.Add(new SavingsPlanRate(planSku, description, plan.String("effectiveDate"), years, PurchaseOption(description),
                    rate.Required("rateCode", "a savings plan rate"), rate.Required("discountedSku", "a savings plan rate"),
                    rate.String("discountedUsageType"), rate.String("discountedOperation"), rate.String("discountedServiceCode"),
                    rate.String("unit") ?? "", usd));
            }
        }
        return new SavingsPlanFile(root.String("version"), root.String("publicationDate"), root.String("regionCode"), rates);
    }

    /// <summary>"1 year Partial Upfront SageMaker Savings Plan" → "Partial Upfront".</summary>
    private static string? PurchaseOption(string description) =>
        new[] { "No Upfront", "Partial Upfront", "All Upfront" }.FirstOrDefault(o => description.Contains(o, StringComparison.OrdinalIgnoreCase));
}
