using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.CostModels;

/// <summary>
/// Monthly free-tier allowances of the AI services, from the AWS Free Tier page (aws.amazon.com/free): they
/// are not in the Price List, last only for the first months of an account, and are off unless the scenario
/// turns them on. SageMaker's free tier (notebook and training hours for two months) is not modelled.
/// </summary>
public static class FreeTierAllowances
{
    public const string Source = "AWS Free Tier (aws.amazon.com/free); not in the Price List";

    /// <summary>Free units per month, and for how long, for an AI-service option; null when it has none.</summary>
    public static (decimal Units, string Duration)? For(AiServiceOption option) => (option.Service, option.Operation) switch
    {
        ("textract", "DetectDocumentText" or "StartDocumentTextDetection") => (1_000, "first 3 months"),
        ("textract", "AnalyzeDocument" or "StartDocumentAnalysis" or "AnalyzeExpense" or "StartExpenseAnalysis" or "AnalyzeID") => (100, "first 3 months"),
        ("comprehend", _) when option.Operation.StartsWith("Detect", StringComparison.Ordinal) || option.Operation == "ContainsPiiEntities" => (50_000, "first 12 months"),
        ("rekognition", _) => (1_000, "first 12 months"),
        ("translate", "TranslateText" or "TranslateDocument" or "StartTextTranslationJob") => (2_000_000, "first 12 months"),
        ("transcribe", "StartTranscriptionJob" or "StartStreamTranscription") => (3_600, "first 12 months"),
        ("polly", _) when option.Engine == "standard" => (5_000_000, "first 12 months"),
        ("polly", _) when option.Engine == "neural" => (1_000_000, "first 12 months"),
        _ => null,
    };
}
