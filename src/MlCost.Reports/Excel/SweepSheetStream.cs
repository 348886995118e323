using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MlCost.Reports.Excel;

/// <summary>
/// Streams the Sweep sheet's rows into a saved workbook with the SDK's forward-only writer: tens of
/// thousands of formula cells would cost ClosedXML a cell object each (about a gigabyte and seconds for a
/// 10,000-row sweep of 20 options). The sheet's other parts (columns, panes, page set-up) are copied as
/// ClosedXML wrote them, and the row ClosedXML wrote first supplies the cell styles.
/// </summary>
internal static class SweepSheetStream
{
    /// <param name="header">Column titles (user text: written as inline strings, never formulas).</param>
    /// <param name="volumes">Column A, one row each.</param>
    /// <param name="formula">The formula of option column <c>c</c> (0-based) in worksheet row <c>r</c>.</param>
    public static void Write(string path, string sheetName, IReadOnlyList<string> header, IReadOnlyList<decimal> volumes, Func<int, int, string> formula)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var old = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var (headerStyle, volumeStyle, costStyle) = Styles(old);

        var replacement = workbookPart.AddNewPart<WorksheetPart>();
        using (var reader = OpenXmlReader.Create(old))
        using (var writer = OpenXmlWriter.Create(replacement))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SheetData))
                {
                    if (reader.IsStartElement) WriteRows(writer, header, volumes, formula, headerStyle, volumeStyle, costStyle);
                    reader.Skip();
                    if (reader.ElementType == typeof(SheetData) && reader.IsEndElement) continue;
                }
                if (reader.IsStartElement)
                {
                    writer.WriteStartElement(reader);
                    if (reader.ElementType.IsSubclassOf(typeof(OpenXmlLeafTextElement))) writer.WriteString(reader.GetText());
                }
                else if (reader.IsEndElement)
                {
                    writer.WriteEndElement();
                }
            }
        }
        sheet.Id = workbookPart.GetIdOfPart(replacement);
        workbookPart.DeletePart(old);
        // The calculation chain listed the old sheet's cells; Excel rebuilds it, and the workbook recalculates on load.
        if (workbookPart.CalculationChainPart is { } chain) workbookPart.DeletePart(chain);
        workbookPart.Workbook.Save();
    }

    private static void WriteRows(OpenXmlWriter writer, IReadOnlyList<string> header, IReadOnlyList<decimal> volumes,
        Func<int, int, string> formula, uint? headerStyle, uint? volumeStyle, uint? costStyle)
    {
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var c = 0; c < header.Count; c++)
            writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(header[c]))) { CellReference = Reference(c, 1), DataType = CellValues.InlineString, StyleIndex = headerStyle });
        writer.WriteEndElement();
        for (var i = 0; i < volumes.Count; i++)
        {
            var row = (uint)(i + 2);
            writer.WriteStartElement(new Row { RowIndex = row });
            writer.WriteElement(new Cell(new CellValue(volumes[i])) { CellReference = Reference(0, row), StyleIndex = volumeStyle });
            for (var c = 1; c < header.Count; c++)
                writer.WriteElement(new Cell(new CellFormula(formula(c - 1, (int)row))) { CellReference = Reference(c, row), StyleIndex = costStyle });
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>The styles ClosedXML gave the header, the first volume and the first cost cell.</summary>
    private static (uint?, uint?, uint?) Styles(WorksheetPart part)
    {
        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.StyleIndex?.Value);
        return (cells.GetValueOrDefault("A1"), cells.GetValueOrDefault("A2"), cells.GetValueOrDefault("B2"));
    }

    private static string Reference(int column, uint row) => $"{ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(column + 1)}{row}";
}
