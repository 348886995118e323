using MlCost.Estimation.AiServices;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Tests;

/// <summary>What each AI service's definition finds in the committed cache, and the billing rules it states.</summary>
public class AiServiceDefinitionTests
{
    private static PriceRecord Price(AiServiceDefinition service, string operation, IReadOnlyCollection<string>? features = null, string? engine = null)
    {
        var (attributes, what) = service.PriceKey(operation, features ?? [], engine is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["engine"] = engine });
        return Scenarios.Book.AiService(service.Service, "us-east-1", attributes, what);
    }

    [Fact]
    public void Textract_bundles_are_found_whatever_the_feature_order()
    {
        var a = Price(Textract.Definition, "AnalyzeDocument", ["QUERIES", "FORMS"]);
        var b = Price(Textract.Definition, "AnalyzeDocument", ["forms", "queries"]);
        Assert.Same(a, b);
        Assert.Equal(0.055m, a.Tiers[0].UsdPerUnit);
    }

    [Fact]
    public void A_bundle_the_data_lacks_is_an_error_not_a_sum_of_features()
    {
        var error = Assert.Throws<PriceNotFoundException>(() => Price(Textract.Definition, "AnalyzeDocument", ["FORMS", "TABLES"]));
        Assert.Contains("FORMS+TABLES", error.Message);
        Assert.Contains("AnalyzeDocument [FORMS+QUERIES]", error.Message);
    }

    [Fact]
    public void Rekognition_operations_are_priced_by_their_API_group()
    {
        var labels = Price(Rekognition.Definition, "DetectLabels");
        Assert.Equal("Group2", labels.Attribute(Attr.ApiGroup));
        Assert.Equal([0.001m, 0.0008m, 0.0006m, 0.00025m], labels.Tiers.Select(t => t.UsdPerUnit));
        Assert.Equal("Group1", Price(Rekognition.Definition, "CompareFaces").Attribute(Attr.ApiGroup));
    }

    [Fact]
    public void Polly_is_priced_by_engine_standard_unless_named_and_Comprehend_in_tiers()
    {
        Assert.Equal(0.000016m, Price(Polly.Definition, "SynthesizeSpeech", engine: "neural").Tiers[0].UsdPerUnit);
        Assert.Equal(0.000004m, Price(Polly.Definition, "SynthesizeSpeech").Tiers[0].UsdPerUnit);
        var sentiment = Price(Comprehend.Definition, "DetectSentiment");
        Assert.Equal([0m, 10_000_000m, 50_000_000m], sentiment.Tiers.Select(t => t.Begin));
        Assert.Equal("units", sentiment.Unit);
    }

    [Fact]
    public void Every_operation_of_every_definition_is_priced_in_us_east_1()
    {
        foreach (var service in AiServiceCatalogue.Default.Definitions.Where(d => d.Billing is not null))
            foreach (var operation in service.Operations)
            {
                var features = service.FeatureOperations.Contains(operation) ? new[] { "TABLES" } : [];
                Assert.True(Price(service, operation, features).Tiers.Length > 0, $"{service.ShortName} {operation}");
            }
    }

    [Theory]
    // Comprehend: units of 100 characters rounded up, at least 3. Transcribe: whole seconds, at least 15.
    [InlineData("comprehend", 120, 3)]
    [InlineData("comprehend", 550, 6)]
    [InlineData("comprehend", 1000, 10)]
    [InlineData("transcribe", 10, 15)]
    [InlineData("transcribe", 20.2, 21)]
    [InlineData("textract", 2.5, 2.5)]
    public void Billed_units_per_request_follow_the_definition(string service, decimal metric, decimal units)
    {
        var rule = AiServiceCatalogue.Default.Find(service)!.Billing!;
        Assert.Equal(units, Components.Compiler.Evaluate(rule.UnitsPerRequest(metric), default));
    }
}
