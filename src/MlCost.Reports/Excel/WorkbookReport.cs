using ClosedXML.Excel;
using MlCost.Estimation;
using MlCost.Estimation.Components;

namespace MlCost.Reports.Excel;

/// <summary>
/// The comparison as a working Excel model: Summary (ranked, cheapest highlighted, breakevens in words),
/// Assumptions (named inputs), one sheet per option (line items as live formulas), Sweep (cost against
/// volume, formulas), Breakeven (the crossings, with both costs at each), Prices (every unit price and its
/// provenance), and a native line chart of the sweep on a log volume axis. Written to a temporary file and
/// moved into place, so a failure never leaves half a workbook.
/// </summary>
public static class WorkbookReport
{
    private const string Money = "$#,##0.00";

    /// <param name="horizon">Also a Horizon sheet: that many months at a monthly growth (an input), each option's cost as formulas.</param>
    public static void Write(string path, Estimator estimator, CostReport report, (int Months, decimal GrowthPercent)? horizon = null)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: no such folder for the workbook");
        var temporary = Path.Combine(directory, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.xlsx");
        try
        {
            IReadOnlyList<IReadOnlyList<VolumeFormula>> lines;
            using (var workbook = new XLWorkbook())
            {
                lines = Build(workbook, estimator, report, horizon);
                workbook.SaveAs(temporary);
            }
            var volumes = (report.Sweep ?? []).Select(r => r.RequestsPerMonth).ToList();
            SweepSheetStream.Write(temporary, Sheets.Sweep, ["Requests per month", .. estimator.Models.Select(m => m.Id)], volumes,
                (option, row) => Total(lines[option], $"$A{row}"));
            NativeChart.Add(temporary, Sheets.Chart, Sheets.Sweep, report.Options.Count, volumes.Count + 1, report.Scenario, Charts.CostChartImage.UseLogCostAxis(report),
                Markers(report).Count);
            PrintTitles.MakeAbsolute(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static class Sheets
    {
        public const string Summary = "Summary";
        public const string Sweep = "Sweep";
        public const string Breakeven = "Breakeven";
        public const string Chart = "Chart";
        public const string Horizon = "Horizon";
    }

    /// <summary>
    /// The months ahead as formulas: month m's volume is RequestsPerMonth × (1 + MonthlyGrowthPercent / 100)^(m − 1),
    /// and each option's cost at it is the same formula the Sweep uses, so editing the growth or any other input
    /// moves every month.
    /// </summary>
    private static void HorizonSheet(IXLWorksheet sheet, Estimator estimator, IReadOnlyList<IReadOnlyList<VolumeFormula>> lines, int months, decimal growth, Assumptions assumptions)
    {
        assumptions.Section("Horizon");
        var rate = assumptions.Add(new Input("MonthlyGrowthPercent", "Volume growth a month %", growth, "The Horizon sheet's volume grows by this each month (negative shrinks)."));
        sheet.Cell(1, 1).Value = "Month";
        sheet.Cell(1, 2).Value = "Requests per month";
        for (var i = 0; i < estimator.Models.Count; i++) ExcelText.Set(sheet.Cell(1, i + 3), estimator.Models[i].Id);
        sheet.Range(1, 1, 1, estimator.Models.Count + 2).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        for (var m = 1; m <= months; m++)
        {
            var row = m + 1;
            sheet.Cell(row, 1).Value = m;
            sheet.Cell(row, 2).FormulaA1 = $"{Assumptions.Volume}*(1+{rate}/100)^(A{row}-1)";
            for (var i = 0; i < estimator.Models.Count; i++) sheet.Cell(row, i + 3).FormulaA1 = Total(lines[i], $"$B{row}");
        }
        var total = months + 2;
        ExcelText.Set(sheet.Cell(total, 1), "Total");
        for (var i = 0; i < estimator.Models.Count; i++)
        {
            var column = XLHelper.GetColumnLetterFromNumber(i + 3);
            sheet.Cell(total, i + 3).FormulaA1 = $"SUM({column}2:{column}{months + 1})";
        }
        sheet.Range(total, 1, total, estimator.Models.Count + 2).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        sheet.Range(2, 2, total, 2).Style.NumberFormat.Format = "#,##0";
        sheet.Range(2, 3, total, estimator.Models.Count + 2).Style.NumberFormat.Format = Money;
        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 20;
        for (var i = 0; i < estimator.Models.Count; i++) sheet.Column(i + 3).Width = Math.Max(16, estimator.Models[i].Id.Length + 2);
        ExcelText.Set(sheet.Cell(total + 2, 1), "On-demand, month by month, as `mlcost horizon` prices them; a Savings Plan commitment's months are in its output (table, JSON, CSV).");
        sheet.SheetView.Freeze(1, 2);
    }

    private static IReadOnlyList<IReadOnlyList<VolumeFormula>> Build(XLWorkbook workbook, Estimator estimator, CostReport report, (int Months, decimal GrowthPercent)? horizon)
    {
        var summary = workbook.Worksheets.Add(Sheets.Summary);
        var assumptions = new Assumptions(workbook, estimator.Scenario, estimator.Inputs);
        assumptions.Section("Options and training");
        var prices = new PriceSheet(workbook);
        var formulas = new ComponentFormulas(assumptions, prices);
        var lines = new List<IReadOnlyList<VolumeFormula>>();
        for (var i = 0; i < estimator.Models.Count; i++)
        {
            var sheet = workbook.Worksheets.Add(SheetName(i + 1, estimator.Models[i].Id), 3 + i);
            lines.Add(OptionSheet(sheet, estimator.Models[i], i + 1, formulas));
        }
        Summary(summary, estimator, report);
        SweepLayout(workbook.Worksheets.Add(Sheets.Sweep), estimator, report);
        Breakeven(workbook.Worksheets.Add(Sheets.Breakeven), estimator, report, lines);
        var chart = workbook.Worksheets.Add(Sheets.Chart);
        ExcelText.Set(chart.Cell(1, 1), "Monthly cost against requests per month (log scale), from the Sweep sheet.");
        MarkerTable(chart, report, estimator.Models.Count);
        prices.Sheet.Position = workbook.Worksheets.Count;
        if (report.Ranges is { } ranges)
            SensitivitySheet.Write(workbook.Worksheets.Add(SensitivitySheet.Name), ranges, estimator.Models.Select(m => m.Id).ToList(), lines, assumptions);
        if (horizon is { } months) HorizonSheet(workbook.Worksheets.Add(Sheets.Horizon), estimator, lines, months.Months, months.GrowthPercent, assumptions);
        var checks = ChecksSheet.Write(workbook.Worksheets.Add(ChecksSheet.Name), estimator, report, assumptions);
        SummaryChecks(summary, checks);
        CoverSheet.Write(workbook.Worksheets.Add(CoverSheet.Name, 1), estimator, report, checks,
        [
            (Sheets.Summary, "the options ranked at the volume, the cheapest, breakevens in words"),
            (Assumptions.SheetName, "every input, editable (yellow); every other sheet follows them"),
            ("1., 2., ...", "one sheet per option: its line items as live formulas"),
            (Sheets.Sweep, "each option's cost over a log-spaced range of volumes (formulas)"),
            (Sheets.Breakeven, "the volumes where two options cost the same, with both costs there"),
            (Sheets.Chart, "cost against volume, log axes"),
            (PriceSheet.SheetName, "every unit price used: SKU, rate code, source, publication date, quality"),
            (ChecksSheet.Name, "the workbook's totals against the engine's, TRUE/FALSE"),
            .. report.Ranges is null ? [] : new[] { (SensitivitySheet.Name, "each option's band over the ranged assumptions, and what moves it most (engine figures)") },
            .. horizon is null ? [] : new[] { (Sheets.Horizon, "the months ahead: each month's volume and every option's cost (formulas)") },
        ]);

        // On paper: landscape, one page wide, narrow margins, and the header rows (those frozen on screen) on every page.
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            sheet.PageSetup.FitToPages(1, 0);
            sheet.PageSetup.PrintAreas.Clear();
            sheet.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.5);
            if (sheet.SheetView.SplitRow > 0) sheet.PageSetup.SetRowsToRepeatAtTop(1, sheet.SheetView.SplitRow);
        }
        workbook.CalculateMode = XLCalculateMode.Auto;
        workbook.FullCalculationOnLoad = true;
        return lines;
    }

    /// <summary>The vertical lines the chart marks: the scenario's volume (the Assumptions cell) and each crossing.</summary>
    private static IReadOnlyList<(string Label, string Volume)> Markers(CostReport report) =>
    [
        ($"scenario", Assumptions.Volume),
        .. report.Breakevens.SelectMany(b => b.RequestsPerMonth.Select(v => ($"{b.A} = {b.B}: {Text.Numbers.Volume(v)}", v.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
    ];

    /// <summary>
    /// Below the chart, the points of its marker lines: for each marker two rows (its volume at the sweep's lowest
    /// and highest cost), which <see cref="NativeChart"/> draws as a labelled vertical line. The scenario's marker
    /// follows the volume input.
    /// </summary>
    private static void MarkerTable(IXLWorksheet chart, CostReport report, int options)
    {
        var costs = $"'{Sheets.Sweep}'!$B$2:${XLHelper.GetColumnLetterFromNumber(options + 1)}${(report.Sweep?.Count ?? 0) + 1}";
        ExcelText.Set(chart.Cell(NativeChart.MarkerRow - 1, 1), "Marker");
        chart.Cell(NativeChart.MarkerRow - 1, 2).Value = "Requests per month";
        chart.Cell(NativeChart.MarkerRow - 1, 3).Value = "Cost";
        var row = NativeChart.MarkerRow;
        var logCost = Charts.CostChartImage.UseLogCostAxis(report);
        foreach (var ((label, volume), m) in Markers(report).Select((marker, m) => (marker, m)))
        {
            // The tops step down so that the labels of neighbouring lines do not print over each other.
            var top = logCost ? $"MAX({costs})*{Math.Pow(0.5, m % 4).ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                : $"MAX({costs})*{(1 - 0.06 * (m % 4)).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            foreach (var end in new[] { $"MIN({costs})", top })
            {
                ExcelText.Set(chart.Cell(row, 1), label);
                chart.Cell(row, 2).FormulaA1 = volume;
                chart.Cell(row, 3).FormulaA1 = end;
                row++;
            }
        }
        chart.Range(NativeChart.MarkerRow, 2, row, 2).Style.NumberFormat.Format = "#,##0";
        chart.Range(NativeChart.MarkerRow, 3, row, 3).Style.NumberFormat.Format = Money;
        chart.Column(1).Width = 40;
        chart.Column(2).Width = 20;
        chart.Column(3).Width = 16;
    }

    /// <summary>The Summary's line saying whether the workbook agrees with the engine (the Checks sheet's verdict).</summary>
    private static void SummaryChecks(IXLWorksheet summary, string checks)
    {
        var row = summary.LastRowUsed()!.RowNumber() + 2;
        ExcelText.Set(summary.Cell(row, 1), "Checks");
        summary.Cell(row, 1).Style.Font.SetBold();
        summary.Cell(row, 2).FormulaA1 = checks;
        summary.Cell(row, 2).Style.NumberFormat.Format = ExcelText.TrueFalse;
        ExcelText.Set(summary.Cell(row, 3), "TRUE: every total equals the engine's to the cent (Checks sheet)");
    }

    /// <summary>"1. textract-forms" within Excel's 31 characters and without the characters it forbids.</summary>
    private static string SheetName(int index, string id)
    {
        var clean = new string(id.Select(c => "[]:*?/\\'".Contains(c) ? '_' : c).ToArray());
        var name = $"{index}. {clean}";
        return name.Length <= 31 ? name : name[..31];
    }

    /// <summary>
    /// A counted component's cost at any volume: its formula of the volume (and of the costs before it, for an
    /// adjustment on the subtotal), or — when it is the same at every volume — the cost cell on its option's
    /// sheet (which keeps sweep formulas short).
    /// </summary>
    internal sealed record VolumeFormula(CostComponent Component, ComponentFormulas Formulas, string CostCell)
    {
        public bool OnSubtotal => Component.Quantity is Subtotal;

        /// <param name="overrides">Inputs at other values than their cells': the line is then always written out in full.</param>
        public string Cost(string volume, string subtotal, IReadOnlyDictionary<string, decimal>? overrides = null) =>
            overrides is { Count: > 0 } || Component.Quantity.VariesWithVolume(eitherBranch: true) || Component.UnitPrice.VariesWithVolume(eitherBranch: true)
                ? $"{Formulas.Write(Component.Quantity, volume, subtotal, overrides)}*{Formulas.Write(Component.UnitPrice, volume, subtotal, overrides)}"
                : CostCell;
    }

    private static IReadOnlyList<VolumeFormula> OptionSheet(IXLWorksheet sheet, CostModel model, int index, ComponentFormulas formulas)
    {
        var costs = new List<VolumeFormula>();
        ExcelText.Set(sheet.Cell(1, 1), $"{model.Id} ({model.Kind})");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        ExcelText.Set(sheet.Cell(2, 1), "Every cell below is a formula over the Assumptions and Prices sheets.");
        string[] headers = ["Line item", "Quantity", "Unit", "Unit price (USD)", "Cost (USD)", "SKU", "Rate code", "Quality", "Source"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(3, c + 1).Value = headers[c];
        sheet.Range(3, 1, 3, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var row = 4;
        foreach (var component in model.Option.Components.Where(c => c.Counted))
        {
            var subtotal = row == 4 ? "0" : $"SUM(E4:E{row - 1})";
            ExcelText.Set(sheet.Cell(row, 1), component.Name);
            sheet.Cell(row, 2).FormulaA1 = formulas.Write(component.Quantity, Assumptions.Volume, subtotal);
            ExcelText.Set(sheet.Cell(row, 3), component.Unit);
            sheet.Cell(row, 4).FormulaA1 = formulas.Write(component.UnitPrice, Assumptions.Volume, subtotal);
            sheet.Cell(row, 5).FormulaA1 = $"B{row}*D{row}";
            costs.Add(new VolumeFormula(component, formulas, $"'{sheet.Name.Replace("'", "''")}'!$E${row}"));
            if (component.Price is { } price)
            {
                ExcelText.Set(sheet.Cell(row, 6), price.Sku);
                ExcelText.Set(sheet.Cell(row, 7), component.Tier?.RateCode ?? "");
                ExcelText.Set(sheet.Cell(row, 8), price.Quality);
                ExcelText.Set(sheet.Cell(row, 9), price.Source);
            }
            else ExcelText.Set(sheet.Cell(row, 9), component.Source ?? "");
            row++;
        }
        var total = row;
        ExcelText.Set(sheet.Cell(total, 1), "Monthly total");
        sheet.Cell(total, 5).FormulaA1 = $"SUM(E4:E{total - 1})";
        sheet.Cell(total, 5).AddToNamed($"Opt{index}_Total", XLScope.Workbook);
        sheet.Range(total, 1, total, 5).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        ExcelText.Set(sheet.Cell(total + 1, 1), "Cost per 1,000 requests");
        sheet.Cell(total + 1, 5).FormulaA1 = $"IF({Assumptions.Volume}>0,E{total}/{Assumptions.Volume}*1000,0)";

        sheet.Range(4, 2, total, 2).Style.NumberFormat.Format = "#,##0.####";
        sheet.Range(4, 4, total, 4).Style.NumberFormat.Format = "$0.00########";
        sheet.Range(4, 5, total + 1, 5).Style.NumberFormat.Format = Money;
        double[] widths = [52, 16, 14, 16, 14, 24, 30, 11, 56];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        foreach (var wrapped in new[] { 1, 6, 7, 9 }) sheet.Column(wrapped).Style.Alignment.SetWrapText(true);
        sheet.Columns(1, widths.Length).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.SheetView.FreezeRows(3);
        return costs;
    }

    private static void Summary(IXLWorksheet sheet, Estimator estimator, CostReport report)
    {
        ExcelText.Set(sheet.Cell(1, 1), report.Scenario);
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(16);
        ExcelText.Set(sheet.Cell(2, 1), $"Region {report.Region}. Requests per month:");
        sheet.Cell(2, 3).FormulaA1 = Assumptions.Volume;
        sheet.Cell(2, 3).Style.NumberFormat.Format = "#,##0";
        string[] headers = ["Rank", "Option", "Kind", "Monthly cost", "Per 1,000 requests"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(4, c + 1).Value = headers[c];
        sheet.Range(4, 1, 4, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var first = 5;
        var last = first + report.Options.Count - 1;
        var indexOf = estimator.Models.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i + 1);
        for (var i = 0; i < report.Options.Count; i++)
        {
            var row = first + i;
            var option = report.Options[i];
            sheet.Cell(row, 1).FormulaA1 = $"RANK(D{row},$D${first}:$D${last},1)";
            ExcelText.Set(sheet.Cell(row, 2), option.Id);
            ExcelText.Set(sheet.Cell(row, 3), option.Kind);
            sheet.Cell(row, 4).FormulaA1 = $"Opt{indexOf[option.Id]}_Total";
            sheet.Cell(row, 5).FormulaA1 = $"IF({Assumptions.Volume}>0,D{row}/{Assumptions.Volume}*1000,0)";
        }
        sheet.Range(first, 4, last, 4).Style.NumberFormat.Format = Money;
        sheet.Range(first, 5, last, 5).Style.NumberFormat.Format = "$#,##0.0000";
        sheet.Range(first, 1, last, 5).AddConditionalFormat().WhenIsTrue($"$D{first}=MIN($D${first}:$D${last})")
            .Fill.SetBackgroundColor(XLColor.FromHtml("#C6EFCE")).Font.SetBold();
        var row2 = last + 2;
        sheet.Cell(row2, 1).Value = "Cheapest";
        sheet.Cell(row2, 1).Style.Font.SetBold();
        sheet.Cell(row2, 2).FormulaA1 = $"INDEX($B${first}:$B${last},MATCH(MIN($D${first}:$D${last}),$D${first}:$D${last},0))";
        sheet.Cell(row2, 2).Style.Font.SetBold();

        var words = row2 + 2;
        ExcelText.Set(sheet.Cell(words, 1), $"Breakeven between {Text.Numbers.Count(report.Range.From)} and {Text.Numbers.Count(report.Range.To)} requests/month (at the assumptions the workbook was made with; see Breakeven and Sweep):");
        sheet.Cell(words, 1).Style.Font.SetBold();
        var lines = report.BreakevensInWords.Count > 0 ? report.BreakevensInWords : ["No two options swap places in this range."];
        foreach (var (text, k) in lines.Select((t, k) => (t, k))) ExcelText.Set(sheet.Cell(words + 1 + k, 1), text);
        var notes = words + 2 + lines.Count;
        foreach (var (note, k) in report.Notes.Append("Prices: see the Prices sheet for every SKU, rate code, source and publication date.").Select((t, k) => (t, k)))
            ExcelText.Set(sheet.Cell(notes + k, 1), note);

        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 34;
        sheet.Column(3).Width = 24;
        sheet.Column(4).Width = 18;
        sheet.Column(5).Width = 20;
        sheet.SheetView.FreezeRows(4);
    }

    /// <summary>
    /// The Sweep sheet's layout: titles, formats, widths and panes, with one styled row for the stream that
    /// writes its rows (<see cref="SweepSheetStream"/>) to copy: column A the volumes, one formula column per option.
    /// </summary>
    private static void SweepLayout(IXLWorksheet sheet, Estimator estimator, CostReport report)
    {
        sheet.Cell(1, 1).Value = "Requests per month";
        sheet.Range(1, 1, 1, estimator.Models.Count + 1).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        sheet.Cell(2, 1).Value = (double)(report.Sweep is [var first, ..] ? first.RequestsPerMonth : 0);
        sheet.Cell(2, 1).Style.NumberFormat.Format = "#,##0";
        sheet.Cell(2, 2).Value = 0.0;
        sheet.Cell(2, 2).Style.NumberFormat.Format = Money;
        sheet.Column(1).Width = 20;
        for (var i = 0; i < estimator.Models.Count; i++) sheet.Column(i + 2).Width = Math.Max(16, estimator.Models[i].Id.Length + 2);
        sheet.SheetView.Freeze(1, 1);
    }

    private static void Breakeven(IXLWorksheet sheet, Estimator estimator, CostReport report, IReadOnlyList<IReadOnlyList<VolumeFormula>> lines)
    {
        string[] headers = ["Option A", "Option B", "Requests per month", "Cost of A", "Cost of B", "A − B"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        sheet.Range(1, 1, 1, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        var index = estimator.Models.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var row = 2;
        foreach (var pair in report.Breakevens)
            foreach (var volume in pair.RequestsPerMonth)
            {
                ExcelText.Set(sheet.Cell(row, 1), pair.A);
                ExcelText.Set(sheet.Cell(row, 2), pair.B);
                sheet.Cell(row, 3).Value = (double)volume;
                sheet.Cell(row, 4).FormulaA1 = Total(lines[index[pair.A]], $"$C{row}");
                sheet.Cell(row, 5).FormulaA1 = Total(lines[index[pair.B]], $"$C{row}");
                sheet.Cell(row, 6).FormulaA1 = $"D{row}-E{row}";
                row++;
            }
        if (row == 2) ExcelText.Set(sheet.Cell(2, 1), "No two options swap places in the range searched.");
        ExcelText.Set(sheet.Cell(row + 1, 1), "Crossings were found exactly from the cost curves (tiers change the slope, instance steps make it jump). At a step, A − B changes sign across the volume rather than reaching zero.");
        sheet.Range(2, 3, Math.Max(2, row - 1), 3).Style.NumberFormat.Format = "#,##0.##";
        sheet.Range(2, 4, Math.Max(2, row - 1), 6).Style.NumberFormat.Format = Money;
        double[] widths = [30, 30, 22, 16, 16, 14];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>
    /// An option's monthly total at a volume cell: its line costs in order, each line on the subtotal (the
    /// discount) applied to the sum before it as (sum) × (1 + its unit price), so the sum is written once.
    /// </summary>
    internal static string Total(IReadOnlyList<VolumeFormula> lines, string volume, IReadOnlyDictionary<string, decimal>? overrides = null)
    {
        var sum = "0";
        foreach (var line in lines)
            sum = line.OnSubtotal
                ? $"({sum})*(1+{line.Formulas.Write(line.Component.UnitPrice, volume, "0", overrides)})"
                : $"{sum}+{line.Cost(volume, "0", overrides)}";
        return sum;
    }
}
