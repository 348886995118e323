namespace MlCost.Estimation.Breakeven;

/// <summary>
/// Every volume where the cheaper of two options changes, found from their pieces (no sampling): on each
/// interval between the two curves' breakpoints the difference is affine, so it changes sign at most once
/// inside it (solved exactly) or at a breakpoint, where a step can jump over zero.
/// </summary>
public static class BreakevenSolver
{
    public static IReadOnlyList<decimal> Crossings(CostCurve a, CostCurve b)
    {
        var breaks = MergeBreaks(a.Breaks, b.Breaks);
        var crossings = new List<decimal>();
        var lastSign = 0;
        for (var i = 0; i < breaks.Count - 1; i++)
        {
            var (left, right) = (breaks[i], breaks[i + 1]);
            var middle = (left + right) / 2;
            var (pa, pb) = (a.PieceIndex(middle), b.PieceIndex(middle));
            var dl = a.OnPiece(pa, left) - b.OnPiece(pb, left);
            var dr = a.OnPiece(pa, right) - b.OnPiece(pb, right);
            var (sl, sr) = (Sign(dl), Sign(dr));
            if (sl != 0 && sr != 0 && sl != sr)
            {
                // One root inside the interval: the affine difference is zero there.
                Flip(sl, left, crossings, ref lastSign);
                crossings.Add(left + dl / (dl - dr) * (right - left));
                lastSign = sr;
                continue;
            }
            var sign = sl != 0 ? sl : sr;
            if (sign == 0)
            {
                // Equal over the whole interval: they meet here and stay level.
                if (lastSign != 0) crossings.Add(left);
                lastSign = 0;
                continue;
            }
            Flip(sign, left, crossings, ref lastSign);
        }
        return crossings;
    }

    /// <summary>A change of sign at the start of an interval: a step jumped over the other curve at <paramref name="at"/>.</summary>
    private static void Flip(int sign, decimal at, List<decimal> crossings, ref int lastSign)
    {
        if (lastSign != 0 && sign != lastSign) crossings.Add(at);
        lastSign = sign;
    }

    private static int Sign(decimal difference) => Math.Abs(difference) <= CostCurve.Tolerance ? 0 : Math.Sign(difference);

    private static List<decimal> MergeBreaks(IReadOnlyList<decimal> x, IReadOnlyList<decimal> y)
    {
        var merged = new List<decimal>(x.Count + y.Count);
        int i = 0, j = 0;
        while (i < x.Count || j < y.Count)
        {
            var next = j >= y.Count || (i < x.Count && x[i] <= y[j]) ? x[i++] : y[j++];
            if (merged.Count == 0 || merged[^1] != next) merged.Add(next);
        }
        return merged;
    }
}
