namespace MlCost.Estimation.Components;

/// <summary>
/// Where an option's cost changes shape along the volume, read from its expressions: where a ceiling steps
/// (an instance more), where a max or min switches argument, where a tier begins or ends. Between those
/// volumes every expression is affine in the volume, which is what lets breakeven solve crossings exactly.
/// Each part of an expression is classed as piecewise linear with known pieces (affine lines, kept as
/// fractions (P·v + Q) / D so that a step lands exactly where the rule puts it), a step function (a ceiling's
/// many steps, generated per range), or piecewise affine with breaks already recorded.
/// </summary>
internal sealed class Shapes
{
    /// <summary>Most steps one option may have in a range; beyond it the range or throughput is unreasonable.</summary>
    public const int MaxSteps = 2_000_000;

    private readonly List<decimal> _points = [];
    private readonly List<(Line Line, decimal? From, decimal? To)> _steps = [];
    // A max or min of parts that are not all known piece by piece: where it switches is found per range, once the
    // other breakpoints are known, from its arguments' values (each affine between them). In the order read, inner first.
    private readonly List<(Compiled[] Arguments, bool Max)> _deferred = [];

    /// <summary>Reads every expression's breakpoints; an expression whose shape cannot be told is an error in the component.</summary>
    public static Shapes Of(IEnumerable<Expr> expressions)
    {
        var shapes = new Shapes();
        foreach (var expr in expressions) shapes.Read(expr);
        return shapes;
    }

    /// <summary>The volumes in (from, to) where some expression changes shape, in any order.</summary>
    public IEnumerable<decimal> Breakpoints(decimal from, decimal to)
    {
        var points = new List<decimal>();
        foreach (var point in _points)
            if (point > from && point < to) points.Add(point);
        points.AddRange(StepPoints(from, to));
        foreach (var (arguments, max) in _deferred) points.AddRange(Switches(arguments, points, from, to));
        return points;
    }

    /// <summary>Where the largest (or smallest) of some arguments changes between the known breakpoints: on each
    /// stretch between them every argument is affine, read from its values at a quarter and three quarters in.</summary>
    private static List<decimal> Switches(Compiled[] arguments, List<decimal> known, decimal from, decimal to)
    {
        var edges = SortedDistinct([from, .. known, to]);
        var switches = new List<decimal>();
        for (var e = 0; e < edges.Length - 1; e++)
        {
            var (a, b) = (edges[e], edges[e + 1]);
            var (x1, x2) = (a + (b - a) / 4, a + (b - a) * 3 / 4);
            var lines = arguments.Select(f =>
            {
                var (y1, y2) = (f(new Point(x1, 0)), f(new Point(x2, 0)));
                var slope = (y2 - y1) / (x2 - x1);
                return new Line(slope, y1 - slope * x1, 1);
            }).ToList();
            for (var i = 0; i < lines.Count; i++)
                for (var j = i + 1; j < lines.Count; j++)
                    if (lines[i].Meets(lines[j]) is { } v && v > a && v < b) switches.Add(v);
        }
        return switches;
    }

    private IEnumerable<decimal> StepPoints(decimal from, decimal to)
    {
        foreach (var (line, stepsFrom, stepsTo) in _steps)
        {
            var (low, high) = (Math.Max(from, stepsFrom ?? from), Math.Min(to, stepsTo ?? to));
            if (low >= high) continue;
            // (P·v + Q) / D crosses a whole number k at v = (k·D − Q) / P.
            var (a, b) = (line.At(low), line.At(high));
            if (a > b) (a, b) = (b, a);
            if (b - a > MaxSteps)
                throw new Breakeven.RangeTooLargeException(from, to, MaxSteps);
            for (var k = Math.Floor(a); k <= Math.Ceiling(b); k++)
            {
                var volume = (k * line.D - line.Q) / line.P;
                if (volume > low && volume < high) yield return volume;
            }
        }
    }

    /// <summary>(P·v + Q) / D.</summary>
    private sealed record Line(decimal P, decimal Q, decimal D)
    {
        public decimal At(decimal volume) => (P * volume + Q) / D;

        public static Line Constant(decimal value) => new(0, value, 1);

