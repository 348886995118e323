using System.Text.RegularExpressions;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>
/// Reads what an AI-service product of the Price List (Bulk API JSON or CSV, Query API) prices from the Price List's
/// own names — its usage type, operation and engine attributes, as `GetAttributeValues` lists them — and adds the
/// normalized attributes lookups use (<see cref="Attr.Operation"/> as the API names it, Textract's
/// <see cref="Attr.Features"/>, Rekognition's <see cref="Attr.ApiGroup"/>, Polly's <see cref="Attr.Engine"/>), so a
/// refreshed cache prices the same operations the pricing-page snapshot does:
/// <list type="bullet">
/// <item>Textract: usage type <c>USE1-SyncFormsQueriesPagesProcessed</c> is AnalyzeDocument with FORMS+QUERIES; Async
/// is StartDocumentAnalysis; Text, Expense and ID are DetectDocumentText (StartDocumentTextDetection),
/// AnalyzeExpense (StartExpenseAnalysis) and AnalyzeID.</item>
/// <item>Rekognition: <c>USE1-Group1-ImagesProcessed</c> is API Group1; <c>USE1-ImagesProcessed</c> the ungrouped rate.</item>
/// <item>Comprehend, Translate, Transcribe: the operation attribute, where it differs from the API's name mapped to it
/// (DetectTgtSentiment → DetectTargetedSentiment, TranscribeAudio → StartTranscriptionJob, ...).</item>
/// <item>Polly: the engine attribute, else the usage type (<c>SynthesizeSpeechNeural-Characters</c>).</item>
/// </list>
/// Products these rules do not name keep their own attributes and can be shown but not looked up by operation.
/// Lex, Forecast and Personalize products are kept the same way: the data here does not show which of Lex's
/// modes and groups each API call is billed as, nor the units the Price List meters Forecast and Personalize in.
/// </summary>
internal static partial class PriceListNames
{
    public static Dictionary<string, string> Normalize(Service service, IReadOnlyDictionary<string, string> source)
    {
        var attributes = new Dictionary<string, string>(source, StringComparer.Ordinal);
        var usage = UsageWithoutRegion(source.GetValueOrDefault(Attr.UsageType) ?? source.GetValueOrDefault("usageType") ?? "");
        var operation = source.GetValueOrDefault(Attr.Operation);
        if (service == Service.Textract) Textract(source.GetValueOrDefault("platopagedatatype") ?? usage, attributes);
        else if (service == Service.Rekognition && RekognitionGroup().Match(usage) is { Success: true } group)
        {
            attributes[Attr.ApiGroup] = group.Groups[1].Success ? group.Groups[1].Value : "Ungrouped";
            attributes.Remove(Attr.Operation);
        }
        else if (service == Service.Comprehend || service == Service.Translate || service == Service.Transcribe)
        {
            if (operation is not null && Operations.TryGetValue((service.ShortName, operation), out var api)) attributes[Attr.Operation] = api;
        }
        else if (service == Service.Polly && PollyEngine(source.GetValueOrDefault("engine"), usage) is { } engine)
        {
            attributes[Attr.Operation] = "SynthesizeSpeech";
            attributes[Attr.Engine] = engine;
        }
        return attributes;
    }

    /// <summary>The Price List's operation names that are not the API's, per service (the others are the same).</summary>
    private static readonly Dictionary<(string Service, string Operation), string> Operations = new()
    {
        [("comprehend", "DetectSentiment")] = "DetectSentiment",
        [("comprehend", "DetectEntities")] = "DetectEntities",
        [("comprehend", "DetectKeyPhrases")] = "DetectKeyPhrases",
        [("comprehend", "DetectDominantLanguage")] = "DetectDominantLanguage",
        [("comprehend", "DetectSyntax")] = "DetectSyntax",
        [("comprehend", "DetectPiiEntities")] = "DetectPiiEntities",
        [("comprehend", "ContainsPiiEntities")] = "ContainsPiiEntities",
        [("comprehend", "DetectTgtSentiment")] = "DetectTargetedSentiment",
        [("comprehend", "DetectEvents")] = "StartEventsDetectionJob",
        [("comprehend", "DetectToxicContent")] = "DetectToxicContent",
        [("translate", "TranslateText")] = "TranslateText",
        [("translate", "TextTranslationJob")] = "StartTextTranslationJob",
        [("translate", "TranslateDocument")] = "TranslateDocument",
        [("transcribe", "TranscribeAudio")] = "StartTranscriptionJob",
        [("transcribe", "StreamingAudio")] = "StartStreamTranscription",
        [("transcribe", "CallAnalyticsTranscribeAudio")] = "StartCallAnalyticsJob",
        [("transcribe", "MedicalTranscribeAudio")] = "StartMedicalTranscriptionJob",
        [("transcribe", "MedicalStreamingAudio")] = "StartMedicalStreamTranscription",
    };

    private static void Textract(string pageType, Dictionary<string, string> attributes)
    {
        if (TextractPages().Match(pageType) is not { Success: true } match) return;
        var sync = match.Groups[1].Value == "Sync";
        var kinds = Words().Matches(match.Groups[2].Value).Select(m => m.Value).ToList();
        attributes.Remove(Attr.Features);
        switch (kinds)
        {
            case ["Text"]:
                attributes[Attr.Operation] = sync ? "DetectDocumentText" : "StartDocumentTextDetection";
                return;
            case ["Expense"]:
                attributes[Attr.Operation] = sync ? "AnalyzeExpense" : "StartExpenseAnalysis";
                return;
            case ["ID"]:
                attributes[Attr.Operation] = "AnalyzeID";
                return;
            case ["Lending"]:
                attributes[Attr.Operation] = "StartLendingAnalysis";
                return;
        }
        attributes[Attr.Operation] = sync ? "AnalyzeDocument" : "StartDocumentAnalysis";
        attributes[Attr.Features] = string.Join('+', kinds.Select(k => k switch
        {
            "CustomQueries" => "CUSTOM_QUERIES",
            _ => k.ToUpperInvariant(),
        }).Order(StringComparer.Ordinal));
    }

    private static string? PollyEngine(string? engine, string usage) => engine?.ToLowerInvariant().Replace(' ', '-') switch
    {
        "standard" => "standard",
        "neural" => "neural",
        "long-form" or "longform" => "long-form",
        "generative" => "generative",
        _ => usage switch
        {
            "SynthesizeSpeech-Characters" or "SynthesizeSpeech-Chars" => "standard",
            "SynthesizeSpeechNeural-Characters" => "neural",
            "SynthesizeSpeechLongForm-Characters" => "long-form",
            "SynthesizeSpeechGenerative-Characters" => "generative",
            _ => null,
        },
    };

    /// <summary>"USE1-SyncTextPagesProcessed" → "SyncTextPagesProcessed"; a usage type with no region prefix as it is.</summary>
    private static string UsageWithoutRegion(string usageType) =>
        RegionPrefix().Match(usageType) is { Success: true } prefix ? usageType[prefix.Length..] : usageType;

    [GeneratedRegex(@"^(?:[A-Z]{2,4}\d?|Global|EU|[A-Z]{3}\d)-")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"^(Sync|Async)(\w+?)PagesProcessed$")]
    private static partial Regex TextractPages();

    [GeneratedRegex(@"CustomQueries|ID|[A-Z][a-z]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?:(Group\d)-)?ImagesProcessed$")]
    private static partial Regex RekognitionGroup();
}
