namespace MlCost.Estimation.Breakeven;

/// <summary>Log-spaced volumes between two ends, for tables and charts of cost against volume.</summary>
public static class Sweep
{
    public static IReadOnlyList<decimal> Volumes(decimal from, decimal to, int pointsPerDecade)
    {
        if (pointsPerDecade < 1) throw new ArgumentOutOfRangeException(nameof(pointsPerDecade));
        var start = Math.Max(from, 1m);
        var decades = Math.Log10((double)(to / start));
        var steps = Math.Max(1, (int)Math.Ceiling(decades * pointsPerDecade));
        var volumes = new List<decimal>(steps + 1);
        for (var i = 0; i <= steps; i++)
        {
            // Rounded to whole requests: a volume in a table is a count.
            var volume = i == steps ? to : Math.Round((decimal)Math.Pow(10, Math.Log10((double)start) + decades * i / steps));
            if (volumes.Count == 0 || volume > volumes[^1]) volumes.Add(Math.Clamp(volume, start, to));
        }
        return volumes;
    }
}