        public Line Plus(Line other, int sign) => D == other.D
            ? new Line(P + sign * other.P, Q + sign * other.Q, D)
            : new Line(P * other.D + sign * other.P * D, Q * other.D + sign * other.Q * D, D * other.D);

        /// <summary>Where the two lines meet, if they are not parallel.</summary>
        public decimal? Meets(Line other)
        {
            var slope = P * other.D - other.P * D;
            return slope == 0 ? null : (other.Q * D - Q * other.D) / slope;
        }
    }

    private abstract record Shape;

    /// <summary>Known pieces: <c>Lines[i]</c> holds between <c>Breaks[i-1]</c> and <c>Breaks[i]</c> (one more line than breaks).</summary>
    private sealed record Linear(decimal[] Breaks, Line[] Lines) : Shape
    {
        public Linear(Line line) : this([], [line]) { }

        public bool IsFixed => Breaks.Length == 0 && Lines[0].P == 0;

        public Line LineAt(decimal volume)
        {
            var i = 0;
            while (i < Breaks.Length && volume > Breaks[i]) i++;
            return Lines[i];
        }
    }

    /// <summary>Constant between steps that are generated per range (a ceiling of a line).</summary>
    private sealed record StepFunction : Shape;

    /// <summary>Affine between breaks that are already recorded, but not known piece by piece here.</summary>
    private sealed record Piecewise : Shape;

    private static readonly StepFunction Steps = new();
    private static readonly Piecewise Pieces = new();

    private Shape Read(Expr expr)
    {
        if (Compiler.IsFixed(expr)) return new Linear(Line.Constant(Compiler.Evaluate(expr, default)));
        switch (expr)
        {
            case Input:
                return new Linear(new Line(1, 0, 1));
            case Subtotal:
                // The sum of the option's other components, whose shapes are read with them.
                return Pieces;
            case Choice c:
                return Read(c.Flag.Value != 0 ? c.WhenTrue : c.WhenFalse);
            case Arithmetic a:
                return Combine(a.Operator, Read(a.Left), Read(a.Right), expr);
            case Function { Name: FunctionName.Ceiling or FunctionName.Floor } f:
                switch (Read(f.Arguments[0]))
                {
                    case Linear linear:
                        for (var i = 0; i < linear.Lines.Length; i++)
                            if (linear.Lines[i].P != 0)
                                _steps.Add((linear.Lines[i], i == 0 ? null : linear.Breaks[i - 1], i == linear.Breaks.Length ? null : linear.Breaks[i]));
                        return Steps;
                    case StepFunction:
                        return Steps;
                    default:
                        throw Unreadable(expr);
                }
            case Function f:
                var args = f.Arguments.Select(Read).ToList();
                if (args.All(s => s is StepFunction || s is Linear { IsFixed: true })) return Steps;
                if (args.All(s => s is Linear)) return Extreme(args.Cast<Linear>().ToList(), f.Name == FunctionName.Max);
                _deferred.Add((f.Arguments.Select(Compiler.Compile).ToArray(), f.Name == FunctionName.Max));
                return Pieces;
            case TierSlice t:
                switch (Read(t.Quantity))
                {
                    case Linear quantity:
                        var top = t.Tier.End is { } end ? Extreme([quantity, new Linear(Line.Constant(end))], max: false) : quantity;
                        return Extreme([Add(top, new Linear(Line.Constant(t.Tier.Begin)), -1), new Linear(Line.Constant(0))], max: true);
                    case StepFunction:
                        return Steps;
                    default:
                        throw Unreadable(expr);
                }
            default:
                throw Unreadable(expr);
        }
    }

