namespace MlCost.Reports.Text;

/// <summary>
/// A plain-text table: columns sized to their content, numbers right-aligned, and the one flexible column
/// shortened (with "…") so the table fits the width it is given.
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
        var parts = cells.Select((cell, i) =>
        {
            var text = cell.Length > widths[i] ? cell[..Math.Max(0, widths[i] - 1)] + "…" : cell;
            return columns[i].AlignRight ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
        });
        output.WriteLine(string.Join("  ", parts).TrimEnd());
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
