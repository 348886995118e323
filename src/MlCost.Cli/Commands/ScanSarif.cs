using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MlCost.Cli.Commands;

/// <summary>
/// `scan --format sarif`: SARIF 2.1.0 as code-scanning services take it — paths relative to the repository root
/// under <c>%SRCROOT%</c>, the tool's version, every rule with its name, descriptions, help and default level,
/// each result's full region and a fingerprint that survives lines moving.
/// </summary>
internal static class ScanSarif
{
    public const string SourceRootId = "%SRCROOT%";

    /// <param name="unread">What scan could not read, as the run's tool execution notifications (warnings).</param>
    public static object Log(IReadOnlyList<ScanCommand.Finding> findings, IReadOnlyList<DiagnosticDescriptor> rules, string root, IReadOnlyList<ScanCommand.Unread>? unread = null)
    {
        var fingerprints = Fingerprints(findings, root);
        return new Dictionary<string, object>
    {
        ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
        ["version"] = "2.1.0",
        ["runs"] = new[]
        {
            new
            {
                tool = new
                {
                    driver = new
                    {
                        name = "MlCost",
                        version = Version,
                        semanticVersion = Version.Split('+')[0],
                        informationUri = "https://github.com/mlcost/mlcost",
                        rules = rules.Select(Rule),
                    },
                },
                invocations = new[]
                {
                    new
                    {
                        executionSuccessful = true,
                        toolExecutionNotifications = (unread ?? []).Select(u => new
                        {
                            level = "warning",
                            message = new { text = u.Message },
                            locations = new[]
                            {
                                new
                                {
                                    physicalLocation = new
                                    {
                                        artifactLocation = new { uri = Path.GetRelativePath(root, u.Path).Replace('\\', '/'), uriBaseId = SourceRootId },
                                        region = new { startLine = u.Line, startColumn = u.Column },
                                    },
                                },
                            },
                        }),
                    },
                },
                originalUriBaseIds = new Dictionary<string, object> { [SourceRootId] = new { uri = new Uri(root.EndsWith('/') ? root : root + "/").AbsoluteUri } },
                results = findings.Select((f, i) => new
                {
                    ruleId = f.Id,
                    ruleIndex = rules.Select(r => r.Id).ToList().IndexOf(f.Id),
                    level = Level(f.Severity),
                    message = new { text = f.Message },
                    locations = new[]
                    {
                        new
                        {
                            physicalLocation = new
                            {
                                artifactLocation = new { uri = Path.GetRelativePath(root, f.Path).Replace('\\', '/'), uriBaseId = SourceRootId },
                                region = new { startLine = f.Line, startColumn = f.Column, endLine = f.EndLine, endColumn = f.EndColumn },
                            },
                        },
                    },
                    partialFingerprints = new Dictionary<string, string> { ["primaryLocationLineHash"] = fingerprints[i] },
                }),
            },
        },
    };
    }

    /// <summary>The folder paths are made relative to: the git repository holding the scanned path, else the scanned folder.</summary>
    public static string SourceRoot(string scanned)
    {
        for (var folder = new DirectoryInfo(scanned); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
                return folder.FullName;
        return scanned;
    }

    private static object Rule(DiagnosticDescriptor d)
    {
        var title = d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var description = d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var full = description.Length > 0 ? description : title;
        return new
        {
            id = d.Id,
            name = Name(title),
            shortDescription = new { text = title },
            fullDescription = new { text = full },
            helpUri = d.HelpLinkUri,
            help = new { text = $"{full} See {d.HelpLinkUri}", markdown = $"**{d.Id}**: {full}\n\nSee [{d.Id}]({d.HelpLinkUri}) for why it costs, a worked example and how to fix it." },
            defaultConfiguration = new { level = Level(d.DefaultSeverity.ToString().ToLowerInvariant()) },
            properties = new { tags = new[] { "cost", d.Category } },
        };
    }

    /// <summary>A rule name in Pascal case from its title ("Training job on on-demand capacity" → "TrainingJobOnOnDemandCapacity").</summary>
    private static string Name(string title) =>
        string.Concat(title.Split([' ', '-', '/', '(', ')', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Level(string severity) => severity switch { "error" => "error", "warning" => "warning", "hidden" => "none", _ => "note" };

    /// <summary>
    /// Each finding's rule, file and trimmed line text, hashed, with its occurrence among identical ones: the same
    /// finding keeps its fingerprint when lines above it move.
    /// </summary>
    private static List<string> Fingerprints(IReadOnlyList<ScanCommand.Finding> findings, string root)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return findings.Select(f =>
        {
            var key = $"{f.Id}\n{Path.GetRelativePath(root, f.Path).Replace('\\', '/')}\n{f.LineText}";
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            return $"{hash}:{seen[hash]}";
        }).ToList();
    }

    private static string Version =>
        typeof(ScanSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
