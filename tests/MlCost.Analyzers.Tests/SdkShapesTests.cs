using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlCost.SdkShapesGenerator;

namespace MlCost.Analyzers.Tests;

/// <summary>The generated AWS SDK shapes: reproduced from the service models, and holding every value, structure, member and operation of them.</summary>
public class SdkShapesTests
{
    private static readonly string Committed = Path.Combine(TestPaths.Root, "analyzers", "Stubs", "AwsSdkConstants.cs");

    private const string Regenerate = "dotnet run --project analyzers/SdkShapesGenerator -- ../shared/aws-sdk-model analyzers/Stubs";

    [Fact]
    public void The_committed_shapes_are_what_the_generator_writes_from_the_models()
    {
        Assert.True(ConstantClasses.Write(TestPaths.SharedAwsSdkModel) == File.ReadAllText(Committed), $"analyzers/Stubs/AwsSdkConstants.cs differs from the models: {Regenerate}");
        foreach (var version in new[] { SdkVersion.V3, SdkVersion.V4 })
        {
            var path = Path.Combine(TestPaths.Root, "analyzers", "Stubs", "Generated", $"AwsSdkModel.{version}.cs");
            Assert.True(ModelClasses.Write(TestPaths.SharedAwsSdkModel, version) == File.ReadAllText(path), $"{path} differs from the models: {Regenerate}");
        }
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public void Every_structure_member_and_operation_of_every_service_model_is_in_the_compiled_shapes(SdkShape shape)
    {
        // Compiled (SdkShapes compiles each version once); then every model structure is a class with every member,
        // and every operation a method of the client interface and class, async and synchronous.
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("probe", [], SdkShapes.References(shape));
        var members = 0;
        foreach (var (file, service) in ModelClasses.Services)
        {
            var model = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedAwsSdkModel, file + ".shapes.json")))!;
            var operations = model["operations"]!.AsArray().Select(o => o!.GetValue<string>()).ToHashSet();
            foreach (var client in new[] { $"Amazon.{service}.IAmazon{service}", $"Amazon.{service}.Amazon{service}Client" })
            {
                var type = compilation.GetTypeByMetadataName(client);
                Assert.True(type is not null, $"no {client}");
                foreach (var operation in operations)
                {
                    Assert.NotEmpty(type!.GetMembers(operation + "Async"));
                    Assert.NotEmpty(type.GetMembers(operation));
                }
            }
            foreach (var (name, shapeMembers) in model["shapes"]!.AsObject())
            {
                var dotnet = name.EndsWith("Input") && operations.Contains(name[..^5]) ? name[..^5] + "Request"
                    : name.EndsWith("Output") && operations.Contains(name[..^6]) ? name[..^6] + "Response" : name.TrimStart('_');
                var type = compilation.GetTypeByMetadataName($"Amazon.{service}.Model.{dotnet}");
                if (type is null && compilation.GetTypeByMetadataName($"Amazon.{service}.{dotnet}") is not null) continue; // an enum's constant class
                Assert.True(type is not null, $"no Amazon.{service}.Model.{dotnet}");
                foreach (var (member, _) in shapeMembers!.AsObject())
                {
                    Assert.True(type!.GetMembers(ModelClasses.PropertyName(member, dotnet)).Length == 1, $"no {dotnet}.{member}");
                    members++;
                }
            }
        }
        Assert.True(members > 9_000, $"only {members} members compared");
        // The shapes the two versions differ in (v3 int and bool, v4 int? and bool?), and the SDK's own typing of lists.
        var count = compilation.GetTypeByMetadataName("Amazon.SageMaker.Model.ResourceConfig")!.GetMembers("InstanceCount").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type;
        Assert.Equal(shape == SdkShape.V4 ? "int?" : "int", count.ToDisplayString());
        var features = compilation.GetTypeByMetadataName("Amazon.Textract.Model.AnalyzeDocumentRequest")!.GetMembers("FeatureTypes").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type;
        Assert.Equal("System.Collections.Generic.List<string>", features.ToDisplayString());
        Assert.Single(compilation.GetTypeByMetadataName("Amazon.BedrockRuntime.Model.ConverseRequest")!.GetMembers("ModelId"));
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
