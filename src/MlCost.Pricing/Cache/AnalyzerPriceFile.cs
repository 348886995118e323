using System.Globalization;
using System.Text;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Cache;

/// <summary>
/// <c>analyzer-prices.tsv</c>: the few prices the code analyzers quote, written into every cache with its price
/// files (<see cref="PriceCacheWriter"/>) and listed in the manifest with its SHA-256. The MlCost.Analyzers package
/// compiles the snapshot's file in, and <c>mlcost scan</c> hands the analyzers the file of the cache the rest of the
/// tool reads. Tab-separated lines, because an analyzer (netstandard2.0, no JSON library) reads it in a few lines:
/// <code>
/// instance  region  instance type  component  USD per hour  rate code  quality
/// pages     region  operation      features   USD per page  rate code  quality
/// units     region  operation      (empty)    USD per unit  rate code  quality
/// data      region  DataProcessed  (empty)    USD per GB    rate code  quality
/// </code>
/// Instance lines are SageMaker's on-demand instance-hour prices of the <see cref="Components"/> the rules quote;
/// page lines are Textract's per-page prices (the first tier) for the operations the Textract rules compare; unit
/// lines are Comprehend's prices per unit of 100 characters for its real-time Detect operations (the first tier); the
/// data line is SageMaker's price per GB an endpoint processes in and out. Lines starting with '#' are comments.
/// </summary>
public static class AnalyzerPriceFile
{
    public const string FileName = "analyzer-prices.tsv";

    /// <summary>The SageMaker components whose instance-hour prices the analyzers quote (endpoints, jobs, notebook instances).</summary>
    public static readonly IReadOnlyList<string> Components = ["Hosting", "Training", "Processing", "Notebook"];

    /// <summary>The Comprehend operations whose unit prices the analyzers quote (one request per item of a collection).</summary>
    public static readonly IReadOnlyList<string> ComprehendOperations =
        ["DetectDominantLanguage", "DetectEntities", "DetectKeyPhrases", "DetectPiiEntities", "DetectSentiment", "DetectSyntax", "DetectTargetedSentiment"];

    /// <summary>The Textract operations whose page prices the analyzers compare.</summary>
    public static readonly IReadOnlyList<string> TextractOperations =
        ["AnalyzeDocument", "DetectDocumentText", "StartDocumentAnalysis", "StartDocumentTextDetection"];

    /// <summary>
    /// The file for a cache's SageMaker, Textract and Comprehend prices, in the order given (the cache's files by path,
    /// each file's prices in order), so the same cache always gives the same bytes. Its price lines are counted in <c>Rows</c>.
    /// </summary>
    public static (byte[] Bytes, int Rows) Write(IEnumerable<PriceRecord> prices)
    {
        var lines = new Lines();
        foreach (var price in prices) lines.Add(price);
        return Write([lines]);
    }

    /// <summary>The file of the lines of a cache's files, in the order given.</summary>
    public static (byte[] Bytes, int Rows) Write(IEnumerable<Lines> files)
    {
        var text = new StringBuilder(
            "# MlCost analyzer prices, written with this cache by MlCost's pricing core; do not edit (import or refresh the cache instead).\n" +
            "# instance\tregion\tinstance type\tcomponent\tUSD per hour\trate code\tquality\n" +
            "# pages\tregion\toperation\tfeatures\tUSD per page (first tier)\trate code\tquality\n" +
            "# units\tregion\toperation\t\tUSD per unit of 100 characters (first tier)\trate code\tquality\n" +
            "# data\tregion\tDataProcessed\t\tUSD per GB processed in and out by an endpoint\trate code\tquality\n");
        var rows = 0;
        foreach (var lines in files)
        {
            text.Append(lines.Text);
            rows += lines.Count;
        }
        return (Encoding.UTF8.GetBytes(text.ToString()), rows);
    }

    /// <summary>
    /// The lines of one cache file's prices, gathered a price at a time as the file is written (or read again, for a
    /// file carried over): the prices themselves are let go.
    /// </summary>
    public sealed class Lines
    {
        internal StringBuilder Text { get; } = new();

        public int Count { get; private set; }

        public void Add(PriceRecord price)
        {
            if (Row(price) is not { } row) return;
            Text.Append(row).Append('\n');
            Count++;
        }
    }

    private static string? Row(PriceRecord price)
    {
        if (price.TermType != TermType.OnDemand || price.Tiers.IsDefaultOrEmpty) return null;
        var first = price.Tiers[0];
        if (price.Service == Service.SageMaker.OfferCode && price.Attribute(Attr.Component) == SageMakerComponent.DataProcessed)
            return Line("data", price.Region, SageMakerComponent.DataProcessed, "", first, price.Quality);
        if (price.Service == Service.SageMaker.OfferCode)
        {
            if (!price.Attributes.TryGetValue(Attr.InstanceName, out var instance)
                || !price.Attributes.TryGetValue(Attr.Component, out var component) || !Components.Contains(component)) return null;
            return Line("instance", price.Region, instance, component, first, price.Quality);
        }
        if (price.Service == Service.Textract.OfferCode
            && price.Attributes.TryGetValue(Attr.Operation, out var operation) && TextractOperations.Contains(operation))
            return Line("pages", price.Region, operation, price.Attributes.GetValueOrDefault(Attr.Features, ""), first, price.Quality);
        if (price.Service == Service.Comprehend.OfferCode && price.Unit == "units"
            && price.Attributes.TryGetValue(Attr.Operation, out var detect) && ComprehendOperations.Contains(detect))
            return Line("units", price.Region, detect, "", first, price.Quality);
        return null;
    }

    private static string Line(string kind, string region, string name, string detail, PriceTier tier, string quality) =>
        string.Join('\t', kind, region, name, detail, tier.UsdPerUnit.ToString(CultureInfo.InvariantCulture), tier.RateCode, quality);

    /// <summary>
    /// Whether a cache file's prices go into the analyzer file: on-demand prices (never a plans file), and of SageMaker's
    /// instance-hour files only those of the <see cref="Components"/> quoted.
    /// </summary>
    public static bool Reads(CacheFileEntry file) => Reads(file.Service, file.Component, file.IsPlans);

    /// <inheritdoc cref="Reads(CacheFileEntry)"/>
    public static bool Reads(string service, string? component, bool plans) => !plans && (component is null || Components.Contains(component)) &&
        (service == Service.SageMaker.OfferCode || service == Service.Textract.OfferCode || service == Service.Comprehend.OfferCode);
}
