using MlCost.Estimation.Components;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// One line of what an AI-service operation bills each month, as its definition states it: how many units (an
/// expression over the month's calls, the per-request metrics and the option's settings) at which price (the
/// operation's own price key, with <see cref="Key"/>'s attributes over it). Bedrock bills input and output tokens as
/// two charges; Forecast bills training hours beside the forecasts; Personalize bills TPS-hours with a floor.
/// </summary>
/// <param name="UnitName">The billed unit, as line items show it.</param>
/// <param name="Quantity">Units a month.</param>
public sealed record Charge(string UnitName, Func<ChargeInputs, Expr> Quantity)
{
    /// <summary>Attributes of the price over the operation's own key (Bedrock <c>tokens = input</c>; Forecast training's own operation).</summary>
    public IReadOnlyDictionary<string, string?> Key { get; init; } = new Dictionary<string, string?>();

    /// <summary>The operations it is billed on; null for every operation of the service.</summary>
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>The per-request metric whose zero makes the charge zero (Bedrock's tokens, Lex's conversation seconds), if one.</summary>
    public WorkloadMetric? Metric { get; init; }

    /// <summary>The option setting that is the charge's quantity (training hours a month): at zero the charge is no line and its price is not looked up.</summary>
    public string? Setting { get; init; }

    /// <summary>What the line is, when not the operation itself ("training hours").</summary>
    public string? What { get; init; }

    /// <summary>
    /// Whether the charge is for a feature a workload may not use (Bedrock's prompt caching, which not every model
    /// prices): with its <see cref="Metric"/> at zero it is no line, and its price is not looked up.
    /// </summary>
    public bool IsOptional { get; init; }

    /// <summary>
    /// A fraction of the price the units are billed at, where AWS states one for a way of buying the same thing
    /// (Bedrock batch inference: half the on-demand price), with <see cref="PriceBasis"/> citing the statement.
    /// </summary>
    public decimal PriceFactor { get; init; } = 1;

    /// <summary>Where <see cref="PriceFactor"/> comes from, for the line item.</summary>
    public string? PriceBasis { get; init; }

    /// <summary>What a line item adds about how the units are counted.</summary>
    public Func<ChargeInputs, Label?>? Note { get; init; }

    public bool AppliesTo(string operation) => Operations is null || Operations.Contains(operation, StringComparer.Ordinal);
}

/// <summary>What a charge's quantity is built from, for one step of an option.</summary>
/// <param name="Calls">The operation's calls a month: requests × calls per request.</param>
/// <param name="PerRequest">A per-request metric's input (the step's own value when it states one).</param>
/// <param name="Setting">An option setting's input (<see cref="ServiceSetting"/>).</param>
public sealed record ChargeInputs(Expr Calls, Func<WorkloadMetric, Input> PerRequest, Func<string, Input> Setting, Input HoursPerMonth);
