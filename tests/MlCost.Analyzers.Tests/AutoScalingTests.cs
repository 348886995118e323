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
        await Verify<EndpointWithoutAutoScalingAnalyzer>.Analyzer(source, shape, null,
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(0),
            Verify<EndpointWithoutAutoScalingAnalyzer>.Diagnostic().WithLocation(1));
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
