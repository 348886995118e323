using System;
using System.Linq;

namespace MlCost.Analyzers.Prices
{
    /// <summary>An instance-hour price from the committed price cache.</summary>
    internal sealed class InstancePrice
    {
        public InstancePrice(string region, string instanceType, string component, decimal usdPerHour, string rateCode, string quality)
        {
            Region = region;
            InstanceType = instanceType;
            Component = component;
            UsdPerHour = usdPerHour;
            RateCode = rateCode;
            Quality = quality;
        }

        public string Region { get; }
        public string InstanceType { get; }
        public string Component { get; }
        public decimal UsdPerHour { get; }
        public string RateCode { get; }
        public string Quality { get; }
    }

    /// <summary>A Textract page price (the first tier) for an operation and feature bundle.</summary>
    internal sealed class PagePrice
    {
        public PagePrice(string region, string operation, string features, decimal usdPerPage)
        {
            Region = region;
            Operation = operation;
            Features = features;
            UsdPerPage = usdPerPage;
        }

        public string Region { get; }
        public string Operation { get; }
        public string Features { get; }
        public decimal UsdPerPage { get; }
    }

    /// <summary>The prices the analyzers quote, generated from pricing-cache/ when the analyzer is built.</summary>
    internal static partial class PriceTable
    {
        public const string DefaultRegion = "us-east-1";

        /// <summary>The instance's hourly price for a component (Training, Hosting, Notebook, ...), or null when the cache has none.</summary>
        public static InstancePrice Instance(string region, string instanceType, string component) =>
            Instances.FirstOrDefault(p => p.Region == region && p.Component == component && string.Equals(p.InstanceType, instanceType, StringComparison.OrdinalIgnoreCase));

        public static PagePrice Pages(string region, string operation, string features) =>
            Textract.FirstOrDefault(p => p.Region == region && p.Operation == operation && p.Features == features);
    }
}
