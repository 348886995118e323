using MlCost.Estimation.Components;

namespace MlCost.Estimation.Breakeven;

/// <summary>
/// An option's monthly cost over a volume range as exact pieces: between consecutive breakpoints the cost
/// is affine (intercept + slope × volume); at a breakpoint it is the model's own value (a step belongs to
/// the side the model puts it on). Built from the cost model itself, so every value is the model's price.
/// </summary>
public sealed class CostCurve
{
    private readonly decimal[] _breaks;
    private readonly decimal[] _atBreaks;
    private readonly decimal[] _slopes;
    private readonly decimal[] _intercepts;

    private CostCurve(string id, decimal[] breaks, decimal[] atBreaks, decimal[] slopes, decimal[] intercepts)
    {
        Id = id;
        _breaks = breaks;
        _atBreaks = atBreaks;
        _slopes = slopes;
        _intercepts = intercepts;
    }

    public string Id { get; }

    public decimal From => _breaks[0];

    public decimal To => _breaks[^1];

    /// <summary>The range's ends and every breakpoint inside it, in order.</summary>
    public IReadOnlyList<decimal> Breaks => _breaks;

    public static CostCurve Build(CostModel model, decimal from, decimal to)
    {
        if (!(from >= 0 && to > from)) throw new ArgumentException($"the range must be 0 ≤ from < to, not {from}..{to}");
        var breaks = model.Breakpoints(from, to).Where(b => b > from && b < to).Append(from).Append(to).Distinct().Order().ToArray();
        decimal Total(decimal v) => model.Total(v);
        var atBreaks = breaks.Select(Total).ToArray();
        var slopes = new decimal[breaks.Length - 1];
        var intercepts = new decimal[breaks.Length - 1];
        for (var i = 0; i < slopes.Length; i++)
        {
            var (a, b) = (breaks[i], breaks[i + 1]);
            var x1 = a + (b - a) / 4;
            var x2 = a + (b - a) * 3 / 4;
            var (c1, c2) = (Total(x1), Total(x2));
            slopes[i] = (c2 - c1) / (x2 - x1);
            intercepts[i] = c1 - slopes[i] * x1;
            // The model promised an affine cost between its breakpoints; hold it to that at the middle.
            var middle = (a + b) / 2;
            if (Math.Abs(intercepts[i] + slopes[i] * middle - Total(middle)) > Tolerance * (1 + Math.Abs(c2)))
                throw new InvalidOperationException($"option {model.Id}: cost is not affine between {a} and {b}; a breakpoint is missing");
        }
        return new CostCurve(model.Id, breaks, atBreaks, slopes, intercepts);
    }

    /// <summary>Differences below this (USD) count as equal: decimal division leaves ~1e-20 of noise.</summary>
    public const decimal Tolerance = 0.000000001m;

    /// <summary>Index of the piece covering the open interval that <paramref name="volume"/> falls in (or starts).</summary>
    public int PieceIndex(decimal volume)
    {
        var i = Array.BinarySearch(_breaks, volume);
        if (i < 0) i = ~i - 1;
        return Math.Clamp(i, 0, _slopes.Length - 1);
    }

    /// <summary>The affine piece's value at <paramref name="volume"/> (a limit at its ends).</summary>
    public decimal OnPiece(int piece, decimal volume) => _intercepts[piece] + _slopes[piece] * volume;

    public decimal Cost(decimal volume)
    {
        var i = Array.BinarySearch(_breaks, volume);
        return i >= 0 ? _atBreaks[i] : OnPiece(PieceIndex(volume), volume);
    }

    /// <summary>Costs at ascending volumes, walking the pieces once instead of searching for each volume.</summary>
    public decimal[] Costs(IReadOnlyList<decimal> ascendingVolumes)
    {
        var costs = new decimal[ascendingVolumes.Count];
        var piece = 0;
        var lastPiece = _slopes.Length - 1;
        for (var i = 0; i < costs.Length; i++)
        {
            var volume = ascendingVolumes[i];
            if (i > 0 && volume < ascendingVolumes[i - 1]) throw new ArgumentException("volumes must be in ascending order", nameof(ascendingVolumes));
            while (piece < lastPiece && volume >= _breaks[piece + 1]) piece++;
            costs[i] = volume == _breaks[piece] ? _atBreaks[piece]
                : volume == _breaks[piece + 1] ? _atBreaks[piece + 1]
                : _intercepts[piece] + _slopes[piece] * volume;
        }
        return costs;
    }
}
