using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MlCost.Analyzers.Tests;

public enum SdkShape
{
    V3,
    V4,
}

/// <summary>
/// Runs an analyzer over code compiled against the AWS SDK's generated shapes (v3 or v4, <see cref="SdkShapes"/>) and
/// the local .NET reference assemblies — found in the installed SDK at run time, so nothing is downloaded.
/// </summary>
internal static class Verify<TAnalyzer> where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static Task Analyzer(string source, SdkShape shape, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Analyzer(source, shape, editorConfig, [], expected);

    /// <summary>As above, with additional files (an <c>analyzer-prices.tsv</c>, for one) beside the sources.</summary>
    public static async Task Analyzer(string source, SdkShape shape, string? editorConfig, (string Path, string Text)[] additionalFiles, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            // No reference package (nothing to download): the local reference assemblies instead.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(SdkShapes.References(shape));
        foreach (var (path, text) in additionalFiles) test.TestState.AdditionalFiles.Add((path, text));
        if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\n{editorConfig}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}

/// <summary>
/// The AWS SDK as the tests compile code against it: the shapes generated from the service models
/// (analyzers/Stubs/Generated/AwsSdkModel.V3.cs or .V4.cs, and AwsSdkConstants.cs, the same in both), each compiled
/// once per test run into an assembly the test code references, as real code references AWSSDK.SageMaker.
/// </summary>
internal static class SdkShapes
{
    private static readonly Lazy<MetadataReference> Constants = new(() => Compile("AWSSDK.Constants", "AwsSdkConstants.cs", []));

    private static readonly Lazy<MetadataReference> V3 = new(() => Compile("AWSSDK.V3", Path.Combine("Generated", "AwsSdkModel.V3.cs"), [Constants.Value]));

    private static readonly Lazy<MetadataReference> V4 = new(() => Compile("AWSSDK.V4", Path.Combine("Generated", "AwsSdkModel.V4.cs"), [Constants.Value]));

    /// <summary>The .NET reference assemblies, the constant classes and the model classes and clients of <paramref name="shape"/>.</summary>
    public static IReadOnlyList<MetadataReference> References(SdkShape shape) =>
        [.. LocalReferences.All, Constants.Value, shape == SdkShape.V4 ? V4.Value : V3.Value];

    /// <summary>The generated source of a version's model classes and clients, for tests that need it as text.</summary>
    public static string Source(SdkShape shape) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "Generated", $"AwsSdkModel.{shape}.cs"));

    public static string ConstantsSource => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "AwsSdkConstants.cs"));

    private static MetadataReference Compile(string name, string file, MetadataReference[] references)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", file));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            name,
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)],
            [.. LocalReferences.All, .. references],
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success) throw new InvalidOperationException($"{file} does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}

/// <summary>The .NET reference assemblies of the SDK installed here (packs/Microsoft.NETCore.App.Ref), newest version.</summary>
internal static class LocalReferences
{
    public static readonly IReadOnlyList<MetadataReference> All = Create();

    private static List<MetadataReference> Create()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet/packs/Microsoft.NETCore.App.Ref
        var packs = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var version = Directory.GetDirectories(packs).OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).Last();
        var folder = Directory.GetDirectories(Path.Combine(version, "ref")).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Directory.GetFiles(folder, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }
}
