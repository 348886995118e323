using System;
using System.Collections.Generic;

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
            instanceType != null && Index.Instances.TryGetValue((region, component, instanceType.ToLowerInvariant()), out var price) ? price : null;

        public static PagePrice Pages(string region, string operation, string features) =>
            Index.Pages.TryGetValue((region, operation, features), out var price) ? price : null;

        /// <summary>
        /// The generated arrays by lookup key (the first price of a key wins). A nested class, so the arrays, which
        /// the generated half of PriceTable initializes, are there before it reads them.
        /// </summary>
        private static class Index
        {
            public static readonly Dictionary<(string Region, string Component, string InstanceType), InstancePrice> Instances = ByFirst(PriceTable.Instances, p => (p.Region, p.Component, p.InstanceType.ToLowerInvariant()));

            public static readonly Dictionary<(string Region, string Operation, string Features), PagePrice> Pages = ByFirst(Textract, p => (p.Region, p.Operation, p.Features));

            private static Dictionary<TKey, TPrice> ByFirst<TKey, TPrice>(IEnumerable<TPrice> prices, Func<TPrice, TKey> key)
            {
                var index = new Dictionary<TKey, TPrice>();
                foreach (var price in prices)
                    if (!index.ContainsKey(key(price))) index.Add(key(price), price);
                return index;
            }
        }
    }
}
