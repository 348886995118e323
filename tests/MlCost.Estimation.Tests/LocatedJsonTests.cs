using MlCost.Estimation.Scenarios;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MlCost.Estimation.Tests;

/// <summary>The scenario reader's JSON: every value where Newtonsoft.Json's own tree says it is, and JSON's mistakes refused.</summary>
public class LocatedJsonTests
{
    public static TheoryData<string> ExampleFiles() => [.. Scenarios.ExampleFiles];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_value_and_property_of_an_example_stands_where_JToken_puts_it(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", file));
        var expected = JToken.ReadFrom(new JsonTextReader(new StringReader(text)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None },
            new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var compared = Compare(expected, LocatedJson.Parse(text));
        Assert.True(compared > 20, $"{file}: only {compared} values compared");
    }

    /// <summary>Asserts the two trees hold the same values at the same places; returns how many values it compared.</summary>
    private static int Compare(JToken expected, LocatedJson actual)
    {
        var info = (IJsonLineInfo)expected;
        Assert.Equal((expected.Path, info.LineNumber, info.LinePosition), (expected.Path, actual.Line, actual.Column));
        switch (expected)
        {
            case JObject o:
                Assert.Equal(JsonKind.Object, actual.Kind);
                Assert.Equal(o.Properties().Select(p => p.Name), actual.Properties.Select(p => p.Name));
                return 1 + o.Properties().Zip(actual.Properties).Sum(pair =>
                {
                    var name = (IJsonLineInfo)pair.First;
                    Assert.Equal((pair.First.Path, name.LineNumber, name.LinePosition), (pair.First.Path, pair.Second.Line, pair.Second.Column));
                    return Compare(pair.First.Value, pair.Second.Value);
                });
            case JArray a:
                Assert.Equal(JsonKind.Array, actual.Kind);
                Assert.Equal(a.Count, actual.Items.Count);
                return 1 + a.Zip(actual.Items).Sum(pair => Compare(pair.First, pair.Second));
            default:
                var value = (JValue)expected;
                switch (value.Type)
                {
                    case JTokenType.String: Assert.Equal((JsonKind.String, (string)value!), (actual.Kind, actual.String)); break;
                    case JTokenType.Integer or JTokenType.Float: Assert.Equal((JsonKind.Number, (decimal)value), (actual.Kind, actual.Number)); break;
                    case JTokenType.Boolean: Assert.Equal((JsonKind.Boolean, (bool)value), (actual.Kind, actual.Boolean)); break;
                    default: Assert.Equal(JsonKind.Null, actual.Kind); break;
                }
                return 1;
        }
    }

    [Fact]
    public void A_property_given_twice_is_refused_at_the_second()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}", "twice.json"));
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("not valid JSON: Property with the name 'name' already exists", error.Message);
    }

    [Fact]
    public void Comments_are_skipped_and_text_after_the_scenario_is_refused()
    {
        var commented = LocatedJson.Parse("// a scenario\n{ /* its name */ \"name\": \"x\", \"n\": [1, /* two */ 2] } // done");
        Assert.Equal("x", commented["name"]!.String);
        Assert.Equal([1m, 2m], commented["n"]!.Items.Select(i => i.Number));

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("{ \"name\": \"x\" }\n{ \"name\": \"y\" }", "two.json"));
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("not valid JSON: Additional text encountered after finished reading JSON content", error.Message);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\"", "not valid JSON")]
    [InlineData("{ \"name\": ", "not valid JSON")]
    [InlineData("[1, 2", "not valid JSON")]
    public void A_file_that_ends_too_soon_is_refused(string text, string message) =>
        Assert.Contains(message, Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(text, "short.json")).Message);

    [Fact]
    public void A_whole_number_too_large_for_decimal_is_named_as_too_large_not_a_crash()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(
            """{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 100000000000000000000000000000000 }, "options": [] }""", "big.json"));
        Assert.Contains("100000000000000000000000000000000 is too large", error.Message);
        Assert.Equal(1, error.Location.Line);
        // The largest decimal itself is still a number.
        Assert.Equal(decimal.MaxValue, LocatedJson.Parse("[79228162514264337593543950335]").Items[0].Number);
    }
}
