using System.Text.Json;
using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>The machine contract of compare and breakeven: camelCase, decimals at full precision.</summary>
public static class JsonReport
{
    public static void Write(TextWriter output, CostReport report) =>
        output.WriteLine(JsonSerializer.Serialize(report, Json.Options));
}
