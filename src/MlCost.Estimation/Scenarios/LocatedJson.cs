using System.Numerics;
using Newtonsoft.Json;

namespace MlCost.Estimation.Scenarios;

internal enum JsonKind { Object, Array, String, Number, Boolean, Null }

/// <summary>An object's property, with the line and column Newtonsoft.Json reports for its name.</summary>
internal sealed record LocatedProperty(string Name, int Line, int Column, LocatedJson Value);

/// <summary>
/// A JSON value as read from a user's file, with the line and column Newtonsoft.Json's reader reports for it, so that
/// every mistake can be pointed at. Read with <see cref="JsonTextReader"/> (numbers as decimal, dates left as text,
/// comments skipped, a property given twice refused), as <c>JToken</c> would, without <c>JToken</c>: its first use
/// loads LINQ expression trees, ComponentModel and ObjectModel for features the readers never use, a cost every
/// <c>compare</c> paid at start-up.
/// </summary>
internal sealed class LocatedJson
{
    private LocatedJson(JsonKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text of a string.</summary>
    public string? String { get; private init; }

    public decimal Number { get; private init; }

    public bool Boolean { get; private init; }

    public IReadOnlyList<LocatedProperty> Properties { get; private init; } = [];

    public IReadOnlyList<LocatedJson> Items { get; private init; } = [];

    /// <summary>An object's property value by name; null when absent (a JSON <c>null</c> is a value of kind Null).</summary>
    public LocatedJson? this[string name]
    {
        get
        {
            foreach (var property in Properties)
                if (property.Name == name) return property.Value;
            return null;
        }
    }

    /// <summary>The value as a message shows it: a string quoted, a container named, anything else as written.</summary>
    public string Show() => Kind switch
    {
        JsonKind.String => $"\"{String}\"",
        JsonKind.Object => "an object",
        JsonKind.Array => "a list",
        JsonKind.Number => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonKind.Boolean => Boolean ? "true" : "false",
        _ => "null",
    };

    /// <summary>The one JSON value a text holds; anything but whitespace and comments after it is refused by the reader.</summary>
    /// <exception cref="JsonReaderException">The text is not JSON, or holds a number decimal cannot (see its message).</exception>
    public static LocatedJson Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        Next(reader, "the text holds no JSON value");
        var root = ReadValue(reader);
        // Comments may follow; the reader itself refuses any other text after the value ("Additional text encountered").
        while (reader.Read()) { }
        return root;
    }

    private static LocatedJson ReadValue(JsonTextReader reader)
    {
        var (line, column) = (reader.LineNumber, reader.LinePosition);
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                var properties = new List<LocatedProperty>();
                while (Next(reader, "the text ends before an object is closed with }") == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value!;
                    var (nameLine, nameColumn) = (reader.LineNumber, reader.LinePosition);
                    if (properties.Exists(p => p.Name == name))
                        throw Refused(reader, $"Property with the name '{name}' already exists in the current JSON object");
                    Next(reader, $"the text ends before a value is given for '{name}'");
                    properties.Add(new LocatedProperty(name, nameLine, nameColumn, ReadValue(reader)));
                }
                return new LocatedJson(JsonKind.Object, line, column) { Properties = properties };
            case JsonToken.StartArray:
                var items = new List<LocatedJson>();
                while (Next(reader, "the text ends before a list is closed with ]") != JsonToken.EndArray)
                    items.Add(ReadValue(reader));
                return new LocatedJson(JsonKind.Array, line, column) { Items = items };
            case JsonToken.String:
                return new LocatedJson(JsonKind.String, line, column) { String = (string)reader.Value! };
            case JsonToken.Float or JsonToken.Integer:
                return new LocatedJson(JsonKind.Number, line, column) { Number = ReadNumber(reader) };
            case JsonToken.Boolean:
                return new LocatedJson(JsonKind.Boolean, line, column) { Boolean = (bool)reader.Value! };
            case JsonToken.Null or JsonToken.Undefined:
                return new LocatedJson(JsonKind.Null, line, column);
            default:
                throw Refused(reader, $"Unexpected {reader.TokenType}: only JSON objects, lists, strings, numbers, true, false and null are read");
        }
    }

    /// <summary>A number as decimal. Integers come as long, or as BigInteger past long; one past decimal is refused in the reader's own words for a float.</summary>
    private static decimal ReadNumber(JsonTextReader reader) => reader.Value switch
    {
        decimal d => d,
        long l => l,
        BigInteger big when big >= (BigInteger)decimal.MinValue && big <= (BigInteger)decimal.MaxValue => (decimal)big,
        var other => throw Refused(reader, $"Input string '{other}' is not a valid decimal"),
    };

    /// <summary>The next token that is not a comment; the end of the text before it is an error.</summary>
    private static JsonToken Next(JsonTextReader reader, string atEnd)
    {
        do
        {
            if (!reader.Read()) throw Refused(reader, atEnd);
        } while (reader.TokenType == JsonToken.Comment);
        return reader.TokenType;
    }

    private static JsonReaderException Refused(JsonTextReader reader, string message) =>
        new($"{message}. Path '{reader.Path}', line {reader.LineNumber}, position {reader.LinePosition}.", reader.Path, reader.LineNumber, reader.LinePosition, null);
}
