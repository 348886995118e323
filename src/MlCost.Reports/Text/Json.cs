using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlCost.Reports.Text;

/// <summary>JSON output: camelCase, indented, decimals at full precision, nulls left out.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ExactDecimal() },
        // Compiled metadata for the report contract; reflection for the small ad-hoc shapes of `prices`.
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The same, writing nulls: where null means something (a tier's open end).</summary>
    public static readonly JsonSerializerOptions OptionsWithNulls = new(Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Writes a decimal with every significant digit and no trailing zeros (1500.0006, not 1500.00060000).</summary>
    private sealed class ExactDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        // Dividing by 1 with 28 zero decimals keeps the value and drops the scale that trailing zeros carry.
        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
    }
}
