using MlCost.Estimation.Scenarios;

namespace MlCost.Estimation.Tests;

public class ScenarioReaderTests
{
    private const string Valid = """
        {
          "name": "Invoice extraction",
          "region": "us-east-1",
          "workload": { "requestsPerMonth": 2000000, "pagesPerRequest": 1, "charactersPerRequest": 550, "payloadKbPerRequest": 40, "peakToAverageRatio": 3 },
          "options": [
            { "id": "textract", "kind": "ai-service", "service": "textract", "operation": "AnalyzeDocument", "features": ["FORMS", "QUERIES"] },
            { "id": "realtime", "kind": "sagemaker-realtime", "instanceType": "ml.g4dn.xlarge", "requestsPerSecondPerInstance": 25, "minInstances": 1 },
            { "id": "serverless", "kind": "sagemaker-serverless", "memoryGb": 4, "secondsPerRequest": 0.3 },
            { "id": "batch", "kind": "sagemaker-batch", "instanceType": "ml.c5.xlarge", "requestsPerSecondPerInstance": 40, "instanceCount": 2, "jobsPerMonth": 30, "startupMinutesPerJob": 6 },
            { "id": "multi-model", "kind": "sagemaker-multimodel", "instanceType": "ml.m5.2xlarge", "models": 200, "modelsPerInstance": 40, "requestsPerSecondPerInstance": 100 }
          ],
          "training": [
            { "id": "weekly-retrain", "instanceType": "ml.p3.2xlarge", "instanceCount": 1, "hoursPerRun": 3, "runsPerMonth": 4, "managedSpot": true, "spotSavingsPercent": 70, "spotOverheadPercent": 10 }
          ],
          "pricing": { "discountPercent": 0, "freeTier": false }
        }
        """;

    [Fact]
    public void Reads_the_example_of_the_product_document()
    {
        var scenario = ScenarioReader.Parse(Valid, "invoice.json");
        Assert.Equal(("Invoice extraction", "us-east-1", 2_000_000m, 3m), (scenario.Name, scenario.Region, scenario.Workload.RequestsPerMonth, scenario.Workload.PeakToAverageRatio));
        Assert.Equal(["FORMS", "QUERIES"], Assert.IsType<AiServiceOption>(scenario.Options[0]).Steps.Single().Features);
        Assert.Equal(new Throughput(25m), Assert.IsType<RealtimeOption>(scenario.Options[1]).Throughput);
        Assert.Equal(6m, Assert.IsType<BatchOption>(scenario.Options[3]).StartupMinutesPerJob);
        Assert.Equal(40, Assert.IsType<MultiModelOption>(scenario.Options[4]).ModelsPerInstance);
        Assert.True(Assert.Single(scenario.Training).ManagedSpot);
        Assert.Equal(730m, scenario.Pricing.HoursPerMonth);
    }

    [Theory]
    [InlineData("\"pagesPerRequest\": 1", "\"pagesPerRequst\": 1", 4, "workload.pagesPerRequst", "Did you mean pagesPerRequest")]
    [InlineData("\"requestsPerMonth\": 2000000", "\"requestsPerMonth\": -5", 4, "workload.requestsPerMonth", "at least 0")]
    [InlineData("\"requestsPerMonth\": 2000000", "\"requestsPerMonth\": \"lots\"", 4, "workload.requestsPerMonth", "must be a number")]
    [InlineData("\"kind\": \"sagemaker-serverless\"", "\"kind\": \"sagemaker-servrless\"", 8, "options[2].kind", "Did you mean sagemaker-serverless")]
    [InlineData("\"service\": \"textract\"", "\"service\": \"textrakt\"", 6, "options[0].service", "Did you mean textract")]
    [InlineData("\"operation\": \"AnalyzeDocument\"", "\"operation\": \"AnalyseDocument\"", 6, "options[0].operation", "Did you mean AnalyzeDocument")]
    [InlineData("\"instanceType\": \"ml.g4dn.xlarge\"", "\"instanceType\": \"g4dn.xlarge\"", 7, "options[1].instanceType", "start with \"ml.\"")]
    [InlineData("\"managedSpot\": true", "\"managedSpot\": \"yes\"", 13, "training[0].managedSpot", "true or false")]
    public void Mistakes_name_the_line_the_field_and_what_is_allowed(string good, string bad, int line, string field, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Valid.Replace(good, bad), "invoice.json"));
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"invoice.json, line {line}, column ", error.Message);
    }

    [Fact]
    public void Invalid_JSON_is_an_error_with_its_position()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("{\n  \"name\": \"x\",\n  \"region\" \"us-east-1\"\n}", "broken.json"));
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("""{ "name": "x", "workload": { "requestsPerMonth": 1 }, "options": [] }""", "s.json"));
        Assert.Equal("region", error.Field);
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public void Features_are_required_for_AnalyzeDocument_and_refused_elsewhere()
    {
        var missing = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Valid.Replace(", \"features\": [\"FORMS\", \"QUERIES\"]", ""), "s.json"));
        Assert.Contains("feature bundle", missing.Message);
        var refused = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Valid.Replace("\"AnalyzeDocument\"", "\"DetectDocumentText\""), "s.json"));
        Assert.Contains("only Textract AnalyzeDocument", refused.Message);
    }

    [Fact]
    public void Ids_must_be_unique()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Valid.Replace("\"id\": \"batch\"", "\"id\": \"realtime\""), "s.json"));
        Assert.Contains("\"realtime\" is used twice", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read("/no/such/scenario.json"));
        Assert.Contains("/no/such/scenario.json", error.Message);
    }

    [Fact]
    public void A_price_the_cache_lacks_is_an_error_naming_the_option_and_its_line()
    {
        // The product document's example trains on ml.p3.2xlarge (no us-east-1 Training price in the cache) and asks
        // for a 4 GB serverless endpoint (the cache has 1, 2 and 3 GB).
        var training = Assert.Throws<ScenarioException>(() => new Estimator(ScenarioReader.Parse(Valid, "invoice.json"), Scenarios.Book));
        Assert.StartsWith("invoice.json, line 13, column 5: training[0] (\"weekly-retrain\")", training.Message);
        Assert.Contains("no Training price for ml.p3.2xlarge in us-east-1", training.Message);

        var withoutTraining = Valid.Replace("\"managedSpot\": true", "\"managedSpot\": true").Replace("ml.p3.2xlarge", "ml.g5.2xlarge");
        var serverless = Assert.Throws<ScenarioException>(() => new Estimator(ScenarioReader.Parse(withoutTraining, "invoice.json"), Scenarios.Book));
        Assert.StartsWith("invoice.json, line 8, column 5: options[2] (\"serverless\")", serverless.Message);
        Assert.Contains("Memory sizes it has: 1 GB, 2 GB, 3 GB", serverless.Message);
    }

    [Fact]
    public void An_unknown_region_suggests_a_close_one()
    {
        var error = Assert.Throws<ScenarioException>(() => new Estimator(ScenarioReader.Parse(Valid.Replace("us-east-1", "us-east-9"), "s.json"), Scenarios.Book));
        Assert.Contains("Did you mean us-east-1", error.Message);
    }
}

