using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

/// <summary>
/// The rules read SDK code from syntax and look names up in the class's scope rather than binding each statement
/// (see Sdk/Binding.cs). These cases are where that shortcut could differ from what the compiler binds: each must
/// come out as the compiler sees it.
/// </summary>
public class ReadingCodeTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult OnDemand(int location, string described) =>
        Verify<OnDemandTrainingAnalyzer>.Diagnostic().WithLocation(location).WithArguments(described, OnDemandTrainingAnalyzer.SpotSavings);

    [Fact]
    public async Task A_type_of_the_same_name_in_the_users_namespace_is_not_the_SDKs()
    {
        // The enclosing namespace is searched before using directives: this CreateTrainingJobRequest is the user's.
        const string source = """
            using Amazon.SageMaker.Model;
            namespace Shop
            {
                class CreateTrainingJobRequest { public object ResourceConfig { get; set; } }
                class Trainer
                {
                    object Mine() => new CreateTrainingJobRequest { ResourceConfig = null };
                    object Theirs() => {|#0:new Amazon.SageMaker.Model.CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large" } };
                }
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, OnDemand(0, "1 × ml.m5.large at $0.115/h on-demand (us-east-1), $0.115/h in all"));
    }

    [Fact]
    public async Task A_method_type_parameter_of_the_same_name_hides_the_SDK_type()
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Factory
            {
                object Make<CreateTrainingJobRequest>() where CreateTrainingJobRequest : new() => new CreateTrainingJobRequest();
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4);
    }

    [Fact]
    public async Task A_local_named_like_the_constant_class_is_the_local()
    {
        // TrainingInstanceType here is a local whose member is a string known only at run time: no price is claimed.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object Build(string chosen)
                {
                    var TrainingInstanceType = new { MlG52xlarge = chosen };
                    return {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge } };
                }
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, OnDemand(0, "1 instance(s) of a type known only at run time"));
    }

    [Fact]
    public async Task A_field_named_like_the_constant_class_is_the_field()
    {
        // In the method, TrainingInstanceType is the class's own field, a tuple whose element is read at run time.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Trainer
            {
                static readonly (string MlG52xlarge, int Spare) TrainingInstanceType = (System.Environment.GetEnvironmentVariable("TYPE"), 0);
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge } };
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, OnDemand(0, "1 instance(s) of a type known only at run time"));
    }

    [Fact]
    public async Task A_field_brought_in_by_using_static_is_the_field()
    {
        // The namespace's own `using static` is searched before the file's `using Amazon.SageMaker`: in the method,
        // TrainingInstanceType is Settings' field, read at run time, so no price is claimed.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            namespace Shop
            {
                using static Shop.Settings;
                static class Settings { public static readonly (string MlG52xlarge, int Spare) TrainingInstanceType = (System.Environment.GetEnvironmentVariable("TYPE"), 0); }
                class Trainer
                {
                    object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge } };
                }
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, OnDemand(0, "1 instance(s) of a type known only at run time"));
    }

    [Fact]
    public async Task A_nested_type_named_like_the_constant_class_is_the_nested_type()
    {
        // A base class's nested TrainingInstanceType hides the SDK's in the method: its constant is what is priced.
        // us-east-1 ml.m5.large Training: $0.115/h.
        const string source = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Defaults { protected static class TrainingInstanceType { public const string MlG52xlarge = "ml.m5.large"; } }
            class Trainer : Defaults
            {
                object Build() => {|#0:new CreateTrainingJobRequest|} { ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge } };
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null, OnDemand(0, "1 × ml.m5.large at $0.115/h on-demand (us-east-1), $0.115/h in all"));
    }

    [Fact]
    public async Task A_using_alias_of_the_request_type_is_the_request_type()
    {
        // The alias is found by syntax before anything is bound; an alias of another type with an SDK-like target
        // name elsewhere is not the SDK's. us-east-1 ml.m5.large Training: $0.115/h.
        const string source = """
            using Job = Amazon.SageMaker.Model.CreateTrainingJobRequest;
            using Amazon.SageMaker.Model;
            namespace Shop
            {
                using Mine = Shop.Local.CreateTrainingJobRequest;
                namespace Local { class CreateTrainingJobRequest { public object? ResourceConfig { get; set; } } }
                class Trainer
                {
                    object Theirs() => {|#0:new Job|} { ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large" } };
                    Job TargetTyped() { Job job = {|#1:new|}() { ResourceConfig = new() { InstanceType = "ml.m5.large" } }; return job; }
                    object Ours() => new Mine { ResourceConfig = null };
                }
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null,
            OnDemand(0, "1 × ml.m5.large at $0.115/h on-demand (us-east-1), $0.115/h in all"),
            OnDemand(1, "1 × ml.m5.large at $0.115/h on-demand (us-east-1), $0.115/h in all"));
    }

    [Fact]
    public async Task Target_typed_new_and_constants_are_read()
    {
        // us-east-1 ml.g5.2xlarge Training: $1.515/h; two instances $3.03/h.
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                const string Gpu = "ml.g5.2xlarge";
                CreateTrainingJobRequest Build() => {|#0:new|}() { ResourceConfig = new() { InstanceType = Gpu, InstanceCount = 1 + 1 } };
                CreateTrainingJobRequest? Declared()
                {
                    CreateTrainingJobRequest? request = {|#1:new|}();
                    System.Collections.Generic.List<string> names = new();
                    return request;
                }
            }
            """;
        await Verify<OnDemandTrainingAnalyzer>.Analyzer(source, SdkShape.V4, null,
            OnDemand(0, "2 × ml.g5.2xlarge at $1.515/h on-demand (us-east-1), $3.03/h in all"),
            OnDemand(1, "1 instance(s) of a type known only at run time"));
    }

    [Fact]
    public async Task A_feature_list_written_as_a_collection_expression_is_priced()
    {
        const string source = """
            using Amazon.Textract;
            using Amazon.Textract.Model;
            class Reader
            {
                object Request() => {|#0:new AnalyzeDocumentRequest|} { FeatureTypes = [FeatureType.QUERIES, "FORMS"] };
            }
            """;
        await Verify<TextractFeatureBundleAnalyzer>.Analyzer(source, SdkShape.V4, null, Verify<TextractFeatureBundleAnalyzer>.Diagnostic().WithLocation(0)
            .WithArguments("AnalyzeDocument", "FORMS+QUERIES", " costs $55.00 per 1,000 pages (us-east-1), 36.7× DetectDocumentText's $1.50", "DetectDocumentText"));
    }

    [Fact]
    public async Task InvokeEndpoint_is_told_apart_by_what_it_is_called_on()
    {
        // A local client (bound the ordinary way) is reported; a parameter of the user's own type with a method of
        // the same name is not, nor is a lambda parameter that hides the method's runtime parameter.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Amazon.SageMakerRuntime;
            using Amazon.SageMakerRuntime.Model;
            class MyScorer { public Task InvokeEndpointAsync(InvokeEndpointRequest request) => Task.CompletedTask; }
            class Scorer
            {
                async Task Local(List<string> items)
                {
                    var client = new AmazonSageMakerRuntimeClient();
                    foreach (var item in items)
                        await {|#0:client.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = item })|};
                }

                Task Mine(MyScorer runtime, List<string> items) => Task.WhenAll(items.Select(x => runtime.InvokeEndpointAsync(new InvokeEndpointRequest())));

                Task Hidden(IAmazonSageMakerRuntime runtime, List<MyScorer> scorers) =>
                    Task.WhenAll(scorers.Select(runtime => runtime.InvokeEndpointAsync(new InvokeEndpointRequest())));
            }
            """;
        await Verify<InvokeEndpointPerItemAnalyzer>.Analyzer(source, SdkShape.V4, null,
            Verify<InvokeEndpointPerItemAnalyzer>.Diagnostic().WithLocation(0).WithArguments("InvokeEndpointAsync", " (each call's payload and response are billed as data processed, $0.016 a GB in us-east-1, on top of the endpoint's hours)"));
    }

    [Fact]
    public void The_candidate_names_are_the_request_types_the_rules_read()
    {
        var typed = typeof(MlCost.Analyzers.Sdk.AwsSdkTypes).GetProperties()
            .Where(p => p.PropertyType.Name == "INamedTypeSymbol" && p.Name != "SageMakerRuntime" && p.Name != "SageMakerRuntimeClient")
            .Select(p => p.Name);
        Assert.Equal(typed.Order(), MlCost.Analyzers.Sdk.AwsSdkTypes.ShortNames.Order());
    }
}
