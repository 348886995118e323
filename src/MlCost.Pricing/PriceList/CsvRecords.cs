using System.Text;

namespace MlCost.Pricing.PriceList;

/// <summary>Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) one at a time.</summary>
internal sealed class CsvRecords(TextReader reader)
{
    private readonly StringBuilder _field = new();

    /// <summary>1-based line on which the last record returned began.</summary>
    public long Line { get; private set; }

    private long _nextLine = 1;

    public List<string>? Next()
    {
        Line = _nextLine;
        var fields = new List<string>();
        _field.Clear();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c == -1)
            {
                if (quoted) throw new PriceFileException("a quoted field is not closed before the end of the file", Line);
                if (!any) return null;
                fields.Add(_field.ToString());
                return fields;
            }
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); _field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') _nextLine++;
                    _field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(_field.ToString()); _field.Clear(); break;
                case '\r': break;
                case '\n':
                    _nextLine++;
                    fields.Add(_field.ToString());
                    return fields;
                case '\uFEFF' when Line == 1 && fields.Count == 0 && _field.Length == 0: break;
                default: _field.Append((char)c); break;
            }
        }
    }
}
