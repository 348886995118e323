using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Lookup;

namespace MlCost.Estimation.CostModels;

/// <summary>Builds each option's cost model, resolving its prices once; a missing price names the option and where it is written.</summary>
public static class CostModelFactory
{
    public static ICostModel Create(OptionSpec option, PricingContext context)
    {
        try
        {
            return option switch
            {
                AiServiceOption o => new AiServiceCost(o, context),
                RealtimeOption o => new RealtimeEndpointCost(o, context),
                ServerlessOption o => new ServerlessCost(o, context),
                AsyncOption o => new AsyncInferenceCost(o, context),
                BatchOption o => new BatchTransformCost(o, context),
                MultiModelOption o => new MultiModelEndpointCost(o, context),
                _ => throw new ArgumentOutOfRangeException(nameof(option), option.Kind, "unknown option kind"),
            };
        }
        catch (PriceNotFoundException e)
        {
            var index = context.Scenario.Options.ToList().IndexOf(option);
            throw new ScenarioException(option.Location, $"options[{index}] (\"{option.Id}\")", e.Message);
        }
    }
}