    private static Shape Combine(Operator op, Shape left, Shape right, Expr expr)
    {
        bool Fixed(Shape s) => s is Linear { IsFixed: true };
        decimal Value(Shape s) => ((Linear)s).Lines[0].Q;
        switch (op)
        {
            case Operator.Add or Operator.Subtract:
                if (left is Linear l && right is Linear r) return Add(l, r, op == Operator.Add ? 1 : -1);
                return (left is StepFunction || Fixed(left)) && (right is StepFunction || Fixed(right)) ? Steps : Pieces;
            case Operator.Multiply:
                if (Fixed(left) && right is Linear lr) return Scale(lr, Value(left), 1);
                if (Fixed(right) && left is Linear ll) return Scale(ll, Value(right), 1);
                if ((left is StepFunction || Fixed(left)) && (right is StepFunction || Fixed(right))) return Steps;
                if (left is StepFunction || Fixed(left) || right is StepFunction || Fixed(right)) return Pieces;
                throw Unreadable(expr);
            default:
                if (Fixed(right) && left is Linear dl) return Scale(dl, 1, Value(right));
                if ((left is StepFunction || Fixed(left)) && (right is StepFunction || Fixed(right))) return Steps;
                if (right is StepFunction || Fixed(right)) return Pieces;
                throw Unreadable(expr);
        }
    }

    private static Linear Scale(Linear x, decimal times, decimal divide) =>
        new(x.Breaks, x.Lines.Select(l => l with { P = l.P * times, Q = l.Q * times, D = l.D * divide }).ToArray());

    private static Linear Add(Linear x, Linear y, int sign)
    {
        var breaks = SortedDistinct([.. x.Breaks, .. y.Breaks]);
        var regions = Regions(breaks);
        var lines = new Line[regions.Length];
        for (var i = 0; i < regions.Length; i++) lines[i] = x.LineAt(regions[i]).Plus(y.LineAt(regions[i]), sign);
        return new Linear(breaks, lines);
    }

    /// <summary>The largest (or smallest) of several lines, piece by piece: it switches where two lines meet.</summary>
    private Linear Extreme(IReadOnlyList<Linear> args, bool max)
    {
        var points = new List<decimal>();
        foreach (var arg in args) points.AddRange(arg.Breaks);
        var breaks = SortedDistinct(points);
        var regions = Regions(breaks);
        for (var r = 0; r < regions.Length; r++)
            for (var i = 0; i < args.Count; i++)
                for (var j = i + 1; j < args.Count; j++)
                    if (args[i].LineAt(regions[r]).Meets(args[j].LineAt(regions[r])) is { } v
                        && (r == 0 || v > breaks[r - 1]) && (r == breaks.Length || v < breaks[r]))
                        points.Add(v);
        var all = SortedDistinct(points);
        _points.AddRange(all);
        var allRegions = Regions(all);
        var pick = new Line[allRegions.Length];
        for (var r = 0; r < allRegions.Length; r++)
        {
            var v = allRegions[r];
            pick[r] = args[0].LineAt(v);
            for (var i = 1; i < args.Count; i++)
            {
                var line = args[i].LineAt(v);
                if (max ? line.At(v) > pick[r].At(v) : line.At(v) < pick[r].At(v)) pick[r] = line;
            }
        }
        return new Linear(all, pick);
    }

    /// <summary>A volume inside each region the breaks make: before the first, between each pair, after the last.</summary>
    private static decimal[] Regions(decimal[] breaks)
    {
        if (breaks.Length == 0) return [0];
        var regions = new decimal[breaks.Length + 1];
        regions[0] = breaks[0] - 1;
        for (var i = 0; i < breaks.Length - 1; i++) regions[i + 1] = (breaks[i] + breaks[i + 1]) / 2;
        regions[^1] = breaks[^1] + 1;
        return regions;
    }

    /// <summary>The values in order, each once: a handful by insertion (no generic sort code to compile at start-up), many by sorting.</summary>
    private static decimal[] SortedDistinct(List<decimal> values)
    {
        var sorted = new List<decimal>(values.Count);
        if (values.Count > 64)
        {
            values.Sort();
            foreach (var value in values)
                if (sorted.Count == 0 || sorted[^1] != value) sorted.Add(value);
            return sorted.ToArray();
        }
        foreach (var value in values)
        {
            var at = sorted.Count;
            while (at > 0 && sorted[at - 1] > value) at--;
            if (at > 0 && sorted[at - 1] == value) continue;
            sorted.Insert(at, value);
        }
        return sorted.ToArray();
    }

    private static InvalidOperationException Unreadable(Expr expr) =>
        new($"a cost component's expression is not piecewise affine in the volume, so breakeven cannot be exact: {expr}");
}
