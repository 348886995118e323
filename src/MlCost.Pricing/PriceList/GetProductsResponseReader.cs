using System.Text;
using System.Text.Json;

namespace MlCost.Pricing.PriceList;

/// <summary>One page of a Query API GetProducts response.</summary>
public sealed record GetProductsPage(string? NextToken, IReadOnlyList<GetProductsItem> Items);

public sealed record GetProductsItem(OfferProduct Product, IReadOnlyList<OfferTerm> Terms, string? Version, string? PublicationDate);

/// <summary>
/// Reads a GetProducts response: <c>PriceList</c> is an array of JSON documents serialised as strings;
/// each holds <c>product</c> and <c>terms.{type}.{sku.offerTermCode}</c> (no SKU level, unlike bulk files).
/// </summary>
public static class GetProductsResponseReader
{
    public static GetProductsPage Read(Stream stream)
    {
        using var document = JsonFile.Parse(stream);
        // The SDK's documented examples wrap the response as {"input": ..., "output": response}.
        var root = document.RootElement.Child("PriceList") is null && document.RootElement.Child("output") is { } output
            ? output
            : document.RootElement;
        var list = root.Child("PriceList") ?? throw new PriceFileException("this is not a GetProducts response: it has no PriceList");
        var items = new List<GetProductsItem>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            var text = element.ValueKind == JsonValueKind.String
                ? element.GetString()!
                : element.GetRawText();
            try
            {
                items.Add(ReadItem(text));
            }
            catch (PriceFileException e)
            {
                throw new PriceFileException($"PriceList item {index}: {e.Message}");
            }
        }
        return new GetProductsPage(root.String("NextToken"), items);
    }

    private static GetProductsItem ReadItem(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var tokens = new JsonTokenStream(stream, 4096);
        tokens.Expect(JsonTokenType.StartObject);
        OfferProduct? product = null;
        var terms = new List<OfferTerm>();
        string? version = null, published = null;
        while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
        {
            if (tokens.ValueIs("product"u8))
            {
                tokens.Expect(JsonTokenType.StartObject);
                product = OfferFileReader.ReadProduct(tokens, skuHint: null);
            }
            else if (tokens.ValueIs("terms"u8))
            {
                tokens.Expect(JsonTokenType.StartObject);
                while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
                {
                    var termType = tokens.GetString();
                    tokens.Expect(JsonTokenType.StartObject);
                    while (tokens.Read() && tokens.TokenType == JsonTokenType.PropertyName)
                        terms.Add(OfferFileReader.ReadTerm(tokens, termType, skuHint: null));
                }
            }
            else if (tokens.ValueIs("version"u8)) { tokens.Read(); version = tokens.GetString(); }
            else if (tokens.ValueIs("publicationDate"u8)) { tokens.Read(); published = tokens.GetString(); }
            else tokens.SkipValue();
        }
        return new GetProductsItem(product ?? throw new PriceFileException("it has no product"), terms, version, published);
    }
}
