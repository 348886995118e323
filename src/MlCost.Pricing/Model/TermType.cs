namespace MlCost.Pricing.Model;

/// <summary>The Price List term a price belongs to.</summary>
public static class TermType
{
    public const string OnDemand = "OnDemand";
    public const string Reserved = "Reserved";
    public const string SavingsPlan = "SavingsPlan";
}
