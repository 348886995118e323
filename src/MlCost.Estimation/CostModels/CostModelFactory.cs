using MlCost.Estimation.Components;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;

namespace MlCost.Estimation.CostModels;

/// <summary>Builds each option's cost components, resolving its prices once; a missing price names the option and where it is written.</summary>
internal static class CostModelFactory
{
    /// <param name="index">The option's place in the scenario (0-based), which names its inputs (<c>Opt1_...</c>).</param>
    public static CostModel Create(OptionSpec option, int index, PricingContext context)
    {
        var inputs = new OptionInputs($"Opt{index + 1}", option.Id);
        try
        {
            return new CostModel(option switch
            {
                AiServiceOption o => AiServiceCost.Components(o, inputs, context),
                RealtimeOption o => RealtimeEndpointCost.Components(o, inputs, context),
                ServerlessOption o => ServerlessCost.Components(o, inputs, context),
                AsyncOption o => AsyncInferenceCost.Components(o, inputs, context),
                BatchOption o => BatchTransformCost.Components(o, inputs, context),
                MultiModelOption o => MultiModelEndpointCost.Components(o, inputs, context),
                _ => throw new ArgumentOutOfRangeException(nameof(option), option.Kind, "unknown option kind"),
            });
        }
        catch (PriceNotFoundException e)
        {
            throw new ScenarioException(option.Location, $"options[{index}] (\"{option.Id}\")", e.Message);
        }
    }
}
