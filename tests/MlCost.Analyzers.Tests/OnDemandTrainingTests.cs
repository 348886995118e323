using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

public class OnDemandTrainingTests
{
    private static Task Run(string source, SdkShape shape, string? editorConfig = null, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify<OnDemandTrainingAnalyzer>.Analyzer(source, shape, editorConfig, expected);

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task An_on_demand_training_job_is_reported_with_its_hourly_price(SdkShape shape)
    {
        // us-east-1 ml.m5.large Training: $0.115/h in the cache (SKU JMCWJEAPVJNFJ5P4).
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                CreateTrainingJobRequest Build() => {|#0:new CreateTrainingJobRequest|}
                {
                    TrainingJobName = "churn",
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlM5Large, InstanceCount = 2 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };
            }
            """;
        await Run(source, shape, null, Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("2 × ml.m5.large at $0.115/h on-demand (us-east-1), $0.23/h in all", OnDemandTrainingAnalyzer.SpotSavings));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Managed_spot_training_is_not_reported(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                CreateTrainingJobRequest Build() => new CreateTrainingJobRequest
                {
                    EnableManagedSpotTraining = true,
                    ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large", InstanceCount = 1 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 },
                };
            }
            """;
        await Run(source, shape);
    }

    [Fact]
    public async Task Spot_set_statement_by_statement_is_seen()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                CreateTrainingJobRequest Build()
                {
                    var request = new CreateTrainingJobRequest();
                    request.ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large" };
                    request.EnableManagedSpotTraining = true;
                    return request;
                }
            }
            """;
        await Run(source, SdkShape.V4);
    }

    [Theory]
    [InlineData("TrainingInstanceType.FindValue(\"ml.g5.2xlarge\")", "1 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1), $1.515/h in all")]
    [InlineData("new TrainingInstanceType(\"ml.g5.2xlarge\")", "1 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1), $1.515/h in all")]
    [InlineData("TrainingInstanceType.MlP32xlarge", "1 × ml.p3.2xlarge, a GPU/accelerator instance (no us-east-1 Training price for ml.p3.2xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions us-east-1`)")]
    [InlineData("System.Environment.GetEnvironmentVariable(\"TYPE\")", "1 instance(s) of a type known only at run time")]
    public async Task Instance_types_are_read_however_they_are_written_and_never_guessed(string instanceType, string described)
    {
        var source = $$"""
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = {{instanceType}} } };
            }
            """;
        await Run(source, SdkShape.V4, null, Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0).WithArguments(described, OnDemandTrainingAnalyzer.SpotSavings));
    }

    [Fact]
    public async Task A_constant_the_compiled_SDK_shapes_lack_is_read_by_its_name()
    {
        // A constant newer than the service models the SDK shapes come from (no ml.p9 exists in them): MlP98xlarge is
        // ml.p9.8xlarge by the SDK's naming, so the finding names the type (and says there is no price) instead of
        // calling it a run-time value.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.{|#1:MlP98xlarge|} } };
            }
            """;
        await Run(source, SdkShape.V4, null,
            Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("1 × ml.p9.8xlarge, a GPU/accelerator instance (no us-east-1 Training price for ml.p9.8xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions us-east-1`)", OnDemandTrainingAnalyzer.SpotSavings),
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0117").WithLocation(1).WithArguments("Amazon.SageMaker.TrainingInstanceType", "MlP98xlarge"));
    }

    [Fact]
    public async Task A_price_file_given_as_an_additional_file_replaces_the_compiled_prices()
    {
        // What `mlcost scan` passes from the cache it reads (or a project adds itself): the cache's analyzer-prices.tsv.
        // Here a cache whose ml.p3.2xlarge Training rate is AWS's $3.825/h, which the committed snapshot lacks.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP32xlarge, InstanceCount = 2 } };
            }
            """;
        const string prices = "# a cache's analyzer prices\ninstance\tus-east-1\tml.p3.2xlarge\tTraining\t3.825\tRATE.JRTCKXETXF.6YS6EN2CT7\tprice-list\n";
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, [("/cache/analyzer-prices.tsv", prices)],
            Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("2 × ml.p3.2xlarge at $3.825/h on-demand (us-east-1), $7.65/h in all", OnDemandTrainingAnalyzer.SpotSavings));
    }

    [Fact]
    public async Task A_price_file_that_cannot_be_read_is_said_once_and_the_compiled_prices_are_quoted()
    {
        // An edited line (a price that is not a number): no analyzer crash (AD0001), MLC0014 names the file and line, and
        // the training finding quotes the compiled-in snapshot ($1.515/h for ml.g5.2xlarge in us-east-1).
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge } };
            }
            """;
        const string prices = "# edited by hand\ninstance\tus-east-1\tml.g5.2xlarge\tTraining\tcheap\tRATE\tprice-list\n";
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, [("/cache/analyzer-prices.tsv", prices)],
            Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("1 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1), $1.515/h in all", OnDemandTrainingAnalyzer.SpotSavings));
        await Verify<PriceFileAnalyzer>.Analyzer(source.Replace("{|#0:", "").Replace("|}", ""), SdkShape.V4, null, [("/cache/analyzer-prices.tsv", prices)],
            Verify<PriceFileAnalyzer>.Diagnostic().WithNoLocation().WithArguments(
                "/cache/analyzer-prices.tsv, line 2: expected 7 tab-separated fields (kind, region, name, component or features, USD, rate code, quality); regenerate it with `mlcost prices import` or `mlcost prices refresh`"));
    }

    [Fact]
    public async Task The_region_comes_from_editorconfig()
    {
        // eu-west-1 ml.m5.xlarge Training: $0.257/h (AWS bill line).
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.xlarge" } };
            }
            """;
        await Run(source, SdkShape.V3, "mlcost.region = eu-west-1",
            Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("1 × ml.m5.xlarge at $0.257/h on-demand (eu-west-1), $0.257/h in all", OnDemandTrainingAnalyzer.SpotSavings));
    }

    [Fact]
    public async Task Code_without_the_AWS_SDK_is_left_alone()
    {
        const string source = """
            namespace Other.Vendor { class CreateTrainingJobRequest { } }
            class C { object M() => new Other.Vendor.CreateTrainingJobRequest(); }
            """;
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<OnDemandTrainingAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(LocalReferences.All);
        await test.RunAsync();
    }
}
