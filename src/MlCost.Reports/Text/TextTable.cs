namespace MlCost.Reports.Text;

/// <summary>
/// A plain-text table: columns sized to their content, numbers right-aligned, and the one flexible column
/// wrapped onto more lines so the table fits the width it is given. No cell is ever cut: when the other columns
/// alone are wider than that, the table is wider too.
/// </summary>
public sealed class TextTable(params TextTable.Column[] columns)
{
    public sealed record Column(string Header, bool AlignRight = false, bool Flexible = false);

    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != columns.Length) throw new ArgumentException($"expected {columns.Length} cells, got {cells.Length}");
        _rows.Add(cells);
    }

    public void Write(TextWriter output, int width = 80)
    {
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var flexible = Array.FindIndex(columns, c => c.Flexible);
        var total = widths.Sum() + 2 * (columns.Length - 1);
        if (flexible >= 0 && total > width)
            widths[flexible] = Math.Max(columns[flexible].Header.Length, widths[flexible] - (total - width));
        WriteRow(output, columns.Select(c => c.Header).ToArray(), widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows) WriteRow(output, row, widths);
    }

    private void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((cell, i) => cell.Length > widths[i] ? Wrap(cell, widths[i]) : [cell]).ToArray();
        for (var line = 0; line < wrapped.Max(w => w.Count); line++)
        {
            var parts = wrapped.Select((lines, i) =>
            {
                var text = line < lines.Count ? lines[line] : "";
                return columns[i].AlignRight ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
            });
            output.WriteLine(string.Join("  ", parts).TrimEnd());
        }
    }

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters, at spaces where it can.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            if (line.Length > 0 && line.Length + 1 + rest.Length <= width)
            {
                line += " " + rest;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            while (rest.Length > width)
            {
                lines.Add(rest[..width]);
                rest = rest[width..];
            }
            line = rest;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    /// <summary>Writes <paramref name="text"/> wrapped at word boundaries to <paramref name="width"/> columns.</summary>
    public static void WriteWrapped(TextWriter output, string text, int width = 80, string indent = "")
    {
        // The text's own leading spaces indent its first line; later lines take indent.
        var lead = text[..(text.Length - text.TrimStart(' ').Length)];
        var line = lead;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fresh = line.Length == 0 || line == lead || line == indent;
            if (!fresh && line.Length + 1 + word.Length > width)
            {
                output.WriteLine(line);
                line = indent;
                fresh = true;
            }
            line = fresh ? line + word : line + " " + word;
        }
        if (line.Trim().Length > 0) output.WriteLine(line);
    }
}
