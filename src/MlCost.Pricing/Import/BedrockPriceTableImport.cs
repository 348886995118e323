using System.Collections.Immutable;
using System.Globalization;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlCost.Pricing.Import;

/// <summary>
/// Reads Amazon Bedrock per-token prices from pydantic/genai-prices' provider table (<c>prices/providers/aws.yml</c>):
/// per model id, USD per million input, output, cache-read and cache-write tokens. AWS's own Bedrock pricing-page
/// data keys its rates by hashes with no model names, so this third-party table (non-Anthropic prices read from the
/// Price List API, Anthropic ones entered by hand, its README says) is the source: every price is secondary and
/// carries the entry's <c>prices_checked</c> date. The table's prices are us-east-1's. Left out, and reported:
/// ids AWS does not document (<see cref="BedrockModelIds"/>), prices that change by date or by prompt length
/// (the table's constraint lists and tiers), and audio tokens (no option prices them).
/// </summary>
internal static class BedrockPriceTableImport
{
    public const string Region = "us-east-1";

    private static readonly (string Key, string Tokens)[] TokenPrices =
        [("input_mtok", "input"), ("output_mtok", "output"), ("cache_read_mtok", "cache-read"), ("cache_write_mtok", "cache-write")];

    /// <summary>Whether the head of a file is this table: YAML with a models list priced per million tokens.</summary>
    public static bool Recognises(string head) =>
        head.Contains("\nmodels:", StringComparison.Ordinal) && head.Contains("_mtok:", StringComparison.Ordinal);

    public static IEnumerable<PriceRecord> Records(TextReader reader, string source, ImportReport report)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new PriceFileException($"not valid YAML: {e.Message}", (int)e.Start.Line);
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || Child(root, "models") is not YamlSequenceNode models)
            throw new PriceFileException("a Bedrock price table has a top-level `models:` list");

        var records = new List<PriceRecord>();
        foreach (var node in models.OfType<YamlMappingNode>())
        {
            var tableId = Scalar(node, "id") ?? throw new PriceFileException("a model has no id", (int)node.Start.Line);
            // The table writes in-region prices as "regional.<model id>"; AWS's id has no such prefix.
            var id = tableId.StartsWith("regional.", StringComparison.Ordinal) ? tableId["regional.".Length..] : tableId;
            if (!BedrockModelIds.IsDocumented(id))
            {
                report.Skip($"{source}: {tableId} is not a Bedrock model id AWS documents; left out");
                continue;
            }
            if (Child(node, "prices") is not YamlMappingNode prices)
            {
                report.Skip($"{source}: {tableId} has prices that change by date; left out (no single current price)");
                continue;
            }
            var checkedOn = Scalar(node, "prices_checked");
            var name = Scalar(node, "name") ?? id;
            foreach (var (key, tokens) in TokenPrices)
            {
                switch (Child(prices, key))
                {
                    case null:
                        continue;
                    case YamlScalarNode { Value: { } text } when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd):
                        records.Add(Record(id, name, tokens, usd, checkedOn, source, (int)node.Start.Line));
                        break;
                    default:
                        report.Skip($"{source}: {tableId} {key} varies with prompt length (tiers); left out");
                        break;
                }
            }
            foreach (var other in prices.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).Where(k => TokenPrices.All(t => t.Key != k)))
                report.Skip($"{source}: {tableId} {other} is not priced by any MlCost option; left out");
        }
        return records;
    }

    private static PriceRecord Record(string id, string name, string tokens, decimal usdPerMillion, string? checkedOn, string source, int line)
    {
        var sku = $"secondary:bedrock:{id}:{tokens}";
        return new PriceRecord
        {
            Service = Service.Bedrock.OfferCode,
            Region = Region,
            Sku = sku,
            ProductFamily = "Amazon Bedrock",
            Attributes = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                [Attr.Model] = id, [Attr.Tokens] = tokens, [Attr.Operation] = "InvokeModel",
            }),
            Unit = "1M tokens",
            Tiers = [new PriceTier(0, null, usdPerMillion, sku)],
            Description = $"{name} ({id}), {tokens} tokens, on-demand",
            Source = $"{source}, line {line}",
            PublicationDate = checkedOn ?? "not stated",
            Quality = PriceQuality.Secondary,
            SourceKind = SourceKind.PriceListTool,
            Note = checkedOn is null
                ? "A third-party table (pydantic/genai-prices); the entry states no date its price was checked."
                : $"A third-party table (pydantic/genai-prices); price checked {checkedOn}.",
        };
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
