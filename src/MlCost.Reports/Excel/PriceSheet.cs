using ClosedXML.Excel;
using MlCost.Pricing.Model;

namespace MlCost.Reports.Excel;

/// <summary>
/// The Prices sheet: every unit price the workbook uses, one row per tier, with service, region, SKU, rate
/// code, unit, tier range, source, publication date and quality. Formulas refer to its cells.
/// </summary>
internal sealed class PriceSheet
{
    public const string SheetName = "Prices";
    private const int PriceColumn = 9;

    private readonly IXLWorksheet _sheet;
    private readonly Dictionary<(string Sku, string TermType, string RateCode), int> _rows = [];
    private int _next = 4;

    public PriceSheet(IXLWorkbook workbook)
    {
        _sheet = workbook.Worksheets.Add(SheetName);
        _sheet.Cell(1, 1).Value = "Prices used in this workbook";
        _sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        _sheet.Cell(2, 1).Value = "price-list: read from an AWS price file. secondary: quoted by a third party; refresh or import AWS files to replace it.";
        string[] headers = ["Service", "Region", "Price", "SKU", "Rate code", "Unit", "Tier begin", "Tier end", "USD per unit", "Term", "Published", "Quality", "Source"];
        for (var i = 0; i < headers.Length; i++) _sheet.Cell(3, i + 1).Value = headers[i];
        _sheet.Range(3, 1, 3, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        double[] widths = [18, 12, 40, 20, 42, 12, 14, 14, 16, 14, 24, 11, 90];
        for (var i = 0; i < widths.Length; i++) _sheet.Column(i + 1).Width = widths[i];
        _sheet.SheetView.FreezeRows(3);
    }

    public IXLWorksheet Sheet => _sheet;

    /// <summary>The absolute address of a tier's USD price, adding the row on first use.</summary>
    public string UnitPrice(PriceRecord price, PriceTier tier) => Address(Row(price, tier), PriceColumn);

    public string TierBegin(PriceRecord price, PriceTier tier) => Address(Row(price, tier), 7);

    public string TierEnd(PriceRecord price, PriceTier tier) => Address(Row(price, tier), 8);

    private int Row(PriceRecord price, PriceTier tier)
    {
        var key = (price.Sku, price.TermType, tier.RateCode);
        if (_rows.TryGetValue(key, out var row)) return row;
        row = _next++;
        _rows[key] = row;
        ExcelText.Set(_sheet.Cell(row, 1), Service.Find(price.Service)?.ShortName ?? price.Service);
        ExcelText.Set(_sheet.Cell(row, 2), price.Region);
        ExcelText.Set(_sheet.Cell(row, 3), PriceNames.Describe(price));
        ExcelText.Set(_sheet.Cell(row, 4), price.Sku);
        ExcelText.Set(_sheet.Cell(row, 5), tier.RateCode);
        ExcelText.Set(_sheet.Cell(row, 6), price.Unit);
        _sheet.Cell(row, 7).Value = (double)tier.Begin;
        if (tier.End is { } end) _sheet.Cell(row, 8).Value = (double)end;
        else ExcelText.Set(_sheet.Cell(row, 8), "∞");
        _sheet.Cell(row, 7).Style.NumberFormat.Format = "#,##0";
        _sheet.Cell(row, 8).Style.NumberFormat.Format = "#,##0";
        _sheet.Cell(row, PriceColumn).Value = (double)tier.UsdPerUnit;
        _sheet.Cell(row, PriceColumn).Style.NumberFormat.Format = "$0.00########";
        ExcelText.Set(_sheet.Cell(row, 10), price.TermType);
        ExcelText.Set(_sheet.Cell(row, 11), price.PublicationDate);
        ExcelText.Set(_sheet.Cell(row, 12), price.Quality);
        ExcelText.Set(_sheet.Cell(row, 13), price.Source);
        if (price.Quality != PriceQuality.PriceList) _sheet.Cell(row, 12).Style.Font.SetFontColor(XLColor.FromHtml("#C00000"));
        return row;
    }

    private static string Address(int row, int column) => $"{SheetName}!${XLHelper.GetColumnLetterFromNumber(column)}${row}";
}
