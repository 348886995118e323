namespace MlCost.Pricing.Lookup;

/// <summary>A price the cache does not hold: says which, and what it does hold that is close.</summary>
public sealed class PriceNotFoundException(string message) : Exception(message);
