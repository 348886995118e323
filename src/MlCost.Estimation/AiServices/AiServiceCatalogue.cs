namespace MlCost.Estimation.AiServices;

/// <summary>The AI services MlCost prices: one definition each. Tests may price a catalogue with more.</summary>
public sealed class AiServiceCatalogue(IReadOnlyList<AiServiceDefinition> definitions)
{
    public static AiServiceCatalogue Default { get; } = new(
    [
        Textract.Definition,
        Comprehend.Definition,
        Rekognition.Definition,
        Translate.Definition,
        Transcribe.Definition,
        Polly.Definition,
        Forecast.Definition,
        Personalize.Definition,
        Lex.Definition,
        Bedrock.Definition,
    ]);

    public IReadOnlyList<AiServiceDefinition> Definitions => definitions;

    public IEnumerable<string> ShortNames => definitions.Select(d => d.ShortName);

    public AiServiceDefinition? Find(string shortName) => definitions.FirstOrDefault(d => d.ShortName == shortName);

    /// <summary>The per-request metrics the services bill on, each once, in the order the services declare them.</summary>
    public IReadOnlyList<WorkloadMetric> Metrics => definitions.SelectMany(d => d.Metrics).DistinctBy(m => m.Field).ToList();

    /// <summary>The choice fields (engine, model, ...) and setting fields of every service, each once: what an ai-service option may state.</summary>
    public IReadOnlyList<string> OptionFields =>
        definitions.SelectMany(d => d.Choices.Select(c => c.Field).Concat(d.Settings.Select(s => s.Field))).Distinct().ToList();

    /// <summary>This catalogue with one more service.</summary>
    public AiServiceCatalogue With(AiServiceDefinition definition) => new([.. definitions, definition]);
}
