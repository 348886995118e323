using System.Globalization;

namespace MlCost.Analyzers.Rules
{
    /// <summary>Dollar figures for messages, the same on every machine.</summary>
    internal static class CostText
    {
        public const decimal HoursPerMonth = 730m;

        public static string PerHour(decimal usd) => "$" + usd.ToString("0.00##", CultureInfo.InvariantCulture) + "/h";

        public static string Money(decimal usd) => usd.ToString("$#,##0.00", CultureInfo.InvariantCulture);

        /// <summary>
        /// "no us-east-1 Training price for ml.p3.8xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker
        /// --regions us-east-1`": which price is missing and the command that gets it (then `mlcost scan` reads it).
        /// </summary>
        public static string NoPrice(string region, string component, string instanceTypes) =>
            $"no {region} {component} price for {instanceTypes} in MlCost's prices: {Refresh("sagemaker", region)}";

        /// <summary>The command that gets a service's prices for a region.</summary>
        public static string Refresh(string service, string region) => $"`mlcost prices refresh --services {service} --regions {region}`";

        /// <summary>", a GPU/accelerator instance" for the families billed at accelerator rates, so an unpriced one still reads as costly.</summary>
        public static string Accelerated(string instanceType) =>
            Sdk.InstanceTypes.IsAccelerated(instanceType) ? ", a GPU/accelerator instance" : "";
    }
}
