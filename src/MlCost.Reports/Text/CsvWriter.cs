namespace MlCost.Reports.Text;

/// <summary>
/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, and text that a spreadsheet
/// would run as a formula (=, +, -, @ first, and not a number) is prefixed with an apostrophe.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    public void Row(params string?[] fields) =>
        output.Write(string.Join(',', fields.Select(Quote)) + "\r\n");

    private static string Quote(string? field)
    {
        field ??= "";
        if (field.Length > 0 && "=+-@".Contains(field[0]) && !decimal.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
