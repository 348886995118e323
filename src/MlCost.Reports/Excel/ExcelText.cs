using ClosedXML.Excel;

namespace MlCost.Reports.Excel;

/// <summary>Writes user text (scenario and option names) so it can never become a formula.</summary>
internal static class ExcelText
{
    /// <summary>The number format that shows a TRUE/FALSE formula as TRUE or FALSE in Excel and LibreOffice alike.</summary>
    public const string TrueFalse = "\"TRUE\";\"TRUE\";\"FALSE\"";

    public static void Set(IXLCell cell, string text)
    {
        // ClosedXML treats a string value starting with '=' as a formula; a text-typed value is never one,
        // and the quote prefix keeps Excel and LibreOffice from reading "=", "+", "-" or "@" as one on edit.
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (text.Length > 0 && "=+-@".Contains(text[0])) cell.Style.IncludeQuotePrefix = true;
    }
}
