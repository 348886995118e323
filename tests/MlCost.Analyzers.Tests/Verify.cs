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
/// Runs an analyzer over code compiled against the AWS SDK stubs (v3 or v4 shape) and the local .NET reference
/// assemblies — found in the installed SDK at run time, so nothing is downloaded.
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
        test.TestState.AdditionalReferences.AddRange(LocalReferences.All);
        test.TestState.AdditionalReferences.Add(SdkConstants.Assembly.Value);
        test.TestState.Sources.Add(("AwsSdk.cs", Stub(shape)));
        foreach (var (path, text) in additionalFiles) test.TestState.AdditionalFiles.Add((path, text));
        if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\n{editorConfig}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// The SDK stubs in the v4 shape as written, or in the v3 shape: the same types with plain <c>bool</c> and
    /// <c>int</c> values where v4 made them nullable. The constant classes they use are <see cref="SdkConstants"/>.
    /// </summary>
    public static string Stub(SdkShape shape)
    {
        var v4 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "AwsSdkV4.cs"));
        return shape == SdkShape.V4 ? v4 : System.Text.RegularExpressions.Regex.Replace(v4, @"\b(bool|int)\? ", "$1 ");
    }
}

/// <summary>
/// The SDK's constant classes, generated from the service models (the same in v3 and v4), compiled once per test run
/// into an assembly the tests reference, as real code references AWSSDK.SageMaker: 3,600 fields are not re-parsed
/// for every test.
/// </summary>
internal static class SdkConstants
{
    public static readonly string Source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "AwsSdkConstants.cs"));

    public static readonly Lazy<MetadataReference> Assembly = new(() =>
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "AwsSdkConstants",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Source)],
            LocalReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success) throw new InvalidOperationException("AwsSdkConstants.cs does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(image.ToArray());
    });
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
