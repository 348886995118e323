using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>
/// Pulls JSON tokens from a stream through a fixed window, so a file of any size is read in
/// constant memory (the window grows only for a single token larger than it). A UTF-8 BOM is skipped.
/// The current token's value is valid until the next <see cref="Read"/>.
/// </summary>
internal sealed class JsonTokenStream
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state;
    private int _valueStart;
    private int _valueLength;
    private bool _valueEscaped;

    public JsonTokenStream(Stream stream, int bufferSize = 64 * 1024)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, 4)];
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>Depth of the current token; a closing brace has the depth of its opening one.</summary>
    public int Depth { get; private set; }

    /// <summary>1-based line of the current token, for error messages.</summary>
    public long Line { get; private set; } = 1;

    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException e)
            {
                throw new PriceFileException(e.Message, (e.LineNumber ?? 0) + 1);
            }
            if (read)
            {
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                if (TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number)
                {
                    var quote = TokenType == JsonTokenType.Number ? 0 : 1;
                    _valueStart = _start + (int)reader.TokenStartIndex + quote;
                    _valueLength = reader.ValueSpan.Length;
                    _valueEscaped = reader.ValueIsEscaped;
                }
                // A token holds no raw line break, so every one consumed lies before it.
                Line += _buffer.AsSpan(_start, (int)reader.BytesConsumed).Count((byte)'\n');
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }
            if (_final)
            {
                if (Depth > 0 || reader.CurrentDepth > 0)
                    throw new PriceFileException("the JSON ends before it is complete (truncated file?)", Line);
                return false;
            }
            Fill();
        }
    }

    /// <summary>Reads the next token and fails unless it is <paramref name="expected"/>.</summary>
    public void Expect(JsonTokenType expected)
    {
        if (!Read()) throw new PriceFileException($"expected {Describe(expected)} but the file ended", Line);
        if (TokenType != expected) throw new PriceFileException($"expected {Describe(expected)} but found {Describe(TokenType)}", Line);
    }

    /// <summary>True when the current string or property name is exactly <paramref name="utf8"/>.</summary>
    public bool ValueIs(ReadOnlySpan<byte> utf8) =>
        _valueEscaped ? GetString() == Encoding.UTF8.GetString(utf8) : _buffer.AsSpan(_valueStart, _valueLength).SequenceEqual(utf8);

    public string GetString()
    {
        if (TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number))
            return TokenType switch
            {
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => "",
                _ => throw new PriceFileException($"expected a value but found {Describe(TokenType)}", Line),
            };
        if (!_valueEscaped) return Encoding.UTF8.GetString(_buffer, _valueStart, _valueLength);
        var quoted = _buffer.AsSpan(_valueStart - 1, _valueLength + 2);
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>The current string or number as a decimal; Price List numbers are strings like "0.0400000000".</summary>
    public decimal GetDecimal()
    {
        var span = _buffer.AsSpan(_valueStart, _valueLength);
        if (!_valueEscaped && Utf8Parser.TryParse(span, out decimal value, out var consumed) && consumed == span.Length)
            return value;
        var text = GetString();
        return PriceNumber.Parse(text) ?? throw new PriceFileException($"'{text}' is not a number", Line);
    }

    /// <summary>Skips the value of the current property, or the rest of the current object or array.</summary>
    public void SkipValue()
    {
        if (TokenType == JsonTokenType.PropertyName && !Read())
            throw new PriceFileException("the file ended inside a value", Line);
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = Depth;
        while (Read())
            if (Depth == depth && TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                return;
        throw new PriceFileException("the file ended inside a value", Line);
    }

    /// <summary>Reads a flat object of string values (attributes, termAttributes) into a dictionary.</summary>
    public Dictionary<string, string> ReadStringMap()
    {
        Expect(JsonTokenType.StartObject);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (Read() && TokenType == JsonTokenType.PropertyName)
        {
            var key = GetString();
            if (!Read()) break;
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) SkipValue();
            else map[key] = GetString();
        }
        return map;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _valueStart -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        _end += read;
        if (_started) return;
        // A BOM is only recognised whole, so the first fill reads at least its three bytes.
        while (!_final && _end < Utf8Bom.Length)
        {
            var more = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (more == 0) _final = true;
            _end += more;
        }
        _started = true;
        if (_buffer.AsSpan(0, _end).StartsWith(Utf8Bom)) _start = Utf8Bom.Length;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        _ => type.ToString().ToLowerInvariant(),
    };
}
