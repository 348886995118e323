using System.Globalization;
using MlCost.Estimation.Components;

namespace MlCost.Reports.Excel;

/// <summary>
/// Writes the engine's cost expressions as spreadsheet formulas: inputs as the Assumptions sheet's named
/// cells (added there on first use), cached rates and tier bounds as Prices sheet cells, the volume and an
/// option's subtotal as the cells or formulas the caller gives. The workbook thus computes exactly the
/// components the engine evaluates; no billing rule is written here.
/// </summary>
internal sealed class ComponentFormulas(Assumptions assumptions, PriceSheet prices)
{
    /// <param name="volume">The cell or name holding requests per month.</param>
    /// <param name="subtotal">A formula for the option's counted costs before the expression's line.</param>
    /// <param name="overrides">Inputs written as these values instead of their cells (the sensitivity view's ends).</param>
    public string Write(Expr expr, string volume, string subtotal, IReadOnlyDictionary<string, decimal>? overrides = null)
    {
        string W(Expr e) => Write(e, volume, subtotal, overrides);
        return expr switch
        {
            Constant c => c.Value < 0 ? $"({Number(c.Value)})" : Number(c.Value),
            Input { IsVolume: true } => volume,
            Input i when overrides?.TryGetValue(i.Name, out var value) == true => i.IsFlag ? (value != 0 ? "TRUE" : "FALSE") : Number(value),
            Input i => assumptions.Add(i),
            Subtotal => subtotal,
            Rate r => prices.UnitPrice(r.Price, r.Tier),
            Arithmetic a => $"({W(a.Left)}{a.Operator switch { Operator.Add => "+", Operator.Subtract => "-", Operator.Multiply => "*", _ => "/" }}{W(a.Right)})",
            Function { Name: FunctionName.Ceiling } f => $"CEILING({W(f.Arguments[0])},1)",
            Function { Name: FunctionName.Floor } f => $"FLOOR({W(f.Arguments[0])},1)",
            Function f => $"{(f.Name == FunctionName.Max ? "MAX" : "MIN")}({string.Join(",", f.Arguments.Select(W))})",
            Choice c => $"IF({W(c.Flag)},{W(c.WhenTrue)},{W(c.WhenFalse)})",
            TierSlice t => t.Tier.End is null
                ? $"MAX(0,{W(t.Quantity)}-{prices.TierBegin(t.Price, t.Tier)})"
                : $"MAX(0,MIN({W(t.Quantity)},{prices.TierEnd(t.Price, t.Tier)})-{prices.TierBegin(t.Price, t.Tier)})",
            _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "no formula for this expression"),
        };
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
