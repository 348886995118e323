using System.Text.Json;

namespace MlCost.Cli.Tests;

public class ScanCommandTests
{
    private static readonly string Demo = Path.Combine(TestPaths.Root, "samples", "AnalyzerDemo");

    [Fact]
    public void Scanning_a_folder_reports_priced_findings_as_json()
    {
        var run = CliRun.Of("scan", Demo, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var findings = json.RootElement.EnumerateArray().ToList();
        // As `dotnet build` of the demo reports: its .editorconfig lowers MLC0004's threshold to $1/h, which the
        // 6 × ml.c5.xlarge variant ($1.224/h) is over.
        Assert.Equal(["MLC0001", "MLC0003", "MLC0004", "MLC0004", "MLC0008"], findings.Select(f => f.GetProperty("id").GetString()));
        Assert.Contains("over the $1.00/h threshold", findings[3].GetProperty("message").GetString());
        var first = findings[0];
        Assert.Equal("ModelOperations.cs", first.GetProperty("path").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Contains("2 × ml.g5.2xlarge at $1.515/h", first.GetProperty("message").GetString());
    }

    [Theory]
    // The demo's findings: four warnings (MLC0001, MLC0003, MLC0004 twice) and MLC0008 as info; no error.
    [InlineData("info", 3)]
    [InlineData("warning", 3)]
    [InlineData("error", 0)]
    public void Fail_on_exits_3_when_findings_reach_the_severity(string severity, int exitCode)
    {
        var run = CliRun.Of("scan", Demo, "--fail-on", severity);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("5 finding(s)", run.Out);
    }

    [Fact]
    public void Constants_the_old_hand_written_stubs_lacked_bind_and_are_priced()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Serving.cs"), """
            using System.Collections.Generic;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            public class Serving
            {
                public CreateTrainingJobRequest Job() => new CreateTrainingJobRequest
                {
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG4dnXlarge, InstanceCount = 2 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };
                public CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
                {
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG5Xlarge, InitialInstanceCount = 3 },
                    },
                };
            }
            """);
        var run = CliRun.WithCache("scan", folder.Path, "--region", "us-east-1");
        Assert.Equal(0, run.ExitCode);
        // Both constants are missing from the old stubs (three values per class): they now bind, so nothing is "not read".
        Assert.DoesNotContain("Not read", run.Out);
        // The snapshot has no us-east-1 Training price for it: the finding names the type and says so (never "run time").
        Assert.Contains("MLC0001: Training job runs on on-demand capacity: 2 × ml.g4dn.xlarge, a GPU/accelerator instance (no us-east-1 Training price for ml.g4dn.xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions us-east-1`)", run.Out);
        Assert.Contains("MLC0004: Endpoint variant runs 3 × ml.g5.xlarge around the clock: $", run.Out);
    }

    [Fact]
    public void Findings_quote_the_prices_of_the_cache_given_with_cache()
    {
        // A cache with a us-east-1 Training price for ml.g4dn.xlarge, which the bundled snapshot lacks: AWS's pricing
        // page rate, $0.736 an hour. The pricing core writes the cache's analyzer price file; scan hands it to the analyzers.
        using var folder = new TempFolder();
        var cache = folder.File("cache");
        MlCost.Pricing.Cache.PriceCacheWriter.Write(cache,
        [
            new MlCost.Pricing.Import.PriceFileContents(MlCost.Pricing.Model.Service.SageMaker, "us-east-1",
            [
                new MlCost.Pricing.Model.PriceRecord
                {
                    Service = "AmazonSageMaker", Region = "us-east-1", Sku = "TESTG4DNTRAIN", Unit = "Hrs", Source = "test", PublicationDate = "2026-12-01", Quality = "price-list",
                    Attributes = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                        [KeyValuePair.Create("instanceName", "ml.g4dn.xlarge"), KeyValuePair.Create("component", "Training")]),
                    Tiers = [new MlCost.Pricing.Model.PriceTier(0, null, 0.736m, "TESTG4DNTRAIN.JRTCKXETXF.6YS6EN2CT7")],
                },
            ]),
        ]);
        File.WriteAllText(folder.File("Training.cs"), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            public class Training
            {
                public CreateTrainingJobRequest Job() => new CreateTrainingJobRequest
                {
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG4dnXlarge, InstanceCount = 2 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };
            }
            """);

        var withCache = CliRun.Of("scan", folder.File("Training.cs"), "--cache", cache);
        Assert.Equal(0, withCache.ExitCode);
        Assert.Contains("2 × ml.g4dn.xlarge at $0.736/h on-demand (us-east-1), $1.472/h in all", withCache.Out);
        Assert.Contains($"Prices: {Path.GetFullPath(cache)} (--cache).", withCache.Out);

        // A cache written before the analyzer price file existed: scan makes the same file from the cache's prices.
        var manifestPath = Path.Combine(cache, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        Assert.True(manifest.Remove("analyzerPrices"));
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        File.Delete(Path.Combine(cache, "analyzer-prices.tsv"));
        var older = CliRun.Of("scan", folder.File("Training.cs"), "--cache", cache);
        Assert.Contains("2 × ml.g4dn.xlarge at $0.736/h on-demand (us-east-1), $1.472/h in all", older.Out);

        // The bundled snapshot has no such price, and says how to get it.
        var bundled = CliRun.WithCache("scan", folder.File("Training.cs"));
        Assert.Contains("no us-east-1 Training price for ml.g4dn.xlarge in MlCost's prices", bundled.Out);
    }

    [Fact]
    public void Code_written_as_real_projects_write_it_is_read_whole_and_priced()
    {
        // A training launcher as public projects write one: a client built from a config and a region, nested request
        // structures, SDK enums, the response read back, the service's exception caught. Every member binds against the
        // generated shapes, so nothing is "not read", and each finding has its dollar figure.
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("TrainingLauncher.cs"), """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;

            public class TrainingLauncher
            {
                private readonly IAmazonSageMaker _sageMaker = new AmazonSageMakerClient(new AmazonSageMakerConfig { RegionEndpoint = RegionEndpoint.USEast1 });

                public async Task<string> LaunchAsync(string name, string image, string role)
                {
                    var request = new CreateTrainingJobRequest
                    {
                        TrainingJobName = name,
                        AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = image, TrainingInputMode = TrainingInputMode.File },
                        RoleArn = role,
                        InputDataConfig = new List<Channel>
                        {
                            new Channel { ChannelName = "train", DataSource = new DataSource { S3DataSource = new S3DataSource { S3Uri = "s3://bucket/train", S3DataType = S3DataType.S3Prefix } } },
                        },
                        OutputDataConfig = new OutputDataConfig { S3OutputPath = "s3://bucket/out" },
                        ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = 1, VolumeSizeInGB = 50 },
                        StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 86400 },
                    };
                    try
                    {
                        var response = await _sageMaker.CreateTrainingJobAsync(request);
                        var described = await _sageMaker.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = name });
                        return response.TrainingJobArn + " " + described.TrainingJobStatus.Value;
                    }
                    catch (AmazonSageMakerException e) when (e.ErrorCode == "ResourceLimitExceeded")
                    {
                        throw new InvalidOperationException(e.Message, e);
                    }
                }
            }
            """);
        var run = CliRun.WithCache("scan", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Not read", run.Out);
        // ml.g5.2xlarge Training, us-east-1: $1.515/h; 24 h at most: $36.36.
        Assert.Contains("MLC0001: Training job runs on on-demand capacity: 1 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1)", run.Out);
        Assert.Contains("MLC0012: Training job can run 1 × ml.g5.2xlarge for up to 24 h (MaxRuntimeInSeconds = 86,400): at most $36.36 at on-demand rates", run.Out);
        Assert.DoesNotContain("MLC0003", run.Out);
    }

    [Fact]
    public void Fail_on_takes_only_the_severities()
    {
        var run = CliRun.Of("scan", Demo, "--fail-on", "critical");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Sarif_output_names_rules_results_and_locations()
    {
        var run = CliRun.Of("scan", Demo, "--format", "sarif", "--region", "eu-west-1");
        using var sarif = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains(runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "MLC0004");
        var result = runElement.GetProperty("results")[0];
        Assert.Equal("warning", result.GetProperty("level").GetString());
        // Paths are relative to the repository root, under %SRCROOT%, which the log maps to that folder.
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("samples/AnalyzerDemo/ModelOperations.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.EndsWith("/", runElement.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.True(location.GetProperty("region").GetProperty("endColumn").GetInt32() > location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Matches("^[0-9a-f]{16}:1$", result.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString());
        // The tool's version, and every rule with the metadata code-scanning services show.
        var driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(14, rules.Count);
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.StartsWith("https://", r.GetProperty("helpUri").GetString());
            Assert.Contains(r.GetProperty("id").GetString()!, r.GetProperty("help").GetProperty("markdown").GetString());
            Assert.NotEqual(JsonValueKind.Undefined, r.GetProperty("defaultConfiguration").GetProperty("level").ValueKind);
        });
        Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        // eu-west-1 has no ml.g5.2xlarge Training price in the cache: the finding says so rather than guess.
        Assert.Contains("no eu-west-1 Training price", result.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Clean_code_has_no_findings()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Clean.cs"), """
            using Amazon.SageMaker.Model;
            class C { object M() => new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 } }; }
            """);
        var run = CliRun.Of("scan", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 finding(s) in 1 file(s).", run.Out);
    }

    private const string OnDemandTraining = """
        using Amazon.SageMaker.Model;
        class Trainer { object M() => new CreateTrainingJobRequest { ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.xlarge" } }; }
        """;

    [Fact]
    public void Editorconfig_sets_the_region_and_severities_and_the_region_option_overrides_it()
    {
        // eu-west-1 ml.m5.xlarge Training: $0.257/h (AWS bill line); the cache has no us-east-1 price for it.
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(".editorconfig"), """
            root = true
            [*.cs]
            mlcost.region = eu-west-1
            dotnet_diagnostic.MLC0001.severity = error
            dotnet_diagnostic.MLC0003.severity = none
            """);
        File.WriteAllText(folder.File("Trainer.cs"), OnDemandTraining);

        var run = CliRun.Of("scan", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Trainer.cs(2,31): error MLC0001: Training job runs on on-demand capacity: 1 × ml.m5.xlarge at $0.257/h on-demand (eu-west-1)", run.Out);
        Assert.DoesNotContain("MLC0003", run.Out);
        Assert.Contains("1 finding(s) in 1 file(s).", run.Out);

        var overridden = CliRun.Of("scan", folder.Path, "--region", "us-east-1");
        Assert.Contains("1 × ml.m5.xlarge (no us-east-1 Training price for ml.m5.xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions us-east-1`)", overridden.Out);
    }

    [Fact]
    public void Editorconfig_sections_and_nested_files_apply_where_a_build_would_apply_them()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.MLC0003.severity = none\n");
        Directory.CreateDirectory(folder.File("legacy"));
        File.WriteAllText(folder.File(Path.Combine("legacy", ".editorconfig")), "[*.cs]\ndotnet_diagnostic.MLC0001.severity = none\n");
        File.WriteAllText(folder.File("Trainer.cs"), OnDemandTraining);
        File.WriteAllText(folder.File(Path.Combine("legacy", "Old.cs")), OnDemandTraining.Replace("Trainer", "Old"));

        using var json = JsonDocument.Parse(CliRun.Of("scan", folder.Path, "--format", "json").Out);
        var findings = json.RootElement.EnumerateArray().Select(f => (f.GetProperty("id").GetString(), f.GetProperty("path").GetString())).ToList();
        Assert.Equal([("MLC0001", "Trainer.cs")], findings);
    }

    [Fact]
    public void A_missing_path_is_exit_code_2()
    {
        var run = CliRun.Of("scan", "/no/such/folder");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error);
    }
}

public class ScanNotReadTests
{
    private const string Code = """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Trainer
        {
            object Build() => new CreateTrainingJobRequest { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP98xlarge } };
        }
        """;

    [Fact]
    public void What_scan_could_not_read_is_said_in_every_format_and_the_constant_is_still_priced_by_name()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Trainer.cs"), Code);
        File.WriteAllText(folder.File("Broken.cs"), "class Broken { void M( { }");

        var text = CliRun.Of("scan", folder.Path);
        Assert.Equal(0, text.ExitCode);
        // A constant newer than the models the SDK shapes come from is read by its name: the finding names
        // ml.p9.8xlarge, not a run-time value.
        Assert.Contains("ml.p9.8xlarge", text.Out);
        Assert.Contains("Not read (2)", text.Out);
        Assert.Contains("Broken.cs(1,", text.Out);
        Assert.Contains("could not be parsed", text.Out);
        Assert.Contains("an AWS SDK member MlCost's SDK shapes lack", text.Out);
        Assert.Contains("MlP98xlarge", text.Out);

        var json = CliRun.Of("scan", folder.Path, "--format", "json");
        using (var findings = JsonDocument.Parse(json.Out)) Assert.Equal(JsonValueKind.Array, findings.RootElement.ValueKind);
        Assert.Contains("could not be parsed", json.Error);

        var sarif = CliRun.Of("scan", folder.Path, "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.Out);
        var notifications = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications");
        Assert.Equal(2, notifications.GetArrayLength());
        Assert.Equal("Broken.cs", notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
