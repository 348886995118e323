using System.Text.Json.Nodes;
using Json.Schema;
using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(TestPaths.Root, "schemas", "scenario.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
    private static readonly JsonNode SchemaJson = JsonNode.Parse(File.ReadAllText(SchemaPath))!;

    public static TheoryData<string> Examples => new(Scenarios.ExampleFiles);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_validates_against_the_schema(string example)
    {
        using var instance = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "examples", example)));
        var result = Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", Errors(result)));
    }

    [Theory]
    [InlineData("""{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": -1 }, "options": [{ "id": "a", "kind": "ai-service", "service": "polly", "operation": "SynthesizeSpeech" }] }""")]
    [InlineData("""{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 1 }, "options": [{ "id": "a", "kind": "sagemaker-realtime", "instanceType": "ml.m5.large", "requestsPerSecondPerInstance": 1, "colour": "red" }] }""")]
    [InlineData("""{ "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 1 }, "options": [{ "id": "a", "kind": "sagemaker-lambda" }] }""")]
    public void The_schema_refuses_what_the_reader_refuses(string json)
    {
        using var instance = System.Text.Json.JsonDocument.Parse(json);
        Assert.False(Schema.Evaluate(instance.RootElement).IsValid);
        Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(json, "s.json"));
    }

    [Fact]
    public void The_schema_names_exactly_the_fields_the_reader_accepts()
    {
        Assert.Equal(ScenarioReader.TopLevelFields.Order(), Properties(SchemaJson).Order());
        Assert.Equal(ScenarioReader.WorkloadFieldNames.Order(), Properties(SchemaJson["properties"]!["workload"]!).Order());
        Assert.Equal(ScenarioReader.PricingFieldNames.Order(), Properties(SchemaJson["properties"]!["pricing"]!).Order());
        Assert.Equal(ScenarioReader.TrainingFieldNames.Order(), Properties(SchemaJson["$defs"]!["training"]!).Order());
        Assert.Equal(ScenarioReader.ThroughputFieldNames.Order(), Properties(SchemaJson["$defs"]!["throughput"]!).Order());
        Assert.Equal(ScenarioReader.StepFields(MlCost.Estimation.AiServices.AiServiceCatalogue.Default).Order(), Properties(SchemaJson["$defs"]!["step"]!).Order());
        foreach (var (kind, fields) in ScenarioReader.OptionFields)
            Assert.Equal(fields.Append("id").Append("kind").Append("name").Order(), Properties(SchemaJson["$defs"]![kind]!).Order());
    }

    [Fact]
    public void The_schema_allows_exactly_the_services_features_and_engines_the_definitions_declare()
    {
        var aiService = SchemaJson["$defs"]![OptionKinds.AiService]!["properties"]!;
        IEnumerable<string> Enum(string property) => aiService[property]!["enum"]?.AsArray().Select(v => v!.GetValue<string>())
                                                     ?? aiService[property]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        var catalogue = MlCost.Estimation.AiServices.AiServiceCatalogue.Default;
        Assert.Equal(catalogue.ShortNames.Order(), Enum("service").Order());
        Assert.Equal(catalogue.Definitions.SelectMany(d => d.Features).Distinct().Order(), Enum("features").Order());
        foreach (var choice in catalogue.Definitions.SelectMany(d => d.Choices).Where(c => c.Values.Count > 0))
            Assert.Equal(choice.Values.Order(), Enum(choice.Field).Order());
        foreach (var metric in catalogue.Metrics)
            Assert.Equal(metric.Default, SchemaJson["properties"]!["workload"]!["properties"]![metric.Field]!["default"]!.GetValue<decimal>());
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Errors?.Select(e => $"{result.InstanceLocation}: {e.Value}") ?? [])
            .Concat((result.Details ?? []).SelectMany(Errors));

    private static IEnumerable<string> Properties(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key);
}
