namespace MlCost.Estimation.Components;

/// <summary>What an expression is evaluated at: the monthly volume, and the option's subtotal so far.</summary>
internal readonly record struct Point(decimal Volume, decimal Subtotal);

internal delegate decimal Compiled(in Point at);

/// <summary>
/// Turns an expression into a delegate once, so a curve of many volumes does not walk the tree each time: every
/// part that does not depend on the volume or the subtotal is computed here, once, and choices are settled by
/// their flag. The arithmetic is the expression's own, in its order, in decimal.
/// </summary>
internal static class Compiler
{
    public static Compiled Compile(Expr expr)
    {
        if (IsFixed(expr))
        {
            var value = Evaluate(expr, default);
            return (in Point _) => value;
        }
        switch (expr)
        {
            case Input:
                return (in Point at) => at.Volume;
            case Subtotal:
                return (in Point at) => at.Subtotal;
            case Arithmetic a:
                var (left, right) = (Compile(a.Left), Compile(a.Right));
                return a.Operator switch
                {
                    Operator.Add => (in Point at) => left(at) + right(at),
                    Operator.Subtract => (in Point at) => left(at) - right(at),
                    Operator.Multiply => (in Point at) => left(at) * right(at),
                    _ => (in Point at) => left(at) / right(at),
                };
            case Function f:
                var args = f.Arguments.Select(Compile).ToArray();
                return f.Name switch
                {
                    FunctionName.Ceiling => (in Point at) => Math.Ceiling(args[0](at)),
                    FunctionName.Floor => (in Point at) => Math.Floor(args[0](at)),
                    FunctionName.Max => (in Point at) => Fold(args, at, Math.Max),
                    _ => (in Point at) => Fold(args, at, Math.Min),
                };
            case Choice c:
                return Compile(c.Flag.Value != 0 ? c.WhenTrue : c.WhenFalse);
            case TierSlice t:
                var quantity = Compile(t.Quantity);
                var (begin, end) = (t.Tier.Begin, t.Tier.End);
                return end is { } top
                    ? (in Point at) => Math.Max(0m, Math.Min(top, quantity(at)) - begin)
                    : (in Point at) => Math.Max(0m, quantity(at) - begin);
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "not an expression the compiler knows");
        }
    }

    /// <summary>The expression's value at one point, by walking it (for fixed parts and one-off values).</summary>
    public static decimal Evaluate(Expr expr, in Point at) => expr switch
    {
        Constant c => c.Value,
        Input { IsVolume: true } => at.Volume,
        Input i => i.Value,
        Subtotal => at.Subtotal,
        Rate r => r.Tier.UsdPerUnit,
        Arithmetic a => a.Operator switch
        {
            Operator.Add => Evaluate(a.Left, at) + Evaluate(a.Right, at),
            Operator.Subtract => Evaluate(a.Left, at) - Evaluate(a.Right, at),
            Operator.Multiply => Evaluate(a.Left, at) * Evaluate(a.Right, at),
            _ => Evaluate(a.Left, at) / Evaluate(a.Right, at),
        },
        Function f => f.Name switch
        {
            FunctionName.Ceiling => Math.Ceiling(Evaluate(f.Arguments[0], at)),
            FunctionName.Floor => Math.Floor(Evaluate(f.Arguments[0], at)),
            FunctionName.Max => Fold(f.Arguments, at, Math.Max),
            _ => Fold(f.Arguments, at, Math.Min),
        },
        Choice c => Evaluate(c.Flag.Value != 0 ? c.WhenTrue : c.WhenFalse, at),
        TierSlice t => Math.Max(0m, (t.Tier.End is { } end ? Math.Min(end, Evaluate(t.Quantity, at)) : Evaluate(t.Quantity, at)) - t.Tier.Begin),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "not an expression the compiler knows"),
    };

    /// <summary>True when the expression reads neither the volume nor the subtotal: one value for the whole curve.</summary>
    public static bool IsFixed(Expr expr) => !expr.VariesWithVolume();

    private static decimal Fold(Compiled[] args, in Point at, Func<decimal, decimal, decimal> pick)
    {
        var result = args[0](at);
        for (var i = 1; i < args.Length; i++) result = pick(result, args[i](at));
        return result;
    }

    private static decimal Fold(IReadOnlyList<Expr> args, in Point at, Func<decimal, decimal, decimal> pick)
    {
        var result = Evaluate(args[0], at);
        for (var i = 1; i < args.Count; i++) result = pick(result, Evaluate(args[i], at));
        return result;
    }
}
