namespace MlCost.Estimation.CostModels;

/// <summary>
/// An option's cost as a function of monthly volume. Between consecutive breakpoints the cost is affine
/// in volume (tiers change the slope, instance steps make it jump), which lets breakeven be found exactly.
/// </summary>
public interface ICostModel
{
    string Id { get; }

    string Kind { get; }

    /// <summary>The option's line items at <paramref name="requestsPerMonth"/>, priced exactly.</summary>
    OptionCost Price(decimal requestsPerMonth);

    /// <summary>The volumes in (from, to) where the slope changes or the cost jumps, in any order.</summary>
    IEnumerable<decimal> Breakpoints(decimal from, decimal to);
}
