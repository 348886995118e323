using ClosedXML.Excel;
using MlCost.Estimation.Components;
using MlCost.Estimation.CostModels;
using MlCost.Estimation.Scenarios;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Assumptions sheet: every input as a named, editable cell styled as input. Formulas everywhere else use
/// the names, so changing an input recalculates every option.
/// </summary>
internal sealed class Assumptions
{
    public const string SheetName = "Assumptions";
    public const string Volume = Input.VolumeName;

    private readonly IXLWorksheet _sheet;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<Input> _written = [];
    private int _row = 4;

    public Assumptions(IXLWorkbook workbook, Scenario scenario, ScenarioInputs inputs)
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

        Section("Workload");
        foreach (var input in inputs.Workload) Add(input);
        Section("Pricing");
        foreach (var input in inputs.Pricing) Add(input);
    }

    public IXLWorksheet Sheet => _sheet;

    /// <summary>Every input written, with the value the scenario gave it.</summary>
    public IReadOnlyList<Input> Written => _written;

    /// <summary>A formula that is TRUE while every input still holds the scenario's value.</summary>
    public string AsWritten() => _written.Count == 0 ? "TRUE"
        : $"AND({string.Join(",", _written.Select(i => i.IsFlag ? $"{i.Name}={(i.Value != 0 ? "TRUE" : "FALSE")}" : $"ABS({i.Name}-{i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})<1E-9"))})";

    public void Section(string title)
    {
        _row++;
        ExcelText.Set(_sheet.Cell(_row, 1), title);
        _sheet.Cell(_row, 1).Style.Font.SetBold();
        _row++;
    }

    /// <summary>The input's named cell, added on its first use; returns the name formulas use.</summary>
    public string Add(Input input)
    {
        if (!_names.Add(input.Name)) return input.Name;
        ExcelText.Set(_sheet.Cell(_row, 1), input.Label);
        var cell = _sheet.Cell(_row, 2);
        // Inputs take what the scenario reader would: TRUE or FALSE for a flag, a number of 0 or more otherwise.
        if (input.IsFlag)
        {
            cell.Value = input.Value != 0;
            cell.SetDataValidation().List("\"TRUE,FALSE\"");
        }
        else
        {
            cell.Value = (double)input.Value;
            cell.Style.NumberFormat.Format = input.Format;
            var rule = cell.SetDataValidation();
            rule.Decimal.EqualOrGreaterThan(0);
            rule.ErrorTitle = "Not a valid input";
            rule.ErrorMessage = $"{input.Label}: a number of 0 or more.";
        }
        _written.Add(input);
        cell.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC")).Font.SetFontColor(XLColor.FromHtml("#1F4E79"))
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorderColor(XLColor.FromHtml("#BF9000"));
        cell.AddToNamed(input.Name, XLScope.Workbook);
        _sheet.Cell(_row, 3).Value = input.Name;
        ExcelText.Set(_sheet.Cell(_row, 4), input.Meaning);
        _row++;
        return input.Name;
    }
}
