using System.Collections.Immutable;
using System.CommandLine;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;
using MlCost.Reports.Text;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost scan PATH</c>: runs the MlCost analyzers over C# sources without building them — compiled against the
/// .NET runtime's assemblies and the bundled AWS SDK shapes — for auditing a repository. The .editorconfig files that
/// apply to the sources set options and severities as in a build (<see cref="ScanEditorConfig"/>). The findings quote
/// the prices of the cache the rest of the tool reads (<c>--cache</c>, the user cache, else the bundled snapshot).
/// </summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
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
            var cache = options.OpenCache(parsed);
            var (findings, unread) = Scan(files, ScanEditorConfig.Read(root, parsed.GetValue(region)), AnalyzerPrices(cache));
            var relative = Directory.Exists(root) ? Path.GetFullPath(root) : Path.GetDirectoryName(Path.GetFullPath(root))!;
            switch (parsed.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(findings.Select(f => new { f.Id, Path = Path.GetRelativePath(relative, f.Path), f.Line, f.Column, f.Message }), Json.Options));
                    // stdout stays the findings array; what could not be read is said on stderr.
                    foreach (var note in unread) stderr.WriteLine($"mlcost scan: {Path.GetRelativePath(relative, note.Path)}({note.Line},{note.Column}): {note.Message}");
                    break;
                case "sarif":
                    stdout.WriteLine(JsonSerializer.Serialize(ScanSarif.Log(findings, Rules, ScanSarif.SourceRoot(relative), unread), Json.Options));
                    break;
                default:
                    foreach (var f in findings)
                        stdout.WriteLine($"{Path.GetRelativePath(relative, f.Path)}({f.Line},{f.Column}): {f.Severity} {f.Id}: {f.Message}");
                    stdout.WriteLine($"{findings.Count} finding(s) in {files.Count} file(s).");
                    stdout.WriteLine($"Prices: {Path.GetFullPath(cache.Directory)} ({cache.Origin}).");
                    if (unread.Count > 0)
                    {
                        stdout.WriteLine($"Not read ({unread.Count}): findings that need these may be missing or unpriced.");
                        foreach (var note in unread) stdout.WriteLine($"  {Path.GetRelativePath(relative, note.Path)}({note.Line},{note.Column}): {note.Message}");
                    }
                    break;
            }
            return parsed.GetValue(failOn) is { } threshold && findings.Any(f => Rank(f.Severity) >= Rank(threshold)) ? App.LimitExceeded : App.Ok;
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

    /// <summary>Something in the sources scan could not read: a syntax error, or an AWS SDK member the compiled SDK shapes lack.</summary>
    internal sealed record Unread(string Path, int Line, int Column, string Message);

    /// <summary>The compiler's errors that mean scan did not understand some SDK code: a member or type of an Amazon namespace it cannot resolve.</summary>
    private static readonly string[] UnresolvedSdk = ["CS0117", "CS1061", "CS0234", "CS0426"];

    /// <summary>Whether an unresolved name is on the AWS SDK: a member of a type, or a name in a namespace, under Amazon.</summary>
    private static bool OnTheSdk(CSharpCompilation compilation, Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree!;
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        var receiver = (node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax>()?.Expression as SyntaxNode)
                       ?? node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax>()?.Left;
        if (receiver is null) return false;
        var model = compilation.GetSemanticModel(tree);
        var symbol = model.GetSymbolInfo(receiver).Symbol ?? model.GetTypeInfo(receiver).Type;
        var space = symbol switch { INamespaceSymbol n => n, ITypeSymbol t => t.ContainingNamespace, ILocalSymbol l => l.Type.ContainingNamespace, IPropertySymbol p => p.Type.ContainingNamespace, _ => null };
        return space?.ToDisplayString().StartsWith("Amazon", StringComparison.Ordinal) == true;
    }

    /// <summary>
    /// The cache's analyzer price file, which the analyzers read in place of the prices compiled into them; for a cache
    /// written before that file existed, the same file made from the cache's prices by the same code.
    /// </summary>
    internal static AdditionalText AnalyzerPrices(PriceCache cache)
    {
        var bytes = cache.AnalyzerPrices() ?? AnalyzerPriceFile.Write(cache.Manifest.Files.Where(AnalyzerPriceFile.Reads)
            .SelectMany(cache.Prices)).Bytes;
        return new InMemoryText(Path.Combine(cache.Directory, AnalyzerPriceFile.FileName), Encoding.UTF8.GetString(bytes));
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    internal static (List<Finding> Findings, List<Unread> Unread) Scan(IReadOnlyList<string> files, ScanEditorConfig editorConfig, AdditionalText prices)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        // The AWS SDK is not referenced here: its shapes stand in for it, unless the sources declare the types themselves.
        if (!trees.Any(t => t.ToString().Contains("namespace Amazon.SageMaker", StringComparison.Ordinal))) references.Add(SdkShapes.Value);
        var (options, severities) = editorConfig.For(trees);
        var compilation = CSharpCompilation.Create("scan", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(severities));
        var analyzers = Analyzers();
        var diagnostics = compilation.WithAnalyzers(analyzers, new AnalyzerOptions([prices], options)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var unread = trees
            .SelectMany(t => t.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(1)
                .Select(d => (d, Text: $"could not be parsed ({d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); findings after it may be missing")))
            .Concat(compilation.GetDiagnostics()
                .Where(d => UnresolvedSdk.Contains(d.Id) && d.Location.IsInSource && OnTheSdk(compilation, d))
                .Select(d => (d, Text: $"an AWS SDK member MlCost's SDK shapes lack: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")))
            .Select(n =>
            {
                var span = n.d.Location.GetLineSpan();
                return new Unread(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, n.Text);
            })
            .DistinctBy(u => (u.Path, u.Line, u.Column, u.Message))
            .OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.Line).ThenBy(u => u.Column).ToList();
        var findings = diagnostics
            .Where(d => d.Location.IsInSource)
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
        return (findings, unread);
    }

    /// <summary>The AWS SDK shapes (model classes, clients, every constant class), compiled at build time: read once a process.</summary>
    private static readonly Lazy<MetadataReference> SdkShapes = new(() =>
    {
        using var stream = typeof(ScanCommand).Assembly.GetManifestResourceStream("MlCost.AwsSdkShapes.dll")!;
        return MetadataReference.CreateFromStream(stream);
    });
}
