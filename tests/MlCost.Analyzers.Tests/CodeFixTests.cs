using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using MlCost.Analyzers.CodeFixes;
using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

public class CodeFixTests
{
    /// <summary>Runs the fix on each diagnostic, and Fix All over the document, and compares both with <paramref name="fixedSource"/>.</summary>
    private static async Task Fix(string source, string fixedSource, SdkShape shape)
    {
        var test = new CSharpCodeFixTest<OnDemandTrainingAnalyzer, EnableManagedSpotTrainingCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            // One pass per document fixes every request in it: Fix All is checked too.
            NumberOfFixAllIterations = 1,
        };
        test.TestState.AdditionalReferences.AddRange(SdkShapes.References(shape));
        test.FixedState.AdditionalReferences.AddRange(SdkShapes.References(shape));
        // [|...|] marks where MLC0001 is expected; its message arguments are covered by the analyzer tests.
        await test.RunAsync();
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task The_fix_enables_spot_and_adds_a_wait_bound_to_every_request(SdkShape shape)
    {
        const string source = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object A() => [|new CreateTrainingJobRequest|]
                {
                    TrainingJobName = "a",
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };

                object B() => [|new CreateTrainingJobRequest|]
                {
                    EnableManagedSpotTraining = false,
                    TrainingJobName = "b",
                };
            }
            """;
        const string fixedSource = """
            using Amazon.SageMaker.Model;
            class Trainer
            {
                object A() => new CreateTrainingJobRequest
                {
                    EnableManagedSpotTraining = true,
                    TrainingJobName = "a",
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = (3600) * 2 },
                };

                object B() => new CreateTrainingJobRequest
                {
                    EnableManagedSpotTraining = true,
                    TrainingJobName = "b",
                };
            }
            """;
        await Fix(source, fixedSource, shape);
    }
}
