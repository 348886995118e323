using ClosedXML.Excel;
using MlCost.Estimation;

namespace MlCost.Reports.Excel;

/// <summary>
/// The first sheet: what the workbook is (an estimate, not a quote), the tool and version that wrote it, the
/// prices it uses and their publication dates, the currency and the hours in a month, whether its totals agree
/// with the engine's, and what each sheet holds.
/// </summary>
internal static class CoverSheet
{
    public const string Name = "Cover";

    public static void Write(IXLWorksheet sheet, Estimator estimator, CostReport report, string checks, IEnumerable<(string Sheet, string Holds)> guide)
    {
        ExcelText.Set(sheet.Cell(1, 1), report.Scenario);
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(18);
        ExcelText.Set(sheet.Cell(2, 1), "An estimate from AWS list prices, not a quote: your bill depends on your usage, agreements and AWS's prices on the day.");
        sheet.Cell(2, 1).Style.Font.SetItalic();

        var lines = report.Options.SelectMany(o => o.LineItems).Where(l => l.Sku is not null).ToList();
        var dates = Text.PublicationDates.Days(lines);
        var cache = estimator.Book.Cache;
        var row = 4;
        void Fact(string label, Action<IXLCell> value)
        {
            ExcelText.Set(sheet.Cell(row, 1), label);
            sheet.Cell(row, 1).Style.Font.SetBold();
            value(sheet.Cell(row, 2));
            row++;
        }
        Fact("Written by", c => ExcelText.Set(c, $"MlCost {Text.ToolVersion.Current}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Fact("Region", c => ExcelText.Set(c, report.Region));
        Fact("Currency", c => ExcelText.Set(c, "USD, before tax"));
        Fact("Hours in a month", c =>
        {
            c.FormulaA1 = "HoursPerMonth";
            ExcelText.Set(c.CellRight(), "the AWS Pricing Calculator's 730 unless the scenario says otherwise (Assumptions)");
        });
        Fact("Price cache", c => ExcelText.Set(c, $"{cache.Origin} {cache.Directory}"));
        Fact("Prices used", c => ExcelText.Set(c, dates.Count == 0 ? $"{lines.Count} line(s) priced"
            : $"{lines.Select(l => l.RateCode).Distinct().Count()} rate(s), published {dates[0]} to {dates[^1]}; every one on the Prices sheet with its SKU, rate code and source"));
        var secondary = lines.Where(l => l.Quality == "secondary").Select(l => l.RateCode).Distinct().Count();
        if (secondary > 0)
            Fact("Secondary prices", c => ExcelText.Set(c, $"{secondary} rate(s) quoted by a third party, not read from an AWS price file: refresh them (`mlcost prices refresh`) before relying on them"));
        Fact("Totals check", c =>
        {
            c.FormulaA1 = checks;
            c.Style.NumberFormat.Format = ExcelText.TrueFalse;
            ExcelText.Set(c.CellRight(), "TRUE: every option's total here equals the engine's at the scenario's assumptions (Checks sheet)");
        });

        row++;
        ExcelText.Set(sheet.Cell(row, 1), "Sheets");
        sheet.Cell(row, 1).Style.Font.SetBold().Font.SetFontSize(13);
        row++;
        foreach (var (name, holds) in guide)
        {
            ExcelText.Set(sheet.Cell(row, 1), name);
            ExcelText.Set(sheet.Cell(row, 2), holds);
            row++;
        }
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 60;
        sheet.Column(3).Width = 90;
        sheet.Range(1, 1, row, 3).Style.Alignment.SetWrapText(false);
        sheet.Column(2).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);
    }

}
