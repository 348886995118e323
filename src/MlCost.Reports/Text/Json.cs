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
    };

    /// <summary>The same, writing nulls: where null means something (a tier's open end).</summary>
    public static readonly JsonSerializerOptions OptionsWithNulls = new(Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}
