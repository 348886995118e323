using System.Globalization;
using ClosedXML.Excel;
using MlCost.Estimation.Components;
using MlCost.Estimation.Ranges;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Sensitivity sheet, written when the scenario gives ranges: each option's band and, for each assumption moved
/// alone from its low to its high end, the option's cost at each end, largest swing first (a tornado). Each cost is a
/// live formula — the option's total with those inputs at those values and every other input at its cell — so editing
/// the Assumptions sheet moves the view. A range on something that selects a price rather than feeding a formula
/// (Serverless memory, a model) has no input cell: its rows hold the engine's figures, and say so.
/// </summary>
internal static class SensitivitySheet
{
    public const string Name = "Sensitivity";

    public static void Write(IXLWorksheet sheet, RangeResult ranges, IReadOnlyList<string> ids,
        IReadOnlyList<IReadOnlyList<WorkbookReport.VolumeFormula>> lines, Assumptions assumptions)
    {
        var names = ranges.Ranges.Select(r => InputName(r.Path)).ToList();
        var known = assumptions.Written.Select(i => i.Name).Append(Assumptions.Volume).ToHashSet(StringComparer.Ordinal);
        var live = names.All(n => n is not null && known.Contains(n));

        // The cost of an option with some ranges at given values: a formula when every range has an input, else the engine's figure.
        void Cost(IXLCell cell, string option, IReadOnlyList<(int Range, decimal Value)> at, decimal engine)
        {
            if (!live)
            {
                cell.Value = (double)engine;
                return;
            }
            var overrides = at.Where(a => names[a.Range] != Assumptions.Volume).ToDictionary(a => names[a.Range]!, a => a.Value, StringComparer.Ordinal);
            var volume = at.Where(a => names[a.Range] == Assumptions.Volume).Select(a => a.Value.ToString(CultureInfo.InvariantCulture)).FirstOrDefault() ?? Assumptions.Volume;
            cell.FormulaA1 = WorkbookReport.Total(lines[ids.ToList().IndexOf(option)], volume, overrides);
        }

        ExcelText.Set(sheet.Cell(1, 1), live
            ? "What the ranged assumptions do: every cost below is a formula over the Assumptions and Prices sheets, with the ranged inputs at the values shown."
            : "What the ranged assumptions do (the engine's figures: a range selects a price rather than feeding an input, so these do not follow edits).");
        sheet.Cell(1, 1).Style.Font.SetBold();
        string[] bandHeaders = ["Option", "Lowest", "At", "Highest", "At"];
        for (var c = 0; c < bandHeaders.Length; c++) sheet.Cell(3, c + 1).Value = bandHeaders[c];
        sheet.Range(3, 1, 3, bandHeaders.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var row = 4;
        foreach (var band in ranges.Bands)
        {
            ExcelText.Set(sheet.Cell(row, 1), band.Option);
            Cost(sheet.Cell(row, 2), band.Option, band.LowValues.Select((v, i) => (i, v)).ToList(), band.LowUsd);
            ExcelText.Set(sheet.Cell(row, 3), band.LowAt);
            Cost(sheet.Cell(row, 4), band.Option, band.HighValues.Select((v, i) => (i, v)).ToList(), band.HighUsd);
            ExcelText.Set(sheet.Cell(row, 5), band.HighAt);
            row++;
        }
        sheet.Range(4, 2, row, 2).Style.NumberFormat.Format = "$#,##0.00";
        sheet.Range(4, 4, row, 4).Style.NumberFormat.Format = "$#,##0.00";
        row++;
        foreach (var line in RangeText.Verdict(ranges)) ExcelText.Set(sheet.Cell(row++, 1), line);

        row++;
        string[] headers = ["Option", "Assumption", "Input", "Low", "High", "Cost at low", "Cost at high", "Swing"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(row, c + 1).Value = headers[c];
        sheet.Range(row, 1, row, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var first = ++row;
        foreach (var option in ranges.Sensitivity)
            foreach (var swing in option.Swings)
            {
                var k = ranges.Ranges.ToList().FindIndex(r => r.Path == swing.Assumption);
                ExcelText.Set(sheet.Cell(row, 1), option.Option);
                ExcelText.Set(sheet.Cell(row, 2), swing.Assumption);
                ExcelText.Set(sheet.Cell(row, 3), names[k] ?? "(selects a price)");
                sheet.Cell(row, 4).Value = (double)swing.Low;
                sheet.Cell(row, 5).Value = (double)swing.High;
                Cost(sheet.Cell(row, 6), option.Option, [(k, swing.Low)], swing.CostAtLow);
                Cost(sheet.Cell(row, 7), option.Option, [(k, swing.High)], swing.CostAtHigh);
                sheet.Cell(row, 8).FormulaA1 = $"ABS(G{row}-F{row})";
                row++;
            }
        sheet.Range(first, 6, row, 8).Style.NumberFormat.Format = "$#,##0.00";
        double[] widths = [30, 44, 36, 12, 12, 16, 16, 14];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
    }

    /// <summary>
    /// The Assumptions sheet's name for the input a range's path feeds, by the names the cost rules give inputs:
    /// <c>workload.peakToAverageRatio</c> → PeakToAverageRatio, <c>options[1].requestsPerSecondPerInstance</c> →
    /// Opt2_RequestsPerSecondPerInstance, <c>options[0].steps[1].charactersPerRequest</c> → Opt1_S2_CharactersPerRequest,
    /// <c>training[0].hoursPerRun</c> → Train1_HoursPerRun, <c>pricing.savingsPlan.discountPercent</c> →
    /// SavingsPlanDiscountPercent. Null when the path is not one of these shapes.
    /// </summary>
    public static string? InputName(string path)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path,
            @"^(?:(?<top>workload|pricing)\.(?<plan>savingsPlan\.)?|options\[(?<option>\d+)\]\.(?:steps\[(?<step>\d+)\]\.)?|training\[(?<run>\d+)\]\.)(?<field>\w+)$");
        if (!match.Success) return null;
        var field = char.ToUpperInvariant(match.Groups["field"].Value[0]) + match.Groups["field"].Value[1..];
        string Number(string group) => (int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        if (match.Groups["plan"].Success) return "SavingsPlan" + field;
        if (match.Groups["top"].Success) return field;
        if (match.Groups["run"].Success) return $"Train{Number("run")}_{field}";
        return $"Opt{Number("option")}_{(match.Groups["step"].Success ? $"S{Number("step")}_" : "")}{field}";
    }
}
