using ClosedXML.Excel;
using MlCost.Estimation.Scenarios;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Assumptions sheet: every input as a named, editable cell styled as input. Formulas everywhere else use
/// the names, so changing an input recalculates every option.
/// </summary>
internal sealed class Assumptions
{
    public const string SheetName = "Assumptions";
    public const string Volume = "RequestsPerMonth";

    private readonly IXLWorksheet _sheet;
    private int _row = 4;

    public Assumptions(IXLWorkbook workbook, Scenario scenario)
    {
        _sheet = workbook.Worksheets.Add(SheetName);
        ExcelText.Set(_sheet.Cell(1, 1), $"Assumptions — {scenario.Name}");
        _sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        ExcelText.Set(_sheet.Cell(2, 1), "Yellow cells are inputs: change them and every sheet follows.");
        _sheet.Cell(3, 1).Value = "Input";
        _sheet.Cell(3, 2).Value = "Value";
        _sheet.Cell(3, 3).Value = "Name";
        _sheet.Cell(3, 4).Value = "Meaning";
        _sheet.Range(3, 1, 3, 4).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        _sheet.Column(1).Width = 44;
        _sheet.Column(2).Width = 16;
        _sheet.Column(3).Width = 44;
        _sheet.Column(4).Width = 70;
        _sheet.SheetView.FreezeRows(3);

        var w = scenario.Workload;
        Section("Workload");
        Add(Volume, "Requests per month", w.RequestsPerMonth, "The volume every option is priced at.", "#,##0");
        Add("PagesPerRequest", "Pages per request", w.PagesPerRequest, "Textract bills pages.");
        Add("CharactersPerRequest", "Characters per request", w.CharactersPerRequest, "Comprehend (units of 100, at least 3 per request), Translate and Polly bill characters.");
        Add("ImagesPerRequest", "Images per request", w.ImagesPerRequest, "Rekognition bills images per API call.");
        Add("AudioSecondsPerRequest", "Audio seconds per request", w.AudioSecondsPerRequest, "Transcribe bills whole seconds, at least 15 per request.");
        Add("PayloadKbPerRequest", "Payload KB per request", w.PayloadKbPerRequest, "Sent to a SageMaker endpoint (data processed).");
        Add("ResponseKbPerRequest", "Response KB per request", w.ResponseKbPerRequest, "Returned by a SageMaker endpoint (data processed).");
        Add("PeakToAverageRatio", "Peak to average ratio", w.PeakToAverageRatio, "Always-on fleets are sized to peak = volume / (hours × 3600) × this.");
        Section("Pricing");
        Add("HoursPerMonth", "Hours per month", scenario.Pricing.HoursPerMonth, "AWS Pricing Calculator convention: 730.");
        Add("DiscountPercent", "Enterprise discount %", scenario.Pricing.DiscountPercent, "Taken off every option's total.");
        if (scenario.Pricing.SavingsPlan?.DiscountPercent is { } plan)
            Add("SavingsPlanDiscountPercent", "Savings Plan discount %", plan, "Taken off SageMaker instance rates where the cache has no plan rate.");
    }

    public IXLWorksheet Sheet => _sheet;

    public void Section(string title)
    {
        _row++;
        ExcelText.Set(_sheet.Cell(_row, 1), title);
        _sheet.Cell(_row, 1).Style.Font.SetBold();
        _row++;
    }

    /// <summary>Adds a named input cell and returns its name.</summary>
    public string Add(string name, string label, object value, string meaning, string format = "#,##0.####")
    {
        ExcelText.Set(_sheet.Cell(_row, 1), label);
        var cell = _sheet.Cell(_row, 2);
        if (value is bool flag) cell.Value = flag;
        else
        {
            cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            cell.Style.NumberFormat.Format = format;
        }
        cell.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC")).Font.SetFontColor(XLColor.FromHtml("#1F4E79"))
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorderColor(XLColor.FromHtml("#BF9000"));
        cell.AddToNamed(name, XLScope.Workbook);
        _sheet.Cell(_row, 3).Value = name;
        ExcelText.Set(_sheet.Cell(_row, 4), meaning);
        _row++;
        return name;
    }
}
