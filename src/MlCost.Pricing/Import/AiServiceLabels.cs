using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>
/// What an AI-service pricing-page label prices, in the terms the estimation layer looks up: the API
/// operation (as AWS names it), the Textract feature bundle, the Rekognition API group, the Polly engine,
/// and the billing unit (pricing-page files state units only inside labels). Labels this table does not
/// know keep their wording as <see cref="Attr.Usage"/> and can be shown but not looked up by operation.
/// </summary>
internal static class AiServiceLabels
{
    public sealed record Meaning(IReadOnlyDictionary<string, string> Attributes, string Unit);

    public static Meaning Interpret(Service service, string stem)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [Attr.Usage] = stem };
        var unit = service switch
        {
            _ when service == Service.Textract => Textract(stem, attributes),
            _ when service == Service.Comprehend => Comprehend(stem, attributes),
            _ when service == Service.Rekognition => Rekognition(stem, attributes),
            _ when service == Service.Translate => Translate(stem, attributes),
            _ when service == Service.Transcribe => Transcribe(stem, attributes),
            _ when service == Service.Polly => Polly(stem, attributes),
            _ when service == Service.Forecast => Forecast(stem, attributes),
            _ when service == Service.Personalize => Personalize(stem, attributes),
            _ when service == Service.Lex => Lex(stem, attributes),
            _ => UnitFromWording(stem),
        };
        return new Meaning(attributes, unit);
    }

    // "AnalyzeDocument API Forms Tables+Queries", "Async AnalyzeExpense API Expense", "DetectDocumentText API Text".
    private static string Textract(string stem, Dictionary<string, string> attributes)
    {
        var api = stem.IndexOf(" API", StringComparison.Ordinal);
        if (api < 0) return "pages";
        var left = stem[..api];
        var right = stem[(api + 4)..];
        var isAsync = left.StartsWith("Async ", StringComparison.Ordinal);
        var family = isAsync ? left[6..] : left;
        string? operation = family.Split(' ')[0] switch
        {
            "DetectDocumentText" => "DetectDocumentText",
            "DocumentTextDetection" => "StartDocumentTextDetection",
            "AnalyzeDocument" => isAsync ? "StartDocumentAnalysis" : "AnalyzeDocument",
            "AnalyzeExpense" => isAsync ? "StartExpenseAnalysis" : "AnalyzeExpense",
            "Analyze" when family.Contains("AnalyzeID", StringComparison.Ordinal) => "AnalyzeID",
            "AnalyzeLending" => "StartLendingAnalysis",
            _ => null,
        };
        if (operation is null) return "pages";
        attributes[Attr.Operation] = operation;
        if (operation is "AnalyzeDocument" or "StartDocumentAnalysis")
        {
            var features = right.Split([' ', '+'], StringSplitOptions.RemoveEmptyEntries)
                .Select(TextractFeature)
                .Order(StringComparer.Ordinal);
            attributes[Attr.Features] = string.Join('+', features);
        }
        return "pages";
    }

    /// <summary>Label words to the FeatureTypes values of the Textract API.</summary>
    private static string TextractFeature(string word) => word switch
    {
        "Forms" => "FORMS",
        "Tables" => "TABLES",
        "Queries" => "QUERIES",
        "CustomQueries" => "CUSTOM_QUERIES",
        "Layout" => "LAYOUT",
        "Signatures" => "SIGNATURES",
        _ => word.ToUpperInvariant(),
    };

    private static readonly (string Stem, string Operation)[] ComprehendOperations =
    [
        ("Processes Sentiment Analysis text request", "DetectSentiment"),
        ("Processes Entity Analysis text request", "DetectEntities"),
        ("Processes Key Phrase detection text request", "DetectKeyPhrases"),
        ("Processes Language Detection text request", "DetectDominantLanguage"),
        ("Processes Syntax Analysis text request", "DetectSyntax"),
        ("Processes PII Analysis in text request", "DetectPiiEntities"),
        ("Processes Contains PII in text requests", "ContainsPiiEntities"),
        ("Process Targeted Sentiment text request", "DetectTargetedSentiment"),
        ("Processes Event Analysis text request", "StartEventsDetectionJob"),
        ("Comprehend toxicity detection for text segments", "DetectToxicContent"),
    ];

    private static string Comprehend(string stem, Dictionary<string, string> attributes)
    {
        foreach (var (known, operation) in ComprehendOperations)
            if (stem == known)
            {
                attributes[Attr.Operation] = operation;
                // One unit is 100 characters (Comprehend's billing unit for text requests).
                return "units";
            }
        return stem switch
        {
            _ when stem.EndsWith("model storage request", StringComparison.Ordinal) => "model-months",
            _ when stem.EndsWith("model training request", StringComparison.Ordinal) => "seconds",
            _ when stem.Contains("Topic Modeling", StringComparison.Ordinal) => stem.EndsWith("PerMB", StringComparison.Ordinal) ? "MB" : "jobs",
            _ => "units",
        };
    }

    private static string Rekognition(string stem, Dictionary<string, string> attributes)
    {
        if (stem.StartsWith("Rekognition Image API per Images Processed", StringComparison.Ordinal))
        {
            var rest = stem["Rekognition Image API per Images Processed".Length..].Trim();
            if (rest is "Group1" or "Group2") attributes[Attr.ApiGroup] = rest;
            else if (rest.Length == 0) attributes[Attr.ApiGroup] = "Ungrouped";
            else if (rest == "Number of images processed using DetectLabels Image Properties API")
                attributes[Attr.Operation] = "DetectLabels:ImageProperties";
            return "images";
        }
        return UnitFromWording(stem);
    }

    private static string Translate(string stem, Dictionary<string, string> attributes)
    {
        string? operation = stem switch
        {
            "Text Translation per Character" => "TranslateText",
            "TranslateDocument" => "TranslateDocument",
            "TextTranslationJob" => "StartTextTranslationJob",
            _ => null,
        };
        if (operation is not null) attributes[Attr.Operation] = operation;
        return "characters";
    }

    private static readonly (string Stem, string Operation)[] TranscribeOperations =
    [
        ("Transcription Job Audio to Text per second", "StartTranscriptionJob"),
        ("Transcription Job per second", "StartTranscriptionJob"),
        ("Streaming Stream to Text per second", "StartStreamTranscription"),
        ("Streaming per second", "StartStreamTranscription"),
        ("Transcription Job CallAnalytics Transcribe Call Analytics per seconds", "StartCallAnalyticsJob"),
        ("Streaming CallAnalytics Transcribe Call Analytics per seconds", "StartCallAnalyticsStreamTranscription"),
        ("Transcription Job Medical per seconds", "StartMedicalTranscriptionJob"),
        ("Streaming Medical per seconds", "StartMedicalStreamTranscription"),
    ];

    private static string Transcribe(string stem, Dictionary<string, string> attributes)
    {
        foreach (var (known, operation) in TranscribeOperations)
            if (stem == known) attributes[Attr.Operation] = operation;
        return "seconds";
    }

    private static string Polly(string stem, Dictionary<string, string> attributes)
    {
        string? engine = stem switch
        {
            "Standard per Characters" => "standard",
            "Neural per Characters" => "neural",
            "Long Form per Characters" => "long-form",
            "Generative per Characters" => "generative",
            _ => null,
        };
        if (engine is not null)
        {
            attributes[Attr.Operation] = "SynthesizeSpeech";
            attributes[Attr.Engine] = engine;
        }
        return "characters";
    }

    // Forecast's labels name what is metered; tiers count thousands ("Forecast Data Points 0 to 100" is the first
    // 100,000 data points at $2.00 per 1,000). "Number of Forecasts" is the meter of Forecast's pricing before data
    // points replaced it; it is kept, shown, and not looked up.
    private static readonly (string Stem, string Operation, string Unit)[] ForecastItems =
    [
        ("Forecast Data Points", "CreateForecast", "1,000 data points"),
        ("Training hours", "CreatePredictor", "hours"),
        ("Data Injection", "CreateDatasetImportJob", "GB"),
        ("Forecast Explanations", "CreateExplainability", "1,000 explanations"),
    ];

    private static string Forecast(string stem, Dictionary<string, string> attributes) =>
        Known(ForecastItems, stem, attributes)
        ?? (stem.StartsWith("Number of Forecasts", StringComparison.Ordinal) ? "1,000 forecasts" : UnitFromWording(stem));

    /// <summary>The unit of a label a service's table names, with its operation set; null for a label it does not name.</summary>
    private static string? Known((string Stem, string Operation, string Unit)[] items, string stem, Dictionary<string, string> attributes)
    {
        foreach (var (known, operation, unit) in items)
            if (stem == known)
            {
                attributes[Attr.Operation] = operation;
                return unit;
            }
        return null;
    }

    // Real-time recommendations are metered in TPS-seconds: 72,000,000 of them are AWS's 20,000 TPS-hours.
    private static readonly (string Stem, string Operation, string Unit)[] PersonalizeItems =
    [
        ("Real-Time Inference per Real Time Recommendation Requests", "GetRecommendations", "TPS-seconds"),
        ("Batch Inference per Batch Recommendations", "CreateBatchInferenceJob", "recommendations"),
        ("Training per TrainingHour", "CreateSolutionVersion", "hours"),
        ("Data per GB", "CreateDatasetImportJob", "GB"),
    ];

    private static string Personalize(string stem, Dictionary<string, string> attributes) =>
        Known(PersonalizeItems, stem, attributes) ?? stem switch
        {
            _ when stem.EndsWith("per Recommender Hours", StringComparison.Ordinal) => "recommender-hours",
            _ when stem.EndsWith("per Interactions", StringComparison.Ordinal) => "interactions",
            _ when stem.EndsWith("per Batch Segment", StringComparison.Ordinal) => "batch segments",
            _ when stem.EndsWith("Requests", StringComparison.Ordinal) || stem.EndsWith("Recommendations", StringComparison.Ordinal) => "requests",
            _ => UnitFromWording(stem),
        };

    // Lex labels read "<input> to-<output>-<Req|Str>[-GR] Supported Mode ...". One label of each kind, present in
    // every region, is taken as the price of an API call: request/response calls bill per request by what the
    // caller sends (text or speech); a streaming conversation bills per 15-second interval by what is streamed.
    // Other labels of the same prices (bots of other modes) and the "-GR" rates, whose meaning the data does not
    // state, are kept by their wording only.
    private static readonly (string Stem, string Operation, string? Mode, string Unit)[] LexItems =
    [
        ("Text to Text Supported Mode Speech and Text V1 and V2", "RecognizeText", null, "requests"),
        ("Speech to-Text-Req Supported Mode Speech and Text", "RecognizeUtterance", null, "requests"),
        ("Speech to-Text-Str Supported Mode Speech Text and DTMF", "StartConversation", "speech", "15-second intervals"),
        ("Text to Text Supported Mode Speech Text and DTMF", "StartConversation", "text", "15-second intervals"),
        ("DTMF to-Speech-Str Supported Mode Speech Text and DTMF", "StartConversation", "dtmf", "15-second intervals"),
    ];

    private static string Lex(string stem, Dictionary<string, string> attributes)
    {
        foreach (var (known, operation, mode, unit) in LexItems)
            if (stem == known)
            {
                attributes[Attr.Operation] = operation;
                if (mode is not null) attributes[Attr.InputMode] = mode;
                return unit;
            }
        return stem.Contains("-Str", StringComparison.Ordinal) || stem.Contains("Supported Mode Speech Text and DTMF", StringComparison.Ordinal)
            ? "15-second intervals"
            : stem.Contains("Supported Mode", StringComparison.Ordinal) ? "requests" : UnitFromWording(stem);
    }

    private static string UnitFromWording(string stem) => stem switch
    {
        _ when stem.Contains("per Images Processed", StringComparison.OrdinalIgnoreCase) => "images",
        _ when stem.Contains("minutes", StringComparison.OrdinalIgnoreCase) => "minutes",
        _ when stem.Contains("per Faces Mo", StringComparison.OrdinalIgnoreCase) => "face-months",
        _ when stem.Contains("per Users Mo", StringComparison.OrdinalIgnoreCase) => "user-months",
        _ when stem.Contains("per API Calls", StringComparison.OrdinalIgnoreCase) => "requests",
        _ when stem.Contains("per Character", StringComparison.OrdinalIgnoreCase) => "characters",
        _ when stem.EndsWith("per User", StringComparison.Ordinal) => "user-months",
        _ when stem.EndsWith("per GB Mo", StringComparison.Ordinal) => "GB-months",
        _ when stem.EndsWith("per Month", StringComparison.Ordinal) => "months",
        _ when stem.EndsWith("per Session", StringComparison.OrdinalIgnoreCase) => "sessions",
        _ when stem.Contains("per second", StringComparison.OrdinalIgnoreCase) => "seconds",
        _ => "unit not stated",
    };
}
