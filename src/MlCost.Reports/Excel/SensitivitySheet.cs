using ClosedXML.Excel;
using MlCost.Estimation.Ranges;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Sensitivity sheet, written when the scenario gives ranges: each option's band and, for each assumption moved
/// alone from its low to its high end, the option's cost at each end, largest swing first (a tornado). The figures
/// are the engine's at the scenario's other assumptions; they do not follow edits to the Assumptions sheet.
/// </summary>
internal static class SensitivitySheet
{
    public const string Name = "Sensitivity";

    public static void Write(IXLWorksheet sheet, RangeResult ranges)
    {
        ExcelText.Set(sheet.Cell(1, 1), "What the ranged assumptions do (the engine's figures at the scenario's other assumptions; edits elsewhere do not change them)");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(13);
        string[] bandHeaders = ["Option", "Lowest", "At", "Highest", "At"];
        for (var c = 0; c < bandHeaders.Length; c++) sheet.Cell(3, c + 1).Value = bandHeaders[c];
        sheet.Range(3, 1, 3, bandHeaders.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var row = 4;
        foreach (var band in ranges.Bands)
        {
            ExcelText.Set(sheet.Cell(row, 1), band.Option);
            sheet.Cell(row, 2).Value = (double)band.LowUsd;
            ExcelText.Set(sheet.Cell(row, 3), band.LowAt);
            sheet.Cell(row, 4).Value = (double)band.HighUsd;
            ExcelText.Set(sheet.Cell(row, 5), band.HighAt);
            row++;
        }
        sheet.Range(4, 2, row, 2).Style.NumberFormat.Format = "$#,##0.00";
        sheet.Range(4, 4, row, 4).Style.NumberFormat.Format = "$#,##0.00";
        row++;
        foreach (var line in RangeText.Verdict(ranges)) ExcelText.Set(sheet.Cell(row++, 1), line);

        row++;
        string[] headers = ["Option", "Assumption", "Low", "High", "Cost at low", "Cost at high", "Swing"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(row, c + 1).Value = headers[c];
        sheet.Range(row, 1, row, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var first = ++row;
        foreach (var option in ranges.Sensitivity)
            foreach (var swing in option.Swings)
            {
                ExcelText.Set(sheet.Cell(row, 1), option.Option);
                ExcelText.Set(sheet.Cell(row, 2), swing.Assumption);
                sheet.Cell(row, 3).Value = (double)swing.Low;
                sheet.Cell(row, 4).Value = (double)swing.High;
                sheet.Cell(row, 5).Value = (double)swing.CostAtLow;
                sheet.Cell(row, 6).Value = (double)swing.CostAtHigh;
                sheet.Cell(row, 7).FormulaA1 = $"ABS(F{row}-E{row})";
                row++;
            }
        sheet.Range(first, 5, row, 7).Style.NumberFormat.Format = "$#,##0.00";
        double[] widths = [30, 44, 12, 12, 16, 16, 14];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
    }
}
