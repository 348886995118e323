using System.CommandLine;
using MlCost.Pricing.Lookup;
using MlCost.Reports;
using MlCost.Reports.Text;

namespace MlCost.Cli;

/// <summary>
/// Budgets a CI job can hold a change to (exit 3 with a one-line reason): the monthly cost, and with a before to
/// compare with (diff), its increase in dollars and percent. They apply to one option — the one named by
/// --budget-option, else the cheapest, the answer the scenario gives — since a scenario's options are alternatives.
/// </summary>
internal sealed class Budget(bool withIncrease)
{
    public Option<decimal?> MaxMonthly { get; } = NumberOptions.Number("--max-monthly-usd", "Budget: exit 3 when the option's monthly cost is above this many dollars");

    public Option<decimal?> MaxIncreaseUsd { get; } = NumberOptions.Number("--max-increase-usd", "Budget: exit 3 when the option's monthly cost rose by more than this many dollars");

    public Option<decimal?> MaxIncreasePercent { get; } = NumberOptions.Number("--max-increase-percent", "Budget: exit 3 when the option's monthly cost rose by more than this percentage");

    public Option<string?> For { get; } = new("--budget-option") { Description = "The option the budgets apply to (default: the cheapest)", HelpName = "ID" };

    public IEnumerable<Option> Options => withIncrease ? [MaxMonthly, MaxIncreaseUsd, MaxIncreasePercent, For] : [MaxMonthly, For];

    /// <summary>The first budget exceeded, as one line; null when none is (or none was set).</summary>
    /// <param name="before">The priced scenario before the change (diff), or null.</param>
    public string? Exceeded(ParseResult parsed, CostReport? before, CostReport after)
    {
        var named = parsed.GetValue(For);
        if (named is not null && after.Options.All(o => o.Id != named))
            throw new UserError($"--budget-option: the scenario has no option \"{named}\".{CloseMatches.Suggestion(named, after.Options.Select(o => o.Id))} Its options: {string.Join(", ", after.Options.Select(o => o.Id))}");
        var now = after.Options.Single(o => o.Id == (named ?? after.Cheapest));
        var who = named is null ? $"the cheapest option, {now.Id}," : now.Id;
        if (parsed.GetValue(MaxMonthly) is { } max && now.MonthlyCostUsd > max)
            return $"budget exceeded: {who} costs {Numbers.Money(now.MonthlyCostUsd)}/month, over --max-monthly-usd {Numbers.Money(max)}";

        if (!withIncrease || before is null) return null;
        var was = before.Options.FirstOrDefault(o => o.Id == (named ?? before.Cheapest));
        var increase = now.MonthlyCostUsd - (was?.MonthlyCostUsd ?? 0);
        var from = was is null ? "nothing (a new option)" : $"{Numbers.Money(was.MonthlyCostUsd)}{(was.Id == now.Id ? "" : $" ({was.Id})")}";
        if (parsed.GetValue(MaxIncreaseUsd) is { } maxUsd && increase > maxUsd)
            return $"budget exceeded: {who} rose {Numbers.Money(increase)}/month, from {from} to {Numbers.Money(now.MonthlyCostUsd)}, over --max-increase-usd {Numbers.Money(maxUsd)}";
        if (parsed.GetValue(MaxIncreasePercent) is { } maxPercent && increase > 0 && (was is null || was.MonthlyCostUsd == 0 || increase / was.MonthlyCostUsd * 100 > maxPercent))
        {
            var percent = was is null || was.MonthlyCostUsd == 0 ? "from $0" : (increase / was.MonthlyCostUsd * 100).ToString("0.0", Numbers.Culture) + "%";
            return $"budget exceeded: {who} rose {percent} ({Numbers.Money(increase)}/month, from {from} to {Numbers.Money(now.MonthlyCostUsd)}), over --max-increase-percent {maxPercent}";
        }
        return null;
    }
}
