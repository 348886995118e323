using Microsoft.CodeAnalysis;
using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

/// <summary>MLC0012: instances × rate × MaxRuntimeInSeconds (× training jobs for tuning), from the snapshot's us-east-1 prices.</summary>
public class LargestJobCostTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string what, string runs, string cost) =>
        Verify<LargestJobCostAnalyzer>.Diagnostic().WithLocation(location).WithArguments(what, runs, cost);

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task A_training_jobs_ceiling_is_its_instances_times_rate_times_runtime(SdkShape shape)
    {
        // ml.g5.2xlarge Training, us-east-1: $1.515/h. 2 instances × 24 h × $1.515 = $72.72.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|}
                {
                    EnableManagedSpotTraining = true,
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = 2 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 24 * 3600, MaxWaitTimeInSeconds = 48 * 3600 },
                };
            }
            """;
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, shape, null,
            Expected(0, "Training job", "2 × ml.g5.2xlarge for up to 24 h (MaxRuntimeInSeconds = 86,400)", "at most $72.72 at on-demand rates ($1.515/h each, us-east-1)"));
    }

    [Fact]
    public async Task Above_mlcost_max_job_usd_it_is_a_warning()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build() => {|#0:new CreateTrainingJobRequest|}
                {
                    ResourceConfig = new ResourceConfig { InstanceType = "ml.g5.2xlarge", InstanceCount = 2 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 86400 },
                };
            }
            """;
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.max_job_usd = 50",
            Expected(0, "Training job", "2 × ml.g5.2xlarge for up to 24 h (MaxRuntimeInSeconds = 86,400)",
                "at most $72.72 at on-demand rates ($1.515/h each, us-east-1), over the mlcost.max_job_usd limit of $50.00").WithSeverity(DiagnosticSeverity.Warning));
        // Under the limit it stays a projection.
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.max_job_usd = 100",
            Expected(0, "Training job", "2 × ml.g5.2xlarge for up to 24 h (MaxRuntimeInSeconds = 86,400)", "at most $72.72 at on-demand rates ($1.515/h each, us-east-1)"));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Processing_and_tuning_jobs_are_bounded_too(SdkShape shape)
    {
        // Processing ml.m5.xlarge, us-east-1: $0.23/h × 4 × 1.5 h = $1.38. Tuning: 20 jobs × 1 × ml.g5.2xlarge × 2 h × $1.515 = $60.60.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Jobs
            {
                object Process() => {|#0:new CreateProcessingJobRequest|}
                {
                    ProcessingResources = new ProcessingResources { ClusterConfig = new ProcessingClusterConfig { InstanceType = ProcessingInstanceType.MlM5Xlarge, InstanceCount = 4, VolumeSizeInGB = 30 } },
                    StoppingCondition = new ProcessingStoppingCondition { MaxRuntimeInSeconds = 5400 },
                };

                object Tune() => {|#1:new CreateHyperParameterTuningJobRequest|}
                {
                    HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig { ResourceLimits = new ResourceLimits { MaxNumberOfTrainingJobs = 20, MaxParallelTrainingJobs = 4 } },
                    TrainingJobDefinition = new HyperParameterTrainingJobDefinition
                    {
                        EnableManagedSpotTraining = true,
                        ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = 1 },
                        StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200 },
                    },
                };
            }
            """;
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, shape, null,
            Expected(0, "Processing job", "4 × ml.m5.xlarge for up to 1.5 h (MaxRuntimeInSeconds = 5,400)", "at most $1.38 at on-demand rates ($0.23/h each, us-east-1)"),
            Expected(1, "Hyperparameter tuning", "20 training jobs of 1 × ml.g5.2xlarge for up to 2 h each (MaxRuntimeInSeconds = 7,200)", "at most $60.60 at on-demand rates ($1.515/h each, us-east-1)"));
    }

    [Fact]
    public async Task A_missing_price_is_named_and_a_runtime_known_only_at_run_time_states_nothing()
    {
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Priced() => {|#0:new CreateTrainingJobRequest|}
                {
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP32xlarge },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };

                object Unbounded(int seconds) => new CreateTrainingJobRequest
                {
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = seconds },
                };
            }
            """;
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, SdkShape.V4, null,
            Expected(0, "Training job", "1 × ml.p3.2xlarge, a GPU/accelerator instance for up to 1 h (MaxRuntimeInSeconds = 3,600)",
                "no us-east-1 Training price for ml.p3.2xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions us-east-1`"));
    }

    [Fact]
    public async Task Tuning_without_a_constant_number_of_jobs_gets_the_ceiling_per_training_job()
    {
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Jobs
            {
                object Tune(int jobs) => {|#0:new CreateHyperParameterTuningJobRequest|}
                {
                    HyperParameterTuningJobConfig = new HyperParameterTuningJobConfig { ResourceLimits = new ResourceLimits { MaxNumberOfTrainingJobs = jobs, MaxParallelTrainingJobs = 2 } },
                    TrainingJobDefinition = new HyperParameterTrainingJobDefinition
                    {
                        EnableManagedSpotTraining = true,
                        ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlM5Large, InstanceCount = 2 },
                        StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 1800 },
                    },
                };
            }
            """;
        // ml.m5.large Training, us-east-1: $0.115/h × 2 × 0.5 h = $0.115 → $0.12 a training job.
        await Verify<LargestJobCostAnalyzer>.Analyzer(source, SdkShape.V4, null,
            Expected(0, "Hyperparameter tuning", "training jobs of 2 × ml.m5.large for up to 0.5 h each (MaxRuntimeInSeconds = 1,800)",
                "at most $0.12 per training job at on-demand rates (us-east-1); set HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs to bound the whole"));
    }
}
