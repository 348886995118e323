using MlCost.Pricing.Model;

namespace MlCost.Estimation.Components;

/// <summary>
/// A quantity or a unit price as an expression over named inputs (<see cref="Input"/>) and cached prices: what a cost component
/// bills, written once as data. The engine evaluates it (<see cref="Compiler"/>), the workbook writes it as a
/// formula, and breakeven reads where it changes shape (<see cref="Shapes"/>). Arithmetic is decimal and is
/// done in the order the expression is written, so a rule written as <c>v * r / c</c> rounds as that does.
/// </summary>
public abstract record Expr
{
    public static implicit operator Expr(decimal value) => new Constant(value);

    public static implicit operator Expr(int value) => new Constant(value);

    /// <summary>
    /// Whether the value can change along a cost curve: it reads the volume or the option's subtotal. A choice
    /// counts the branch its flag picks, or with <paramref name="eitherBranch"/> both (a workbook user may flip the flag).
    /// </summary>
    public bool VariesWithVolume(bool eitherBranch = false) => this switch
    {
        Input i => i.IsVolume,
        Subtotal => true,
        Arithmetic a => a.Left.VariesWithVolume(eitherBranch) || a.Right.VariesWithVolume(eitherBranch),
        Function f => f.Arguments.Any(x => x.VariesWithVolume(eitherBranch)),
        Choice c => eitherBranch
            ? c.WhenTrue.VariesWithVolume(true) || c.WhenFalse.VariesWithVolume(true)
            : (c.Flag.Value != 0 ? c.WhenTrue : c.WhenFalse).VariesWithVolume(),
        TierSlice t => t.Quantity.VariesWithVolume(eitherBranch),
        _ => false,
    };

    public static Expr operator +(Expr left, Expr right) => new Arithmetic(Operator.Add, left, right);

    public static Expr operator -(Expr left, Expr right) => new Arithmetic(Operator.Subtract, left, right);

    public static Expr operator *(Expr left, Expr right) => new Arithmetic(Operator.Multiply, left, right);

    public static Expr operator /(Expr left, Expr right) => new Arithmetic(Operator.Divide, left, right);

    public static Expr operator -(Expr operand) => new Arithmetic(Operator.Subtract, new Constant(0), operand);

    public static Expr Ceiling(Expr x) => new Function(FunctionName.Ceiling, [x]);

    public static Expr Floor(Expr x) => new Function(FunctionName.Floor, [x]);

    public static Expr Max(params Expr[] xs) => new Function(FunctionName.Max, xs);

    public static Expr Min(params Expr[] xs) => new Function(FunctionName.Min, xs);

    /// <summary><paramref name="whenTrue"/> when the flag is set, else <paramref name="whenFalse"/> (spot or on-demand).</summary>
    public static Expr If(Input flag, Expr whenTrue, Expr whenFalse) => new Choice(flag, whenTrue, whenFalse);

    /// <summary>The part of <paramref name="quantity"/> that falls in a price's tier: max(0, min(quantity, end) − begin).</summary>
    public static Expr TierSlice(Expr quantity, PriceRecord price, PriceTier tier) => new TierSlice(quantity, price, tier);

    /// <summary>A tier's USD per unit, read from the price cache.</summary>
    public static Expr Rate(PriceRecord price, PriceTier tier) => new Rate(price, tier);

    /// <summary>The flat (first-tier) USD per unit of a price.</summary>
    public static Expr Rate(PriceRecord price) => new Rate(price, price.Tiers[0]);
}

public sealed record Constant(decimal Value) : Expr;

public enum Operator { Add, Subtract, Multiply, Divide }

public sealed record Arithmetic(Operator Operator, Expr Left, Expr Right) : Expr;

public enum FunctionName { Ceiling, Floor, Max, Min }

public sealed record Function(FunctionName Name, IReadOnlyList<Expr> Arguments) : Expr;

public sealed record Choice(Input Flag, Expr WhenTrue, Expr WhenFalse) : Expr;

public sealed record TierSlice(Expr Quantity, PriceRecord Price, PriceTier Tier) : Expr;

public sealed record Rate(PriceRecord Price, PriceTier Tier) : Expr;

/// <summary>The sum of the costs of the option's counted components before this one (what a discount applies to).</summary>
public sealed record Subtotal : Expr;
