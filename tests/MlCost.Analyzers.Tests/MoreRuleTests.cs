using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

public class SpotTrainingMisconfiguredTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Spot_without_a_long_enough_wait_or_checkpoints_is_reported(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object NoWait() => {|#0:new CreateTrainingJobRequest|} { EnableManagedSpotTraining = true, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 1800 } };
                object ShortWait() => {|#1:new CreateTrainingJobRequest|}
                {
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 3600 },
                    CheckpointConfig = new CheckpointConfig { S3Uri = "s3://b/c" },
                };
                object LongNoCheckpoint() => {|#2:new CreateTrainingJobRequest|}
                {
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 36000, MaxWaitTimeInSeconds = 72000 },
                };
            }
            """;
        await Verify<SpotTrainingMisconfiguredAnalyzer>.Analyzer(source, shape, null,
            Verify<SpotTrainingMisconfiguredAnalyzer>.Diagnostic().WithLocation(0).WithArguments("sets no StoppingCondition.MaxWaitTimeInSeconds: SageMaker refuses the job (it must be at least MaxRuntimeInSeconds)"),
            Verify<SpotTrainingMisconfiguredAnalyzer>.Diagnostic().WithLocation(1).WithArguments("waits 3600 s in all, less than its 7200 s runtime bound: SageMaker refuses the job"),
            Verify<SpotTrainingMisconfiguredAnalyzer>.Diagnostic().WithLocation(2).WithArguments("has no CheckpointConfig for a run of up to 10 h: every interruption restarts it from the beginning, paying again for the hours already run"));
    }

    [Fact]
    public async Task On_demand_jobs_are_MLC0001s_business_not_this_rules()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer { object M() => new CreateTrainingJobRequest { StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 36000 } }; }
            """;
        await Verify<SpotTrainingMisconfiguredAnalyzer>.Analyzer(source, SdkShape.V4);
    }
}

