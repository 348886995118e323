using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

public class TrainingWithoutRuntimeBoundTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task A_training_job_without_MaxRuntimeInSeconds_is_reported(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|}
                {
                    EnableManagedSpotTraining = true,
                    ResourceConfig = new ResourceConfig { InstanceType = "ml.g5.2xlarge", InstanceCount = 1 },
                };
            }
            """;
        await Verify<TrainingWithoutRuntimeBoundAnalyzer>.Analyzer(source, shape, null,
            Verify<TrainingWithoutRuntimeBoundAnalyzer>.Diagnostic().WithLocation(0).WithArguments("1 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1), $1.515/h in all"));
    }

    [Theory]
    [InlineData("new StoppingCondition { MaxRuntimeInSeconds = 7200 }")]
    [InlineData("new StoppingCondition { MaxRuntimeInSeconds = hours * 3600 }")]
    public async Task A_bound_constant_or_computed_is_enough(string stopping)
    {
        var source = $$"""
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build(int hours) => new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = {{stopping}} };
            }
            """;
        await Verify<TrainingWithoutRuntimeBoundAnalyzer>.Analyzer(source, SdkShape.V4);
    }
}

public class CostlyEndpointVariantTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task A_GPU_variant_is_reported_with_its_hourly_and_monthly_cost(SdkShape shape)
    {
        // us-east-1 ml.g4dn.xlarge Hosting $0.7364/h: 2 × 0.7364 = $1.4728/h; × 730 = $1,075.14/month.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object Variant() => {|#0:new ProductionVariant|} { VariantName = "all", InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, InitialInstanceCount = 2 };
            }
            """;
        await Verify<CostlyEndpointVariantAnalyzer>.Analyzer(source, shape, null, Verify<CostlyEndpointVariantAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments(2, "ml.g4dn.xlarge", "$1.4728/h", "$1,075.14", " on a GPU/accelerator instance; consider serverless, async (scales to zero) or a CPU instance"));
    }

    [Fact]
    public async Task A_CPU_fleet_over_the_configured_threshold_is_reported()
    {
        // ml.c5.xlarge $0.204/h × 6 = $1.224/h, over a $1/h threshold; 1.224 × 730 = $893.52.
        const string source = """
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object Variant() => {|#0:new ProductionVariant|} { InstanceType = "ml.c5.xlarge", InitialInstanceCount = 6 };
            }
            """;
        await Verify<CostlyEndpointVariantAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.MLC0004.max_hourly_usd = 1",
            Verify<CostlyEndpointVariantAnalyzer>.Diagnostic().WithLocation(0).WithArguments(6, "ml.c5.xlarge", "$1.224/h", "$893.52", ", over the $1.00/h threshold"));
    }

    [Theory]
    [InlineData("\"ml.m5.large\"", 2)]
    [InlineData("System.Environment.GetEnvironmentVariable(\"TYPE\")", 1)]
    public async Task Small_CPU_variants_and_unknown_types_are_left_alone(string instanceType, int count)
    {
        var source = $$"""
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object Variant() => new ProductionVariant { InstanceType = {{instanceType}}, InitialInstanceCount = {{count}} };
            }
            """;
        await Verify<CostlyEndpointVariantAnalyzer>.Analyzer(source, SdkShape.V3);
    }
}

public class TextractFeatureBundleTests
{
    [Theory]
    [InlineData("new List<string> { FeatureType.FORMS, FeatureType.QUERIES }")]
    [InlineData("new List<string> { \"QUERIES\", \"FORMS\" }")]
    public async Task A_feature_bundle_is_priced_against_text_detection(string features)
    {
        // us-east-1: FORMS+QUERIES $0.055/page ($55.00 per 1,000), DetectDocumentText $0.0015 ($1.50): 36.7×.
        var source = $$"""
            using System.Collections.Generic;
            using Amazon.Textract;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request() => {|#0:new AnalyzeDocumentRequest|} { FeatureTypes = {{features}} };
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4, null, Verify<TextractFeatureBundleAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("AnalyzeDocument", "FORMS+QUERIES", " costs $55.00 per 1,000 pages (us-east-1), 36.7× DetectDocumentText's $1.50", "DetectDocumentText"));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task FORMS_and_TABLES_held_in_a_local_and_written_with_Value_are_priced_as_their_two_SKUs(SdkShape shape)
    {
        // No FORMS+TABLES SKU: FORMS $0.05 + TABLES $0.015 = $0.065 a page ($65.00 per 1,000), 43.3× DetectDocumentText's $1.50 —
        // AWS's pricing page quotes FORMS+TABLES at $0.065 for the first million pages.
        const string source = """
            using System.Collections.Generic;
            using Amazon.Textract;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request()
                {
                    var wanted = new List<string> { FeatureType.TABLES.Value, FeatureType.FORMS.Value };
                    return {|#0:new AnalyzeDocumentRequest|} { FeatureTypes = wanted };
                }
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, shape, null, Verify<TextractFeatureBundleAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("AnalyzeDocument", "FORMS+TABLES (billed as FORMS plus TABLES, each its own SKU)", " costs $65.00 per 1,000 pages (us-east-1), 43.3× DetectDocumentText's $1.50", "DetectDocumentText"));
    }

    [Fact]
    public async Task StartDocumentAnalysis_is_priced_against_asynchronous_text_detection()
    {
        // us-east-1 StartDocumentAnalysis FORMS+QUERIES $0.055, StartDocumentTextDetection $0.0015.
        const string source = """
            using System.Collections.Generic;
            using Amazon.Textract.Model;
            class Reader
            {
                static readonly List<string> Wanted = new List<string> { "FORMS", "QUERIES" };
                object Request() => {|#0:new StartDocumentAnalysisRequest|} { FeatureTypes = Wanted };
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4, null, Verify<TextractFeatureBundleAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("StartDocumentAnalysis", "FORMS+QUERIES", " costs $55.00 per 1,000 pages (us-east-1), 36.7× StartDocumentTextDetection's $1.50", "StartDocumentTextDetection"));
    }

    [Fact]
    public async Task A_region_without_Textract_prices_says_which_price_is_missing_and_how_to_get_it()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request() => {|#0:new AnalyzeDocumentRequest|} { FeatureTypes = new List<string> { "FORMS" } };
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.region = eu-north-1", Verify<TextractFeatureBundleAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("AnalyzeDocument", "FORMS", " (no eu-north-1 AnalyzeDocument FORMS page price in MlCost's prices: `mlcost prices refresh --services textract --regions eu-north-1`)", "DetectDocumentText"));
    }

    [Fact]
    public async Task A_list_changed_after_it_is_made_is_not_read()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request(bool tables)
                {
                    var wanted = new List<string> { "FORMS" };
                    if (tables) wanted.Add("TABLES");
                    return new AnalyzeDocumentRequest { FeatureTypes = wanted };
                }
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4);
    }

    [Fact]
    public async Task Features_known_only_at_run_time_are_not_priced()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request(List<string> wanted) => new AnalyzeDocumentRequest { FeatureTypes = wanted };
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4);
    }
}
