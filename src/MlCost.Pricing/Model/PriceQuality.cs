namespace MlCost.Pricing.Model;

/// <summary>How far a price can be trusted: read from an AWS price file, or quoted by a third party.</summary>
public static class PriceQuality
{
    /// <summary>Read from a file AWS publishes (Price List or the pricing pages' data).</summary>
    public const string PriceList = "price-list";

    /// <summary>Quoted by a third party (a bill, another tool, a blog); refresh to replace it.</summary>
    public const string Secondary = "secondary";
}
