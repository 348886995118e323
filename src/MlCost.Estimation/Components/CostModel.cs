namespace MlCost.Estimation.Components;

/// <summary>
/// An option's components, compiled once: its line items at any volume, its total (the sum of its counted
/// lines, in order, exactly as the line items add up), and the volumes where its cost changes shape. Between
/// consecutive breakpoints the cost is affine in volume, which lets breakeven be found exactly.
/// </summary>
public sealed class CostModel
{
    private readonly CompiledComponent[] _components;
    private readonly IReadOnlyList<Label> _notes;
    private readonly Shapes _shapes;

    public CostModel(OptionComponents option)
    {
        Option = option;
        _components = option.Components.Select(c => new CompiledComponent(c, Compiler.Compile(c.Quantity), Compiler.Compile(c.UnitPrice))).ToArray();
        _notes = option.Notes;
        _shapes = Shapes.Of(option.Components.Where(c => c.Counted).SelectMany(c => new[] { c.Quantity, c.UnitPrice }));
    }

    /// <summary>The components this model evaluates: what the workbook writes as formulas.</summary>
    public OptionComponents Option { get; }

    public string Id => Option.Id;

    public string Kind => Option.Kind;

    /// <summary>The option's monthly cost at <paramref name="requestsPerMonth"/>, without building line items.</summary>
    public decimal Total(decimal requestsPerMonth)
    {
        var subtotal = 0m;
        foreach (var component in _components)
        {
            if (!component.Spec.Counted) continue;
            var at = new Point(requestsPerMonth, subtotal);
            subtotal += component.Quantity(at) * component.UnitPrice(at);
        }
        return subtotal;
    }

    /// <summary>Each counted component's cost at <paramref name="requestsPerMonth"/>, in order (for views that split a total, such as a Savings Plan's cover).</summary>
    public IEnumerable<(CostComponent Component, decimal CostUsd)> ComponentCosts(decimal requestsPerMonth)
    {
        var subtotal = 0m;
        foreach (var component in _components)
        {
            if (!component.Spec.Counted) continue;
            var at = new Point(requestsPerMonth, subtotal);
            var cost = component.Quantity(at) * component.UnitPrice(at);
            subtotal += cost;
            yield return (component.Spec, cost);
        }
    }

    /// <summary>The option's line items at <paramref name="requestsPerMonth"/>, priced exactly.</summary>
    public OptionCost Price(decimal requestsPerMonth)
    {
        var lines = new List<LineItem>(_components.Length);
        var alternatives = new List<LineItem>();
        var subtotal = 0m;
        foreach (var component in _components)
        {
            var at = new Point(requestsPerMonth, subtotal);
            var quantity = component.Quantity(at);
            var unitPrice = component.UnitPrice(at);
            var cost = quantity * unitPrice;
            var spec = component.Spec;
            if (spec.Counted) subtotal += cost;
            if (spec.Shown == Shown.WhenQuantityIsNotZero && quantity == 0 || spec.Shown == Shown.WhenUnitPriceIsNotZero && unitPrice == 0) continue;
            var description = spec.Description.Render(e => Compiler.Evaluate(e, at));
            var line = spec.Price is { } price
                ? new LineItem(description, quantity, spec.Unit, unitPrice, cost, price.Sku, spec.Tier!.RateCode,
                    spec.Source is { } adjusted ? $"{price.Source}; {adjusted}" : price.Source, price.PublicationDate, price.Quality)
                : new LineItem(description, quantity, spec.Unit, unitPrice, cost, null, null, spec.Source ?? "");
            (spec.Counted ? lines : alternatives).Add(line);
        }
        var notes = _notes.Select(n => n.Render(e => Compiler.Evaluate(e, new Point(requestsPerMonth, subtotal)))).ToList();
        return new OptionCost(Id, Kind, requestsPerMonth, lines, alternatives, notes);
    }

    /// <summary>The volumes in (from, to) where the slope changes or the cost jumps, in any order.</summary>
    public IEnumerable<decimal> Breakpoints(decimal from, decimal to) => _shapes.Breakpoints(from, to);

    private sealed record CompiledComponent(CostComponent Spec, Compiled Quantity, Compiled UnitPrice);
}
