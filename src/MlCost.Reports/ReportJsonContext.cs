using System.Text.Json.Serialization;

namespace MlCost.Reports;

/// <summary>Compiled JSON metadata for the report contract: no reflection at run time, so JSON output starts fast.</summary>
[JsonSerializable(typeof(CostReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
