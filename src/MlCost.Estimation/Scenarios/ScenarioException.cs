namespace MlCost.Estimation.Scenarios;

/// <summary>A scenario the user must fix: where (file, line, column), which field, and what is allowed.</summary>
public sealed class ScenarioException(SourceLocation location, string field, string problem)
    : Exception($"{location}: {(field.Length > 0 ? field + ": " : "")}{problem}")
{
    public SourceLocation Location { get; } = location;

    public string Field { get; } = field;

    public string Problem { get; } = problem;
}
