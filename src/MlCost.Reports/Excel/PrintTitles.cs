using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MlCost.Reports.Excel;

/// <summary>
/// Makes the saved workbook's print titles (the header rows repeated on every printed page) absolute row ranges,
/// <c>Sweep!$1:$1</c>: ClosedXML writes <c>Sweep!1:1</c>, which Excel reads but LibreOffice ignores, printing a long
/// sheet's later pages without their header.
/// </summary>
internal static partial class PrintTitles
{
    public static void MakeAbsolute(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var names = document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>() ?? [];
        foreach (var name in names.Where(n => n.Name == "_xlnm.Print_Titles"))
            name.Text = RelativeRows().Replace(name.Text, "!$$${first}:$$${last}");
        document.WorkbookPart.Workbook.Save();
    }

    [GeneratedRegex(@"!(?<first>\d+):(?<last>\d+)$")]
    private static partial Regex RelativeRows();
}
