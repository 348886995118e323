using Microsoft.CodeAnalysis;

namespace MlCost.Analyzers.Rules
{
    /// <summary>Every rule's id, title, message and help link, in one place.</summary>
    internal static class RuleIdentifiers
    {
        public const string OnDemandTraining = "MLC0001";
        public const string SpotTrainingMisconfigured = "MLC0002";
        public const string TrainingWithoutRuntimeBound = "MLC0003";
        public const string EndpointWithoutAutoScaling = "MLC0005";
        public const string InvokeEndpointPerItem = "MLC0006";
        public const string EndpointPerModel = "MLC0007";
        public const string CostlyNotebook = "MLC0009";
        public const string OnDemandTuning = "MLC0010";
        public const string FullDataCapture = "MLC0011";
        public const string CostlyEndpointVariant = "MLC0004";
        public const string TextractFeatureBundle = "MLC0008";
        public const string LargestJobCost = "MLC0012";
        public const string AiServiceCallPerItem = "MLC0013";
        public const string PriceFileUnreadable = "MLC0014";

        public static string HelpUri(string id) => $"https://github.com/mlcost/mlcost/blob/main/docs/rules/{id}.md";

        public static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags) =>
            new DiagnosticDescriptor(id, title, message, "Cost", severity, isEnabledByDefault: true, description, HelpUri(id), tags);
    }
}