public class OnDemandTuningTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Tuning_on_demand_is_priced_by_parallel_jobs(SdkShape shape)
    {
        // us-east-1 ml.g5.2xlarge Training $1.515/h × 4 parallel jobs = $6.06/h.
        const string source = """
            using Amazon.SageMaker.Model;
            class Tuner
            {
                object M() => {|#0:new CreateHyperParameterTuningJobRequest|}
                {
                    HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig { ResourceLimits = new ResourceLimits { MaxNumberOfTrainingJobs = 40, MaxParallelTrainingJobs = 4 } },
                    TrainingJobDefinition = new HyperParameterTrainingJobDefinition { ResourceConfig = new ResourceConfig { InstanceType = "ml.g5.2xlarge", InstanceCount = 1 } },
                };
            }
            """;
        await Verify<OnDemandTuningAnalyzer>.Analyzer(source, shape, null, Verify<OnDemandTuningAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments(4, "4 × 1 × ml.g5.2xlarge at $1.515/h = $6.06/h while tuning (us-east-1)"));
    }

    [Fact]
    public async Task Tuning_on_spot_is_not_reported()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Tuner { object M() => new CreateHyperParameterTuningJobRequest { TrainingJobDefinition = new HyperParameterTrainingJobDefinition { EnableManagedSpotTraining = true } }; }
            """;
        await Verify<OnDemandTuningAnalyzer>.Analyzer(source, SdkShape.V4);
    }
}

public class FullDataCaptureTests
{
    [Theory]
    [InlineData(SdkShape.V3, 100, true)]
    [InlineData(SdkShape.V4, 100, true)]
    [InlineData(SdkShape.V4, 10, false)]
    public async Task Capturing_every_request_is_reported(SdkShape shape, int percent, bool reported)
    {
        var source = $$"""
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object M() => new CreateEndpointConfigRequest
                {
                    DataCaptureConfig = {|#0:new DataCaptureConfig|} { EnableCapture = true, InitialSamplingPercentage = {{percent}}, DestinationS3Uri = "s3://b/capture" },
                };
            }
            """;
        if (reported) await Verify<FullDataCaptureAnalyzer>.Analyzer(source, shape, null, Verify<FullDataCaptureAnalyzer>.Diagnostic().WithLocation(0));
        else await Verify<FullDataCaptureAnalyzer>.Analyzer(source.Replace("{|#0:", "").Replace("|}", ""), shape);
    }
}

public class CostlyNotebookTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task A_GPU_notebook_without_lifecycle_config_is_reported_twice(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Lab { object M() => {|#0:new CreateNotebookInstanceRequest|} { NotebookInstanceName = "lab", InstanceType = InstanceType.MlP32xlarge }; }
            """;
        await Verify<CostlyNotebookAnalyzer>.Analyzer(source, shape, null,
            Verify<CostlyNotebookAnalyzer>.Diagnostic().WithLocation(0).WithArguments("on ml.p3.2xlarge", "a GPU notebook; develop on a small CPU instance and train with training jobs"),
            Verify<CostlyNotebookAnalyzer>.Diagnostic().WithLocation(0).WithArguments("on ml.p3.2xlarge", "no LifecycleConfigName, so nothing stops it when idle"));
    }

    [Fact]
    public async Task A_small_notebook_that_stops_when_idle_is_fine_and_a_priced_one_says_its_cost()
    {
        // eu-west-1 ml.t3.medium Notebook: $0.055/h, $40.15 a month left running.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Lab
            {
                object Good() => new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlT3Medium, LifecycleConfigName = "stop-when-idle" };
                object NoLifecycle() => {|#0:new CreateNotebookInstanceRequest|} { InstanceType = InstanceType.MlT3Medium };
            }
            """;
        await Verify<CostlyNotebookAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.region = eu-west-1",
            Verify<CostlyNotebookAnalyzer>.Diagnostic().WithLocation(0).WithArguments("on ml.t3.medium ($0.055/h, $40.15 a month left running)", "no LifecycleConfigName, so nothing stops it when idle"));
    }
}

public class PerItemTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Endpoints_created_in_loops_and_per_item_lambdas_are_reported(SdkShape shape)
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using Amazon.SageMaker.Model;
            class Deployer
            {
                void Loop(List<string> models)
                {
                    foreach (var model in models)
                    {
                        var config = {|#0:new CreateEndpointConfigRequest|} { EndpointConfigName = model };
                        var endpoint = {|#1:new CreateEndpointRequest|} { EndpointName = model, EndpointConfigName = model };
                    }
                }

                List<CreateEndpointRequest> Linq(List<string> models) => models.Select(m => {|#2:new CreateEndpointRequest|} { EndpointName = m }).ToList();

                CreateEndpointRequest Once(string model) => new CreateEndpointRequest { EndpointName = model };
            }
            """;
        await Verify<EndpointPerModelAnalyzer>.Analyzer(source, shape, null,
            Verify<EndpointPerModelAnalyzer>.Diagnostic().WithLocation(0).WithArguments("Endpoint configuration", ""),
            Verify<EndpointPerModelAnalyzer>.Diagnostic().WithLocation(1).WithArguments("Endpoint", ""),
            Verify<EndpointPerModelAnalyzer>.Diagnostic().WithLocation(2).WithArguments("Endpoint", ""));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Each_models_fleet_is_priced_where_the_code_builds_it(SdkShape shape)
    {
        // us-east-1 Hosting: ml.m5.large $0.115/h × 730 = $83.95; ml.c5.xlarge 2 × $0.204 × 730 = $297.84 a model.
        const string source = """
            using System.Collections.Generic;
            using Amazon.SageMaker.Model;
            class Deployer
            {
                void Loop(List<string> models)
                {
                    foreach (var model in models)
                    {
                        var config = {|#0:new CreateEndpointConfigRequest|}
                        {
                            EndpointConfigName = model,
                            ProductionVariants = new List<ProductionVariant> { new ProductionVariant { VariantName = "all", InstanceType = "ml.m5.large" } },
                        };
                    }
                }

                void Other(List<string> models)
                {
                    var variant = new ProductionVariant { VariantName = "all", InstanceType = "ml.c5.xlarge", InitialInstanceCount = 2 };
                    foreach (var model in models)
                    {
                        var endpoint = {|#1:new CreateEndpointRequest|} { EndpointName = model, EndpointConfigName = model };
                    }
                }
            }
            """;
        await Verify<EndpointPerModelAnalyzer>.Analyzer(source, shape, null,
            Verify<EndpointPerModelAnalyzer>.Diagnostic().WithLocation(0).WithArguments("Endpoint configuration", "; 1 × ml.m5.large around the clock: $83.95/month for each model"),
            Verify<EndpointPerModelAnalyzer>.Diagnostic().WithLocation(1).WithArguments("Endpoint", "; 2 × ml.c5.xlarge around the clock: $297.84/month for each model"));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task InvokeEndpoint_per_item_is_reported_on_interface_and_client(SdkShape shape)
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Amazon.SageMakerRuntime;
            using Amazon.SageMakerRuntime.Model;
            class Scorer
            {
                async Task Loop(IAmazonSageMakerRuntime runtime, List<string> items)
                {
                    for (var i = 0; i < items.Count; i++)
                        await {|#0:runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "e" })|};
                }

                Task All(IAmazonSageMakerRuntime runtime, List<string> items) =>
                    Task.WhenAll(items.Select(item => {|#1:runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "e" })|}));

                void Sync(AmazonSageMakerRuntimeClient client, List<string> items) => items.ForEach(item => {|#2:client.InvokeEndpoint(new InvokeEndpointRequest())|});

                Task One(IAmazonSageMakerRuntime runtime) => runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "e" });
            }
            """;
        await Verify<InvokeEndpointPerItemAnalyzer>.Analyzer(source, shape, null,
            Verify<InvokeEndpointPerItemAnalyzer>.Diagnostic().WithLocation(0).WithArguments("InvokeEndpointAsync", " (each call's payload and response are billed as data processed, $0.016 a GB in us-east-1, on top of the endpoint's hours)"),
            Verify<InvokeEndpointPerItemAnalyzer>.Diagnostic().WithLocation(1).WithArguments("InvokeEndpointAsync", " (each call's payload and response are billed as data processed, $0.016 a GB in us-east-1, on top of the endpoint's hours)"),
            Verify<InvokeEndpointPerItemAnalyzer>.Diagnostic().WithLocation(2).WithArguments("InvokeEndpoint", " (each call's payload and response are billed as data processed, $0.016 a GB in us-east-1, on top of the endpoint's hours)"));
    }

    [Fact]
    public async Task InvokeEndpoint_per_item_names_a_missing_data_processed_price()
    {
        // eu-west-3 has no data-processed price in the snapshot: the finding says so and how to get it.
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.SageMakerRuntime;
            using Amazon.SageMakerRuntime.Model;
            class Scorer
            {
                async Task Loop(IAmazonSageMakerRuntime runtime, List<string> items)
                {
                    foreach (var item in items) await {|#0:runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "e" })|};
                }
            }
            """;
        await Verify<InvokeEndpointPerItemAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.region = eu-west-3",
            Verify<InvokeEndpointPerItemAnalyzer>.Diagnostic().WithLocation(0).WithArguments("InvokeEndpointAsync",
                " (no eu-west-3 data-processed price in MlCost's prices: `mlcost prices refresh --services sagemaker --regions eu-west-3`)"));
    }
}
