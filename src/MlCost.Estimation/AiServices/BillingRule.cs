using MlCost.Estimation.Components;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// How one request of a service is billed: in units of <see cref="UnitSize"/> of a workload metric, rounded
/// up to whole units when the service bills so, never fewer than <see cref="MinimumUnits"/> a request.
/// </summary>
/// <param name="UnitName">The billed unit as line items show it ("pages", "units (100 chars)", "seconds").</param>
/// <param name="Note">What a line item should add about the rounding, with <c>{metric}</c> and <c>{units}</c> for the request's values.</param>
public sealed record BillingRule(string UnitName, WorkloadMetric Metric, decimal UnitSize = 1, bool WholeUnits = false, decimal MinimumUnits = 0, string? Note = null)
{
    /// <summary>Billed units of one request: max(minimum, ceiling(metric / unit size)), each part only where the rule has it.</summary>
    public Expr UnitsPerRequest(Expr metric)
    {
        var units = UnitSize == 1 ? metric : metric / UnitSize;
        if (WholeUnits) units = Expr.Ceiling(units);
        return MinimumUnits > 0 ? Expr.Max(MinimumUnits, units) : units;
    }

    /// <summary>The note with the request's metric and billed units as holes, when the rule has one.</summary>
    public Label? NoteFor(Expr metric, Expr units)
    {
        if (Note is null) return null;
        var handler = new Label.LabelHandler(Note.Length, 2);
        var rest = Note;
        while (rest.Length > 0)
        {
            var (m, u) = (rest.IndexOf("{metric}", StringComparison.Ordinal), rest.IndexOf("{units}", StringComparison.Ordinal));
            var next = new[] { m, u }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                handler.AppendLiteral(rest);
                break;
            }
            handler.AppendLiteral(rest[..next]);
            handler.AppendFormatted(next == m ? metric : units);
            rest = rest[(next + (next == m ? "{metric}" : "{units}").Length)..];
        }
        return Label.Of(ref handler);
    }
}

/// <summary>Free units a month of some operations (all when none are named), for an account's first months, and where AWS says so.</summary>
public sealed record FreeTierAllowance(decimal Units, string Duration, string Source, IReadOnlyList<string>? Operations = null, string? Engine = null)
{
    public bool AppliesTo(string operation, string? engine) =>
        (Operations is null || Operations.Contains(operation, StringComparer.Ordinal)) && (Engine is null || Engine == engine);
}
