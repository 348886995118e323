namespace MlCost.Estimation.AiServices;

/// <summary>
/// A per-request size a workload states (<c>"charactersPerRequest": 550</c>) and AI services bill on. Declared
/// by the services' definitions: the scenario reader accepts, the schema lists and the workbook shows exactly
/// the metrics the definitions declare.
/// </summary>
/// <param name="Field">The workload field in a scenario file.</param>
/// <param name="Default">Its value when a scenario leaves it out.</param>
public sealed record WorkloadMetric(string Field, string Label, decimal Default, string Meaning)
{
    /// <summary>The workbook's name for it: the field with a capital (PagesPerRequest).</summary>
    public string InputName => char.ToUpperInvariant(Field[0]) + Field[1..];

    public static readonly WorkloadMetric Pages = new("pagesPerRequest", "Pages per request", 1, "Textract bills pages.");

    public static readonly WorkloadMetric Characters = new("charactersPerRequest", "Characters per request", 0,
        "Comprehend (units of 100, at least 3 per request), Translate and Polly bill characters.");

    public static readonly WorkloadMetric Images = new("imagesPerRequest", "Images per request", 1, "Rekognition bills images per API call.");

    public static readonly WorkloadMetric AudioSeconds = new("audioSecondsPerRequest", "Audio seconds per request", 0,
        "Transcribe bills whole seconds, at least 15 per request.");
}
