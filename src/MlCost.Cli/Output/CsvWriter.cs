namespace MlCost.Cli.Output;

/// <summary>Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.</summary>
internal sealed class CsvWriter(TextWriter output)
{
    public void Row(params string?[] fields) =>
        output.Write(string.Join(',', fields.Select(Quote)) + "\r\n");

    private static string Quote(string? field)
    {
        field ??= "";
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
