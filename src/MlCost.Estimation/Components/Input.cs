namespace MlCost.Estimation.Components;

/// <summary>
/// A named input of the cost expressions: the monthly volume, a workload metric, an option's parameter or a
/// pricing setting, with the value the scenario gives it and what it means. The workbook shows each as an
/// editable named cell (its <see cref="Name"/> is the cell's name), so names are unique within a scenario.
/// </summary>
public sealed record Input(string Name, string Label, decimal Value, string Meaning) : Expr
{
    /// <summary>The one input that varies along a cost curve: requests per month.</summary>
    public const string VolumeName = "RequestsPerMonth";

    /// <summary>A true/false input (managed spot or on-demand): 1 or 0 here, TRUE or FALSE in the workbook.</summary>
    public bool IsFlag { get; init; }

    /// <summary>The workbook's number format for the value.</summary>
    public string Format { get; init; } = "#,##0.####";

    public bool IsVolume => Name == VolumeName;

    public static Input Flag(string name, string label, bool value, string meaning) =>
        new(name, label, value ? 1 : 0, meaning) { IsFlag = true };
}
