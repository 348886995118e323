using System.Collections.Immutable;
using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost scan PATH</c>: runs the MlCost analyzers over C# sources without building them — compiled against the
/// .NET runtime's assemblies and bundled AWS SDK stubs — for auditing a repository. The .editorconfig files that
/// apply to the sources set options and severities as in a build (<see cref="ScanEditorConfig"/>).
/// </summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, CliOptions options)
    {
        var path = new Argument<string>("PATH") { Description = "A .cs file or a folder (searched recursively; bin/ and obj/ are skipped)" };
        var region = new Option<string?>("--region") { Description = "Region whose prices the findings quote (default: mlcost.region from .editorconfig, else us-east-1)" };
        var format = CliOptions.Format("text", "json", "sarif");
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 3 when any finding has this severity or a higher one: info, warning or error (default: never, exit 0)" };
        failOn.AcceptOnlyFromAmong("info", "warning", "error");
        var command = new Command("scan", "Run MlCost's cost analyzers over C# sources without a build (findings with dollar figures)") { path, region, format, failOn };
        command.SetAction(parsed =>
        {
            var root = parsed.GetValue(path)!;
            var files = Files(root);
            if (files.Count == 0) throw new UserError($"{root}: no C# files there");
            var findings = Scan(files, ScanEditorConfig.Read(root, parsed.GetValue(region)));
            var relative = Directory.Exists(root) ? Path.GetFullPath(root) : Path.GetDirectoryName(Path.GetFullPath(root))!;
            switch (parsed.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(findings.Select(f => new { f.Id, Path = Path.GetRelativePath(relative, f.Path), f.Line, f.Column, f.Message }), Json.Options));
                    break;
                case "sarif":
                    stdout.WriteLine(JsonSerializer.Serialize(ScanSarif.Log(findings, Rules, ScanSarif.SourceRoot(relative)), Json.Options));
                    break;
                default:
                    foreach (var f in findings)
                        stdout.WriteLine($"{Path.GetRelativePath(relative, f.Path)}({f.Line},{f.Column}): {f.Severity} {f.Id}: {f.Message}");
                    stdout.WriteLine($"{findings.Count} finding(s) in {files.Count} file(s).");
                    break;
            }
            return parsed.GetValue(failOn) is { } threshold && findings.Any(f => Rank(f.Severity) >= Rank(threshold)) ? App.Findings : App.Ok;
        });
        return command;
    }

    /// <summary>Severities in order, as Roslyn names them (hidden findings never fail a scan).</summary>
    private static int Rank(string severity) => severity switch { "error" => 3, "warning" => 2, "info" => 1, _ => 0 };

    /// <summary>A finding where it stands in the source: start and end (1-based), and the text of its first line.</summary>
    internal sealed record Finding(string Id, string Severity, string Path, int Line, int Column, string Message, string HelpUri,
        int EndLine = 0, int EndColumn = 0, string LineText = "");

    /// <summary>Every rule the analyzers can report, once each.</summary>
    internal static IReadOnlyList<DiagnosticDescriptor> Rules =>
        Analyzers().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(MlCost.Analyzers.Rules.OnDemandTrainingAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    private static List<string> Files(string root)
    {
        if (File.Exists(root)) return root.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? [Path.GetFullPath(root)] : throw new UserError($"{root}: not a .cs file");
        if (!Directory.Exists(root)) throw new UserError($"{root}: no such file or folder");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
    }

    internal static List<Finding> Scan(IReadOnlyList<string> files, ScanEditorConfig editorConfig)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        // The AWS SDK is not referenced here: the stubs stand in for it, unless the sources declare the types themselves.
        if (!trees.Any(t => t.ToString().Contains("namespace Amazon.SageMaker", StringComparison.Ordinal)))
            trees.Add(CSharpSyntaxTree.ParseText(Stubs(), path: "<aws-sdk-stubs>"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var (options, severities) = editorConfig.For(trees);
        var compilation = CSharpCompilation.Create("scan", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(severities));
        var analyzers = Analyzers();
        var diagnostics = compilation.WithAnalyzers(analyzers, new AnalyzerOptions([], options)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics
            .Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath != "<aws-sdk-stubs>")
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var lineText = d.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                return new Finding(d.Id, d.Severity.ToString().ToLowerInvariant(), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                    d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), d.Descriptor.HelpLinkUri,
                    span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, lineText);
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Stubs()
    {
        using var stream = typeof(ScanCommand).Assembly.GetManifestResourceStream("AwsSdkStubs.cs")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
