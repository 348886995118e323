using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlCost.Cli.Commands;

/// <summary>
/// The .editorconfig settings <c>mlcost scan</c> applies, as a build would: options such as <c>mlcost.region</c> and
/// <c>mlcost.MLC0004.max_hourly_usd</c>, and severities (<c>dotnet_diagnostic.MLC0003.severity = none</c>). The files
/// read are the .editorconfig files in the scanned folder and below it (bin/ and obj/ skipped) and in every folder
/// above it; <c>root = true</c> and section globs work as in the compiler, which does the matching.
/// </summary>
internal sealed class ScanEditorConfig
{
    private readonly AnalyzerConfigSet _set;
    private readonly string? _region;

    private ScanEditorConfig(AnalyzerConfigSet set, string? region)
    {
        _set = set;
        _region = region;
    }

    /// <param name="root">The scanned file or folder.</param>
    /// <param name="region">A region that overrides <c>mlcost.region</c> everywhere (the --region option), or null.</param>
    public static ScanEditorConfig Read(string root, string? region)
    {
        var folder = Directory.Exists(root) ? Path.GetFullPath(root) : Path.GetDirectoryName(Path.GetFullPath(root))!;
        var files = new List<string>();
        for (var above = Directory.GetParent(folder); above != null; above = above.Parent)
            if (File.Exists(Path.Combine(above.FullName, ".editorconfig"))) files.Insert(0, Path.Combine(above.FullName, ".editorconfig"));
        if (Directory.Exists(root))
            files.AddRange(Directory.EnumerateFiles(folder, ".editorconfig", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")).Order(StringComparer.Ordinal));
        else if (File.Exists(Path.Combine(folder, ".editorconfig")))
            files.Add(Path.Combine(folder, ".editorconfig"));
        var configs = files.Select(f => AnalyzerConfig.Parse(File.ReadAllText(f), f)).ToList();
        return new ScanEditorConfig(AnalyzerConfigSet.Create(configs), region);
    }

    /// <summary>
    /// What each file gets: its options (<c>mlcost.*</c> keys, with --region over <c>mlcost.region</c>), and the
    /// severities it sets with <c>dotnet_diagnostic.ID.severity</c>. The sections are matched once per file.
    /// </summary>
    public (AnalyzerConfigOptionsProvider Options, SyntaxTreeOptionsProvider Severities) For(IEnumerable<SyntaxTree> trees)
    {
        var results = trees.ToDictionary(tree => tree, tree => _set.GetOptionsForSourcePath(tree.FilePath));
        var options = results.ToDictionary(r => r.Key, r => _region == null ? r.Value.AnalyzerOptions : r.Value.AnalyzerOptions.SetItem("mlcost.region", _region));
        var severities = results.ToDictionary(r => r.Key, r => r.Value.TreeOptions);
        return (new OptionsProvider(options), new SeverityProvider(severities, _set.GlobalConfigOptions.TreeOptions));
    }

    private sealed class OptionsProvider(Dictionary<SyntaxTree, ImmutableDictionary<string, string>> byTree) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);
        private readonly Dictionary<SyntaxTree, AnalyzerConfigOptions> _byTree = byTree.ToDictionary(t => t.Key, t => (AnalyzerConfigOptions)new Options(t.Value));

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _byTree.TryGetValue(tree, out var options) ? options : None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }

    private sealed class SeverityProvider(Dictionary<SyntaxTree, ImmutableDictionary<string, ReportDiagnostic>> byTree,
        ImmutableDictionary<string, ReportDiagnostic> global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return byTree.TryGetValue(tree, out var options) && options.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TryGetValue(diagnosticId, out severity);
    }
}
