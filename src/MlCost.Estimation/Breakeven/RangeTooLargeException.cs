namespace MlCost.Estimation.Breakeven;

/// <summary>
/// A volume range with more cost steps than breakeven will walk (each instance added is a step); the user can
/// narrow it. Pricing one volume never needs the steps.
/// </summary>
public sealed class RangeTooLargeException(decimal from, decimal to, int maxSteps)
    : Exception($"more than {maxSteps:#,##0} instance steps between {from:#,##0} and {to:#,##0} requests/month; breakeven walks every step, so search a narrower range (mlcost breakeven SCENARIO --from N --to N)")
{
    public decimal From { get; } = from;

    public decimal To { get; } = to;
}
