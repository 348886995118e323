using ClosedXML.Excel;
using MlCost.Estimation;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Checks sheet: each option's total in the workbook against the engine's at the scenario's assumptions, as
/// TRUE/FALSE to the cent. Once an input is edited the engine's figure no longer applies, and the sheet says so
/// rather than report a difference.
/// </summary>
internal static class ChecksSheet
{
    public const string Name = "Checks";

    /// <returns>The cell whose value is TRUE when every check passes.</returns>
    public static string Write(IXLWorksheet sheet, Estimator estimator, CostReport report, Assumptions assumptions)
    {
        ExcelText.Set(sheet.Cell(1, 1), "Workbook totals against the engine's (mlcost compare) at the scenario's assumptions");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        ExcelText.Set(sheet.Cell(2, 1), "Inputs as the scenario gave them");
        sheet.Cell(2, 2).FormulaA1 = assumptions.AsWritten();
        sheet.Cell(2, 2).Style.NumberFormat.Format = ExcelText.TrueFalse;
        ExcelText.Set(sheet.Cell(2, 3), "FALSE once an input is edited: the engine's totals below are then for other assumptions.");
        string[] headers = ["Option", "Workbook total", "Engine total", "Difference", "Equal to the cent"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(4, c + 1).Value = headers[c];
        sheet.Range(4, 1, 4, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var engine = report.Options.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
        var row = 5;
        for (var i = 0; i < estimator.Models.Count; i++, row++)
        {
            var id = estimator.Models[i].Id;
            ExcelText.Set(sheet.Cell(row, 1), id);
            sheet.Cell(row, 2).FormulaA1 = $"Opt{i + 1}_Total";
            sheet.Cell(row, 3).Value = (double)engine[id];
            sheet.Cell(row, 4).FormulaA1 = $"B{row}-C{row}";
            sheet.Cell(row, 5).FormulaA1 = $"IF($B$2,ABS(D{row})<0.005,\"inputs edited\")";
        }
        var all = row + 1;
        ExcelText.Set(sheet.Cell(all, 1), "All checks");
        sheet.Cell(all, 1).Style.Font.SetBold();
        sheet.Cell(all, 5).FormulaA1 = $"IF($B$2,AND(E5:E{row - 1}),\"inputs edited\")";
        sheet.Cell(all, 5).Style.Font.SetBold();
        sheet.Range(5, 2, row - 1, 4).Style.NumberFormat.Format = "$#,##0.00";
        sheet.Range(5, 5, all, 5).Style.NumberFormat.Format = ExcelText.TrueFalse;
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 18;
        sheet.Column(3).Width = 18;
        sheet.Column(4).Width = 14;
        sheet.Column(5).Width = 20;
        return $"'{Name}'!$E${all}";
    }
}
