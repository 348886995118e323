namespace MlCost.Reports.Charts;

/// <summary>One colour per option, by its place in the scenario: the PNG chart and the workbook's chart use the same.</summary>
public static class OptionColours
{
    // A qualitative palette readable on white and in grey print (Tableau 10's hues).
    private static readonly string[] Hex = ["1F77B4", "FF7F0E", "2CA02C", "D62728", "9467BD", "8C564B", "E377C2", "7F7F7F", "BCBD22", "17BECF"];

    /// <summary>The colour of the option at <paramref name="index"/> (0-based), as RRGGBB.</summary>
    public static string Of(int index) => Hex[index % Hex.Length];
}
