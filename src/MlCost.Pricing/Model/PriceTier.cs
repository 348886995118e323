namespace MlCost.Pricing.Model;

/// <summary>One tier of a price: quantities from <see cref="Begin"/> (inclusive) up to <see cref="End"/>
/// (exclusive; null is unbounded) cost <see cref="UsdPerUnit"/> each.</summary>
public sealed record PriceTier(decimal Begin, decimal? End, decimal UsdPerUnit, string RateCode)
{
    public bool Contains(decimal quantity) => quantity >= Begin && (End is null || quantity < End);
}
