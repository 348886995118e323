namespace MlCost.Estimation.CostModels;

/// <summary>The volumes where a fleet sized to peak load needs one more instance.</summary>
internal static class InstanceSteps
{
    /// <summary>Most breakpoints one option may have in a range; beyond it the range or throughput is unreasonable.</summary>
    public const int MaxSteps = 2_000_000;

    /// <summary>Volumes in (from, to) where the instance count steps up: volumeAt(k) for each whole k ≥ first.</summary>
    public static IEnumerable<decimal> Volumes(Func<decimal, decimal> volumeAt, int first, decimal from, decimal to)
    {
        var perStep = volumeAt(1) - volumeAt(0);
        var k = Math.Max(first, (int)Math.Floor(from / perStep));
        if ((to - volumeAt(k)) / perStep > MaxSteps)
            throw new InvalidOperationException($"more than {MaxSteps:#,##0} instance steps between {from:#,##0} and {to:#,##0} requests/month; narrow the range");
        for (; volumeAt(k) < to; k++)
            if (volumeAt(k) > from) yield return volumeAt(k);
    }
}
