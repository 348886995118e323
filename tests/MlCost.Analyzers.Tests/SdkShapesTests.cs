using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlCost.SdkShapesGenerator;

namespace MlCost.Analyzers.Tests;

/// <summary>The generated AWS SDK constant classes: reproduced from the service models, and holding every value of them.</summary>
public class SdkShapesTests
{
    private static readonly string Committed = Path.Combine(TestPaths.Root, "analyzers", "Stubs", "AwsSdkConstants.cs");

    [Fact]
    public void The_committed_constants_are_what_the_generator_writes_from_the_models()
    {
        var regenerated = ConstantClasses.Write(TestPaths.SharedAwsSdkModel);
        Assert.True(regenerated == File.ReadAllText(Committed),
            "analyzers/Stubs/AwsSdkConstants.cs differs from the models: dotnet run --project analyzers/SdkShapesGenerator -- ../shared/aws-sdk-model analyzers/Stubs/AwsSdkConstants.cs");
    }

    [Fact]
    public void Every_string_value_of_every_service_model_enum_is_a_field_of_its_constant_class()
    {
        // What the generated file declares: (namespace, class) → the string each field is created with.
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(Committed)).GetCompilationUnitRoot();
        Assert.Empty(root.GetDiagnostics());
        var declared = root.DescendantNodes().OfType<ClassDeclarationSyntax>().ToDictionary(
            c => $"{((BaseNamespaceDeclarationSyntax)c.Parent!).Name}.{c.Identifier.ValueText}",
            c => c.Members.OfType<FieldDeclarationSyntax>()
                .Select(f => ((ObjectCreationExpressionSyntax)f.Declaration.Variables[0].Initializer!.Value).ArgumentList!.Arguments[0].Expression)
                .Select(e => ((LiteralExpressionSyntax)e).Token.ValueText).ToHashSet());

        var expected = 0;
        foreach (var (file, space) in ConstantClasses.Services)
        {
            var enums = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedAwsSdkModel, file + ".enums.json")))!["enums"]!.AsObject();
            foreach (var (name, values) in enums)
            {
                if (values!.AsArray().Any(v => v!.GetValueKind() != System.Text.Json.JsonValueKind.String)) continue; // int enums in the SDK
                var key = $"{space}.{name.TrimStart('_')}";
                Assert.True(declared.ContainsKey(key), $"no constant class {key}");
                foreach (var value in values.AsArray().Select(v => v!.GetValue<string>()))
                {
                    Assert.Contains(value, declared[key]);
                    expected++;
                }
            }
        }
        Assert.True(expected > 3_500, $"only {expected} values read from the models");
        // Spot checks against the .NET SDK's own names.
        Assert.Equal("MlP38xlarge", ConstantClasses.FieldName("ml.p3.8xlarge"));
        Assert.Equal("MlG4dnXlarge", ConstantClasses.FieldName("ml.g4dn.xlarge"));
        Assert.Equal("SagemakerVariantDesiredInstanceCount", ConstantClasses.FieldName("sagemaker:variant:DesiredInstanceCount"));
        Assert.Equal("FORMS", ConstantClasses.FieldName("FORMS"));
        Assert.Contains("ml.p5.48xlarge", declared["Amazon.SageMaker.TrainingInstanceType"]);
        Assert.Contains("ml.inf2.xlarge", declared["Amazon.SageMaker.ProductionVariantInstanceType"]);
    }
}
