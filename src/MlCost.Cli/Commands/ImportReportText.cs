using MlCost.Pricing.Import;

namespace MlCost.Cli.Commands;

/// <summary>What an import or a refresh read, skipped and settled, as text: the first lines of each, or all with --verbose.</summary>
internal static class ImportReportText
{
    /// <param name="read">Also list the files read (a refresh lists them as its outcomes already).</param>
    public static void Write(TextWriter stdout, ImportReport report, bool all, bool read = true)
    {
        if (read) Section(stdout, "Read", report.Read, all);
        Section(stdout, "Skipped", report.Skipped, all);
        Section(stdout, "Conflicts settled", report.Decisions, all);
    }

    private static void Section(TextWriter stdout, string title, IReadOnlyList<string> lines, bool all)
    {
        if (lines.Count == 0) return;
        stdout.WriteLine();
        stdout.WriteLine($"{title} ({lines.Count}):");
        foreach (var line in all ? lines : lines.Take(8)) stdout.WriteLine($"  {line}");
        if (!all && lines.Count > 8) stdout.WriteLine($"  ... and {lines.Count - 8} more (--verbose shows all)");
    }
}
