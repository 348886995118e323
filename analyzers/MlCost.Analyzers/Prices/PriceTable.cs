using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlCost.Analyzers.Prices
{
    /// <summary>An instance-hour price from a price cache.</summary>
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

    /// <summary>A Comprehend price per unit of 100 characters (the first tier) for a real-time operation.</summary>
    internal sealed class UnitPrice
    {
        public UnitPrice(string region, string operation, decimal usdPerUnit)
        {
            Region = region;
            Operation = operation;
            UsdPerUnit = usdPerUnit;
        }

        public string Region { get; }
        public string Operation { get; }
        public decimal UsdPerUnit { get; }
    }

    /// <summary>
    /// The prices the analyzers quote: a price cache's <c>analyzer-prices.tsv</c>, which MlCost's pricing core writes
    /// with every cache. The committed snapshot's file is compiled in; a file of that name among the compilation's
    /// additional files (what <c>mlcost scan</c> passes from the cache it reads, or a project's own) replaces it.
    /// </summary>
    internal sealed class PriceTable
    {
        public const string DefaultRegion = "us-east-1";
        public const string FileName = "analyzer-prices.tsv";

        private static readonly Lazy<PriceTable> Bundled = new Lazy<PriceTable>(() =>
        {
            using (var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("MlCost.Analyzers." + FileName))
            using (var reader = new StreamReader(stream))
                return Parse(reader.ReadToEnd(), "MlCost's bundled " + FileName);
        });

        private static readonly ConditionalWeakTable<AdditionalText, Read> FromFiles = new ConditionalWeakTable<AdditionalText, Read>();

        /// <summary>What a price file gave: its table, or the bundled one and why the file could not be read.</summary>
        private sealed class Read
        {
            public Read(PriceTable table, string problem)
            {
                Table = table;
                Problem = problem;
            }

            public PriceTable Table { get; }

            public string Problem { get; }
        }

        private readonly Dictionary<(string Region, string Component, string InstanceType), InstancePrice> _instances =
            new Dictionary<(string, string, string), InstancePrice>();

        private readonly Dictionary<(string Region, string Operation, string Features), PagePrice> _pages =
            new Dictionary<(string, string, string), PagePrice>();

        public IEnumerable<InstancePrice> Instances => _instances.Values;

        private readonly Dictionary<(string Region, string Operation), UnitPrice> _units =
            new Dictionary<(string, string), UnitPrice>();

        private readonly Dictionary<string, decimal> _dataProcessed = new Dictionary<string, decimal>();

        public IEnumerable<PagePrice> Pages => _pages.Values;

        public IEnumerable<UnitPrice> Units => _units.Values;

        /// <summary>
        /// The table for a compilation: its additional file named <see cref="FileName"/>, else the bundled one. A file
        /// that cannot be read leaves the bundled prices in use, and <see cref="ProblemWith"/> says why (MLC0014).
        /// </summary>
        public static PriceTable For(AnalyzerOptions options) => ReadFile(options)?.Table ?? Bundled.Value;

        /// <summary>Why the compilation's price file could not be read (its path, line and what is wrong), or null.</summary>
        public static string ProblemWith(AnalyzerOptions options) => ReadFile(options)?.Problem;

        private static Read ReadFile(AnalyzerOptions options)
        {
            foreach (var file in options.AdditionalFiles)
                if (string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase))
                    return FromFiles.GetValue(file, f =>
                    {
                        try
                        {
                            return new Read(Parse(f.GetText()?.ToString() ?? "", f.Path), null);
                        }
                        catch (InvalidDataException e)
                        {
                            return new Read(Bundled.Value, e.Message);
                        }
                    });
            return null;
        }

        /// <summary>The instance's hourly price for a component (Training, Hosting, Notebook, ...), or null when the cache has none.</summary>
        public InstancePrice Instance(string region, string instanceType, string component) =>
            instanceType != null && _instances.TryGetValue((region, component, instanceType.ToLowerInvariant()), out var price) ? price : null;

        public PagePrice Page(string region, string operation, string features) =>
            _pages.TryGetValue((region, operation, features), out var price) ? price : null;

        public UnitPrice Unit(string region, string operation) =>
            _units.TryGetValue((region, operation), out var price) ? price : null;

        /// <summary>SageMaker's price per GB an endpoint processes in and out in a region, or null when the cache has none.</summary>
        public decimal? DataProcessed(string region) => _dataProcessed.TryGetValue(region, out var usd) ? usd : (decimal?)null;

        /// <summary>
        /// Reads the file's tab-separated lines (see MlCost.Pricing's AnalyzerPriceFile); of two prices for one key the
        /// first wins. A line it cannot read is an error naming the file and line: a wrong price is never guessed.
        /// </summary>
        public static PriceTable Parse(string text, string file)
        {
            var table = new PriceTable();
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                if (fields.Length != 7 || !decimal.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var usd))
                    throw new InvalidDataException($"{file}, line {i + 1}: expected 7 tab-separated fields (kind, region, name, component or features, USD, rate code, quality); regenerate it with `mlcost prices import` or `mlcost prices refresh`");
                var (kind, region, name, detail) = (fields[0], fields[1], fields[2], fields[3]);
                if (kind == "instance")
                {
                    var key = (region, detail, name.ToLowerInvariant());
                    if (!table._instances.ContainsKey(key)) table._instances.Add(key, new InstancePrice(region, name, detail, usd, fields[5], fields[6]));
                }
                else if (kind == "pages")
                {
                    var key = (region, name, detail);
                    if (!table._pages.ContainsKey(key)) table._pages.Add(key, new PagePrice(region, name, detail, usd));
                }
                else if (kind == "data")
                {
                    if (!table._dataProcessed.ContainsKey(region)) table._dataProcessed.Add(region, usd);
                }
                else if (kind == "units")
                {
                    var key = (region, name);
                    if (!table._units.ContainsKey(key)) table._units.Add(key, new UnitPrice(region, name, usd));
                }
                else
                {
                    throw new InvalidDataException($"{file}, line {i + 1}: \"{kind}\" is not a kind of price (instance, pages, units or data)");
                }
            }
            return table;
        }
    }
}
