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
    private const int PriceColumn = 8;
    private const int TierBeginColumn = 13;
    private const int TierEndColumn = 14;

    private readonly IXLWorksheet _sheet;
    private readonly Dictionary<(string Sku, string TermType, string RateCode), int> _rows = [];
    private int _next = 4;

    public PriceSheet(IXLWorkbook workbook)
    {
        _sheet = workbook.Worksheets.Add(SheetName);
        _sheet.Cell(1, 1).Value = "Prices used in this workbook";
        _sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        _sheet.Cell(2, 1).Value = "price-list: read from an AWS price file. secondary: quoted by a third party; refresh or import AWS files to replace it.";
        // The tier as a reader says it ("0 – 1,000,000", "over 1,000,000"); its bounds as numbers, which the option
        // sheets' tier formulas read, last.
        string[] headers = ["Service", "Region", "Price", "SKU", "Rate code", "Unit", "Tier", "USD per unit", "Term", "Published", "Quality", "Source", "Tier from", "Tier to"];
        for (var i = 0; i < headers.Length; i++) _sheet.Cell(3, i + 1).Value = headers[i];
        _sheet.Range(3, 1, 3, headers.Length).Style.Font.SetBold().Border.SetBottomBorder(XLBorderStyleValues.Thin);
        double[] widths = [13, 12, 34, 19, 30, 11, 24, 14, 10, 22, 11, 56, 13, 13];
        for (var i = 0; i < widths.Length; i++) _sheet.Column(i + 1).Width = widths[i];
        foreach (var wrapped in new[] { 3, 5, 10, 12 }) _sheet.Column(wrapped).Style.Alignment.SetWrapText(true);
        _sheet.Columns(1, headers.Length).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        _sheet.SheetView.FreezeRows(3);
    }

    public IXLWorksheet Sheet => _sheet;

    /// <summary>The absolute address of a tier's USD price, adding the row on first use.</summary>
    public string UnitPrice(PriceRecord price, PriceTier tier) => Address(Row(price, tier), PriceColumn);

    public string TierBegin(PriceRecord price, PriceTier tier) => Address(Row(price, tier), TierBeginColumn);

    public string TierEnd(PriceRecord price, PriceTier tier) => Address(Row(price, tier), TierEndColumn);

    /// <summary>"0 – 1,000,000", "over 1,000,000", or "every unit" for a price with one tier.</summary>
    private static string TierText(PriceRecord price, PriceTier tier) =>
        price.IsFlat ? "every unit"
        : tier.End is { } end ? $"{Text.Numbers.Count(tier.Begin)} – {Text.Numbers.Count(end)}"
        : $"over {Text.Numbers.Count(tier.Begin)}";

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
        ExcelText.Set(_sheet.Cell(row, 7), TierText(price, tier));
        _sheet.Cell(row, TierBeginColumn).Value = (double)tier.Begin;
        if (tier.End is { } end) _sheet.Cell(row, TierEndColumn).Value = (double)end;
        else ExcelText.Set(_sheet.Cell(row, TierEndColumn), "none");
        _sheet.Range(row, TierBeginColumn, row, TierEndColumn).Style.NumberFormat.Format = "#,##0";
        _sheet.Range(row, TierBeginColumn, row, TierEndColumn).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        _sheet.Cell(row, PriceColumn).Value = (double)tier.UsdPerUnit;
        _sheet.Cell(row, PriceColumn).Style.NumberFormat.Format = "$0.00########";
        ExcelText.Set(_sheet.Cell(row, 9), price.TermType);
        ExcelText.Set(_sheet.Cell(row, 10), price.PublicationDate);
        ExcelText.Set(_sheet.Cell(row, 11), price.Quality);
        ExcelText.Set(_sheet.Cell(row, 12), price.Source);
        if (price.Quality != PriceQuality.PriceList) _sheet.Cell(row, 11).Style.Font.SetFontColor(XLColor.FromHtml("#C00000"));
        return row;
    }

    private static string Address(int row, int column) => $"{SheetName}!${XLHelper.GetColumnLetterFromNumber(column)}${row}";
}
