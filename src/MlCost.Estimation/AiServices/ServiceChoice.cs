namespace MlCost.Estimation.AiServices;

/// <summary>
/// A choice an AI-service option makes that selects the price: Polly's <c>engine</c>, Lex's streaming
/// <c>inputMode</c>, Bedrock's <c>model</c>. It becomes the <see cref="Attribute"/> of the price looked up.
/// </summary>
/// <param name="Field">The option field in a scenario file.</param>
/// <param name="Values">The values allowed, the first the default; empty when the price data holds them (Bedrock's models).</param>
public sealed record ServiceChoice(string Field, string Attribute, IReadOnlyList<string> Values, string Meaning)
{
    /// <summary>The operations it applies to; null for all.</summary>
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>The value when a scenario gives none; null makes the field required.</summary>
    public string? Default => Values.Count > 0 ? Values[0] : null;

    public bool AppliesTo(string operation) => Operations is null || Operations.Contains(operation, StringComparer.Ordinal);
}

/// <summary>
/// A number an AI-service option states for itself rather than per request (Forecast's training hours a month,
/// Personalize's minimum provisioned TPS).
/// </summary>
/// <param name="Field">The option field in a scenario file.</param>
/// <param name="WhenZero">What a note says when the value is zero (a charge that is then not priced), if anything.</param>
public sealed record ServiceSetting(string Field, string Label, decimal Default, string Meaning, string? WhenZero = null)
{
    /// <summary>The operations it applies to; null for all.</summary>
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>The workbook's name for it: the field with a capital.</summary>
    public string InputName => char.ToUpperInvariant(Field[0]) + Field[1..];

    public bool AppliesTo(string operation) => Operations is null || Operations.Contains(operation, StringComparer.Ordinal);
}
