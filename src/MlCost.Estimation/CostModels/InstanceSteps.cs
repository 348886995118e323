namespace MlCost.Estimation.CostModels;

/// <summary>Fleets sized to peak load: how many instances, and the volumes where one more is needed.</summary>
internal static class InstanceSteps
{
    /// <summary>Most breakpoints one option may have in a range; beyond it the range or throughput is unreasonable.</summary>
    public const int MaxSteps = 2_000_000;

    /// <summary>Instances to serve <paramref name="peakRps"/> at <paramref name="rpsPerInstance"/> each, never fewer than <paramref name="minimum"/>.</summary>
    public static int For(decimal peakRps, decimal rpsPerInstance, int minimum) =>
        (int)Math.Max(minimum, Math.Ceiling(peakRps / rpsPerInstance));

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
