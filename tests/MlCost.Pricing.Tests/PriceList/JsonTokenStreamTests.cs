using System.Text;
using System.Text.Json;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.PriceList;

public class JsonTokenStreamTests
{
    private static JsonTokenStream Over(string json, int bufferSize, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        return new JsonTokenStream(new MemoryStream(bytes), bufferSize);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(64 * 1024)]
    public void Reads_the_same_tokens_whatever_the_window_size(int bufferSize)
    {
        const string json = """{"a long property name": "a value longer than the window", "n": "0.0400000000", "arr": [1, 2.5, true, null], "esc": "tab\tquote\" é"}""";
        var tokens = Over(json, bufferSize);
        var seen = new List<string>();
        while (tokens.Read())
            seen.Add(tokens.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number ? tokens.GetString() : tokens.TokenType.ToString());

        var expected = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
            expected.Add(reader.TokenType switch
            {
                JsonTokenType.String or JsonTokenType.PropertyName => reader.GetString()!,
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                _ => reader.TokenType.ToString(),
            });
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Skips_a_byte_order_mark()
    {
        var tokens = Over("""{"offerCode":"AmazonEC2"}""", 2, bom: true);
        tokens.Expect(JsonTokenType.StartObject);
        tokens.Expect(JsonTokenType.PropertyName);
        Assert.True(tokens.ValueIs("offerCode"u8));
    }

    [Fact]
    public void Parses_price_strings_as_exact_decimals()
    {
        var tokens = Over("""["0.0000233", "34800", "0.1000000000"]""", 3);
        tokens.Read();
        var values = new List<decimal>();
        while (tokens.Read() && tokens.TokenType == JsonTokenType.String) values.Add(tokens.GetDecimal());
        Assert.Equal([0.0000233m, 34800m, 0.1m], values);
    }

    [Fact]
    public void A_truncated_file_is_an_error_with_its_line()
    {
        var tokens = Over("{\n\"products\": {\n\"ABC\": {\"sku\": \"AB", 8);
        var error = Assert.Throws<PriceFileException>(() => { while (tokens.Read()) { } });
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Skipping_a_value_lands_after_it()
    {
        var tokens = Over("""{"skip": {"deep": [1, {"x": [2]}]}, "keep": "yes"}""", 5);
        tokens.Read();
        tokens.Read();
        tokens.SkipValue();
        tokens.Read();
        Assert.True(tokens.ValueIs("keep"u8));
    }
}