public class AiServiceOptionReaderTests
{
    private static ScenarioException Refused(string workload, string option) =>
        Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(
            $$"""{ "name": "x", "region": "us-east-1", "workload": {{workload}}, "options": [{{option}}] }""", "s.json"));

    [Theory]
    // A choice or setting of another service, or of another operation, is named as such.
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "lex", "operation": "RecognizeText", "engine": "neural" }""", "options[0].engine", "Amazon Lex takes no engine")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "lex", "operation": "RecognizeText", "inputMode": "speech" }""", "options[0].inputMode", "only Lex StartConversation take inputMode")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "personalize", "operation": "CreateBatchInferenceJob", "minProvisionedTps": 2 }""", "options[0].minProvisionedTps", "only Personalize GetRecommendations take minProvisionedTps")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "bedrock", "operation": "Converse" }""", "options[0].model", "is required")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "lex", "operation": "StartConversation", "inputMode": "video" }""", "options[0].inputMode", "Allowed: speech, text, dtmf")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "forecast", "operation": "CreateForecast", "trainingHoursPerMonth": -1 }""", "options[0].trainingHoursPerMonth", "at least 0")]
    // Pipelines: calls go in steps, each step's metrics are ones its service bills on.
    [InlineData("""{ "id": "a", "kind": "ai-service", "service": "textract", "steps": [{ "service": "textract", "operation": "DetectDocumentText" }] }""", "options[0].service", "move this field into a step")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "steps": [] }""", "options[0].steps", "one step each")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "steps": [{ "service": "textract", "operation": "DetectDocumentText", "charactersPerRequest": 10 }] }""", "options[0].steps[0].charactersPerRequest", "does not bill on charactersPerRequest; it bills on pagesPerRequest")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "steps": [{ "service": "comprehend", "operation": "DetectEntities", "callsPerRequest": 0 }] }""", "options[0].steps[0].callsPerRequest", "greater than 0")]
    [InlineData("""{ "id": "a", "kind": "ai-service", "steps": [{ "service": "comprehend", "operation": "DetectEntities", "colour": "red" }] }""", "options[0].steps[0].colour", "unknown field")]
    // An LLM endpoint's throughput in tokens needs the tokens a request produces; one throughput, not two.
    [InlineData("""{ "id": "a", "kind": "sagemaker-realtime", "instanceType": "ml.g5.2xlarge", "tokensPerSecondPerInstance": 600 }""", "options[0].tokensPerSecondPerInstance", "needs workload.outputTokensPerRequest")]
    [InlineData("""{ "id": "a", "kind": "sagemaker-realtime", "instanceType": "ml.g5.2xlarge", "tokensPerSecondPerInstance": 600, "requestsPerSecondPerInstance": 2 }""", "options[0].tokensPerSecondPerInstance", "not both")]
    [InlineData("""{ "id": "a", "kind": "sagemaker-realtime", "instanceType": "ml.g5.2xlarge" }""", "options[0].requestsPerSecondPerInstance", "tokensPerSecondPerInstance")]
    public void Mistakes_in_AI_service_options_name_the_field_and_what_is_allowed(string option, string field, string message)
    {
        var error = Refused("""{ "requestsPerMonth": 1 }""", option);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_pipeline_reads_each_step_with_its_own_metrics_settings_and_calls()
    {
        var scenario = ScenarioReader.Parse("""
            { "name": "x", "region": "us-east-1", "workload": { "requestsPerMonth": 1, "pagesPerRequest": 2 },
              "options": [{ "id": "p", "kind": "ai-service", "steps": [
                { "service": "textract", "operation": "DetectDocumentText" },
                { "service": "comprehend", "operation": "DetectSentiment", "charactersPerRequest": 900, "callsPerRequest": 2 } ] }] }
            """, "s.json");
        var steps = Assert.IsType<AiServiceOption>(Assert.Single(scenario.Options)).Steps;
        Assert.Equal(["textract DetectDocumentText", "comprehend DetectSentiment"], steps.Select(s => s.Describe));
        Assert.Equal((900m, 2m), (steps[1].PerRequest["charactersPerRequest"], steps[1].CallsPerRequest));
        Assert.Empty(steps[0].PerRequest);
    }
}
