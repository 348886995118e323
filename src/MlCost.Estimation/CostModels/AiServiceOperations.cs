using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.CostModels;

/// <summary>What one request of an AI-service operation is billed in.</summary>
public enum BillingUnit
{
    /// <summary>Pages (Textract): pagesPerRequest.</summary>
    Pages,
    /// <summary>Units of 100 characters, at least 3 per request (Comprehend).</summary>
    ComprehendUnits,
    /// <summary>Images (Rekognition): imagesPerRequest, per API call.</summary>
    Images,
    /// <summary>Characters (Translate, Polly): charactersPerRequest.</summary>
    Characters,
    /// <summary>Whole seconds of audio, at least 15 per request (Transcribe).</summary>
    AudioSeconds,
}

/// <summary>The AI-service operations MlCost prices, and how each bills a request.</summary>
public static class AiServiceOperations
{
    private static readonly Dictionary<string, (string[] Operations, BillingUnit Unit)> ByService = new(StringComparer.Ordinal)
    {
        [Service.Textract.ShortName] = (["DetectDocumentText", "AnalyzeDocument", "AnalyzeExpense", "AnalyzeID",
            "StartDocumentTextDetection", "StartDocumentAnalysis", "StartExpenseAnalysis", "StartLendingAnalysis"], BillingUnit.Pages),
        [Service.Comprehend.ShortName] = (["DetectSentiment", "DetectEntities", "DetectKeyPhrases", "DetectDominantLanguage", "DetectSyntax",
            "DetectPiiEntities", "ContainsPiiEntities", "DetectTargetedSentiment", "DetectToxicContent"], BillingUnit.ComprehendUnits),
        [Service.Rekognition.ShortName] = (RekognitionApiGroups.Operations.ToArray(), BillingUnit.Images),
        [Service.Translate.ShortName] = (["TranslateText", "TranslateDocument", "StartTextTranslationJob"], BillingUnit.Characters),
        [Service.Transcribe.ShortName] = (["StartTranscriptionJob", "StartStreamTranscription", "StartCallAnalyticsJob",
            "StartCallAnalyticsStreamTranscription", "StartMedicalTranscriptionJob", "StartMedicalStreamTranscription"], BillingUnit.AudioSeconds),
        [Service.Polly.ShortName] = (["SynthesizeSpeech"], BillingUnit.Characters),
    };

    public static IEnumerable<string> Services => ByService.Keys;

    public static IReadOnlyList<string> Operations(string service) => ByService.TryGetValue(service, out var entry) ? entry.Operations : [];

    public static BillingUnit Unit(string service) => ByService[service].Unit;

    /// <summary>Textract operations whose price depends on the feature bundle.</summary>
    public static bool TakesFeatures(string operation) => operation is "AnalyzeDocument" or "StartDocumentAnalysis";

    public static readonly string[] TextractFeatures = ["FORMS", "TABLES", "QUERIES", "SIGNATURES", "LAYOUT", "CUSTOM_QUERIES"];

    public static readonly string[] PollyEngines = ["standard", "neural", "long-form", "generative"];

    /// <summary>Comprehend bills units of 100 characters with a minimum of 3 units per request.</summary>
    public const int ComprehendMinimumUnits = 3;

    /// <summary>Transcribe bills per second with a 15-second minimum per request (AWS Transcribe pricing page; not in the price data).</summary>
    public const int TranscribeMinimumSeconds = 15;

    /// <summary>Billed units of one request.</summary>
    public static Components.Expr UnitsPerRequest(BillingUnit unit, ScenarioInputs workload) => unit switch
    {
        BillingUnit.Pages => workload.PagesPerRequest,
        BillingUnit.ComprehendUnits => Components.Expr.Max(ComprehendMinimumUnits, Components.Expr.Ceiling(workload.CharactersPerRequest / 100m)),
        BillingUnit.Images => workload.ImagesPerRequest,
        BillingUnit.Characters => workload.CharactersPerRequest,
        BillingUnit.AudioSeconds => Components.Expr.Max(TranscribeMinimumSeconds, Components.Expr.Ceiling(workload.AudioSecondsPerRequest)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static string UnitName(BillingUnit unit) => unit switch
    {
        BillingUnit.Pages => "pages",
        BillingUnit.ComprehendUnits => "units (100 chars)",
        BillingUnit.Images => "images",
        BillingUnit.Characters => "characters",
        BillingUnit.AudioSeconds => "seconds",
        _ => unit.ToString(),
    };
}
