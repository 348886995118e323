using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

public class EndpointWithoutAutoScalingTests
{
    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Endpoints_without_any_scalable_target_in_the_compilation_are_reported(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object A() => {|#0:new CreateEndpointRequest|} { EndpointName = "a", EndpointConfigName = "a" };
                object B() => {|#1:new CreateEndpointRequest|} { EndpointName = "b", EndpointConfigName = "b" };
            }
            """;
        // The methods build no variants: nothing is said of what the fleets cost.
        await Verify<EndpointWithoutAutoScalingAnalyzer>.Analyzer(source, shape, null,
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(0).WithArguments(""),
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(1).WithArguments(""));
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task The_fleet_built_in_the_same_method_is_priced_around_the_clock(SdkShape shape)
    {
        // us-east-1 ml.m5.xlarge Hosting $0.23/h: 3 × 0.23 × 730 = $503.70 a month.
        const string source = """
            using Amazon.SageMaker.Model;
            using System.Collections.Generic;
            class Deployer
            {
                void Deploy()
                {
                    var config = new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "a",
                        ProductionVariants = new List<ProductionVariant> { new ProductionVariant { VariantName = "all", InstanceType = "ml.m5.xlarge", InitialInstanceCount = 3 } },
                    };
                    var endpoint = {|#0:new CreateEndpointRequest|} { EndpointName = "a", EndpointConfigName = "a" };
                }
            }
            """;
        await Verify<EndpointWithoutAutoScalingAnalyzer>.Analyzer(source, shape, null,
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("; 3 × ml.m5.xlarge around the clock: $503.70/month with no scaling"));
    }

    [Fact]
    public async Task A_fleet_without_a_price_says_which_and_how_to_get_it()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            using System.Collections.Generic;
            class Deployer
            {
                void Deploy()
                {
                    var variant = new ProductionVariant { VariantName = "all", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 2 };
                    var endpoint = {|#0:new CreateEndpointRequest|} { EndpointName = "a", EndpointConfigName = "a" };
                }
            }
            """;
        // The eu-west-1 prices in the cache have no ml.g5.xlarge Hosting rate.
        await Verify<EndpointWithoutAutoScalingAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.region = eu-west-1",
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(0).WithArguments(
                "; 2 × ml.g5.xlarge around the clock (no eu-west-1 Hosting price for ml.g5.xlarge in MlCost's prices: `mlcost prices refresh --services sagemaker --regions eu-west-1`)"));
    }

    [Fact]
    public async Task A_scalable_target_registered_elsewhere_in_the_project_is_enough()
    {
        const string source = """
            using Amazon.ApplicationAutoScaling;
            using Amazon.ApplicationAutoScaling.Model;
            using Amazon.SageMaker.Model;
            class Deployer
            {
                object Endpoint() => new CreateEndpointRequest { EndpointName = "a", EndpointConfigName = "a" };
            }
            class Scaling
            {
                object Target() => new RegisterScalableTargetRequest
                {
                    ServiceNamespace = ServiceNamespace.Sagemaker,
                    ResourceId = "endpoint/a/variant/all",
                    ScalableDimension = ScalableDimension.SagemakerVariantDesiredInstanceCount,
                    MinCapacity = 1,
                    MaxCapacity = 4,
                };
            }
            """;
        await Verify<EndpointWithoutAutoScalingAnalyzer>.Analyzer(source, SdkShape.V4);
    }
}
