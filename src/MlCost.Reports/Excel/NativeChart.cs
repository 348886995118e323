using System.IO.Packaging;
using System.Security;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MlCost.Reports.Excel;

/// <summary>
/// Adds a native Excel chart to a saved workbook (ClosedXML 0.95 cannot): a scatter chart with straight lines
/// of the Sweep sheet, one series per option, on a logarithmic volume axis. Its data are references to the
/// sweep's formula cells, so the chart follows any change to the assumptions.
/// </summary>
internal static class NativeChart
{
    /// <summary>The first row of the marker table the chart sheet holds below the chart (two rows a marker).</summary>
    public const int MarkerRow = 38;

    /// <param name="markers">How many vertical marker lines (the scenario's volume, the crossings) the chart sheet's marker table holds.</param>
    public static void Add(string path, string chartSheet, string sweepSheet, int series, int lastRow, string title, bool logCost, int markers = 0)
    {
        AddChartPart(path, chartSheet, sweepSheet, series, lastRow, title, logCost, markers);
        MoveChartsToExcelsFolder(path);
    }

    private static void AddChartPart(string path, string chartSheet, string sweepSheet, int series, int lastRow, string title, bool logCost, int markers)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == chartSheet);
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);

        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var chartPart = drawingsPart.AddNewPart<ChartPart>();
        using (var stream = chartPart.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(ChartXml(sweepSheet, chartSheet, series, lastRow, title, logCost, markers));
        using (var stream = drawingsPart.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(DrawingXml(drawingsPart.GetIdOfPart(chartPart)));

        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        // <drawing> follows the page set-up elements and precedes legacy drawings, tables and extensions.
        var before = worksheetPart.Worksheet.Elements().FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or TableParts or WorksheetExtensionList);
        if (before is null) worksheetPart.Worksheet.Append(drawing);
        else worksheetPart.Worksheet.InsertBefore(drawing, before);
        worksheetPart.Worksheet.Save();
    }

    private const string ChartRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

    /// <summary>
    /// The SDK files a drawing's chart under xl/drawings/charts/; Excel itself keeps charts in xl/charts/, where
    /// tools look for them. Move each chart part there and point its drawing at the new place.
    /// </summary>
    private static void MoveChartsToExcelsFolder(string path)
    {
        using var package = Package.Open(path, FileMode.Open, FileAccess.ReadWrite);
        var number = 1;
        foreach (var drawing in package.GetParts().Where(p => p.Uri.OriginalString.StartsWith("/xl/drawings/drawing", StringComparison.Ordinal)).ToList())
            foreach (var link in drawing.GetRelationshipsByType(ChartRelationship).ToList())
            {
                var oldUri = PackUriHelper.ResolvePartUri(drawing.Uri, link.TargetUri);
                var old = package.GetPart(oldUri);
                var moved = package.CreatePart(new Uri($"/xl/charts/chart{number++}.xml", UriKind.Relative), old.ContentType, CompressionOption.Normal);
                using (var from = old.GetStream(FileMode.Open, FileAccess.Read))
                using (var to = moved.GetStream(FileMode.Create, FileAccess.Write))
                    from.CopyTo(to);
                drawing.DeleteRelationship(link.Id);
                drawing.CreateRelationship(PackUriHelper.GetRelativeUri(drawing.Uri, moved.Uri), TargetMode.Internal, ChartRelationship, link.Id);
                package.DeletePart(oldUri);
            }
    }

    private static string DrawingXml(string chartId) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
          <xdr:twoCellAnchor>
            <xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>34</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
            <xdr:graphicFrame macro="">
              <xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Cost against volume"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
              <xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
              <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">
                <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{chartId}"/>
              </a:graphicData></a:graphic>
            </xdr:graphicFrame>
            <xdr:clientData/>
          </xdr:twoCellAnchor>
        </xdr:wsDr>
        """;

    private static string ChartXml(string sweepSheet, string chartSheet, int series, int lastRow, string title, bool logCost, int markers)
    {
        var sheet = $"'{sweepSheet.Replace("'", "''")}'";
        var seriesXml = new StringBuilder();
        for (var i = 0; i < series; i++)
        {
            var column = XLHelper.GetColumnLetterFromNumber(i + 2);
            seriesXml.Append($"""
                <c:ser><c:idx val="{i}"/><c:order val="{i}"/>
                  <c:tx><c:strRef><c:f>{sheet}!${column}$1</c:f></c:strRef></c:tx>
                  <c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="{Charts.OptionColours.Of(i)}"/></a:solidFill><a:prstDash val="solid"/></a:ln></c:spPr>
                  <c:marker><c:symbol val="none"/></c:marker>
                  <c:xVal><c:numRef><c:f>{sheet}!$A$2:$A${lastRow}</c:f></c:numRef></c:xVal>
                  <c:yVal><c:numRef><c:f>{sheet}!${column}$2:${column}${lastRow}</c:f></c:numRef></c:yVal>
                  <c:smooth val="0"/>
                </c:ser>
                """);
        }
        // Each marker: a dashed vertical line through its two rows of the marker table, its name shown at the top point,
        // and no legend entry (the label says what it is).
        var own = $"'{chartSheet.Replace("'", "''")}'";
        var legendEntries = new StringBuilder();
        for (var m = 0; m < markers; m++)
        {
            var (index, top) = (series + m, MarkerRow + 2 * m);
            seriesXml.Append($"""
                <c:ser><c:idx val="{index}"/><c:order val="{index}"/>
                  <c:tx><c:strRef><c:f>{own}!$A${top}</c:f></c:strRef></c:tx>
                  <c:spPr><a:ln w="12700"><a:solidFill><a:srgbClr val="{(m == 0 ? "404040" : "8C8C8C")}"/></a:solidFill><a:prstDash val="{(m == 0 ? "dash" : "sysDot")}"/></a:ln></c:spPr>
                  <c:marker><c:symbol val="none"/></c:marker>
                  <c:dLbls><c:dLbl><c:idx val="1"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>
                    <c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>
                  <c:xVal><c:numRef><c:f>{own}!$B${top}:$B${top + 1}</c:f></c:numRef></c:xVal>
                  <c:yVal><c:numRef><c:f>{own}!$C${top}:$C${top + 1}</c:f></c:numRef></c:yVal>
                  <c:smooth val="0"/>
                </c:ser>
                """);
            legendEntries.Append($"""<c:legendEntry><c:idx val="{index}"/><c:delete val="1"/></c:legendEntry>""");
        }
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <c:roundedCorners val="0"/>
              <c:chart>
                <c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{SecurityElement.Escape(title)}: monthly cost against volume</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
                <c:autoTitleDeleted val="0"/>
                <c:plotArea><c:layout/>
                  <c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>
                    {seriesXml}
                    <c:axId val="1001"/><c:axId val="1002"/>
                  </c:scatterChart>
                  <c:valAx><c:axId val="1001"/><c:scaling><c:logBase val="10"/><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>
                    <c:majorGridlines/>
                    <c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Requests per month (log scale)</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
                    <c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>
                    <c:crossAx val="1002"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>
                  <c:valAx><c:axId val="1002"/><c:scaling>{(logCost ? "<c:logBase val=\"10\"/>" : "")}<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>
                    <c:majorGridlines/>
                    <c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Monthly cost (USD{(logCost ? ", log scale" : "")})</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
                    <c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>
                    <c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>
                </c:plotArea>
                <c:legend><c:legendPos val="r"/>{legendEntries}<c:overlay val="0"/></c:legend>
                <c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>
              </c:chart>
            </c:chartSpace>
            """;
    }
}
