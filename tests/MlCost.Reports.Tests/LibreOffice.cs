using System.Diagnostics;

namespace MlCost.Reports.Tests;

/// <summary>
/// LibreOffice, headless, as the real client of the workbooks: it opens a workbook, recalculates every formula,
/// and exports each sheet to CSV (values, not formulas), or the whole workbook to PDF.
/// </summary>
internal static class LibreOffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Every sheet's recalculated values, by sheet name.</summary>
    public static Dictionary<string, List<string[]>> Sheets(string xlsx)
    {
        var output = Convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1");
        var stem = Path.GetFileNameWithoutExtension(xlsx);
        return Directory.EnumerateFiles(output, "*.csv").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f)[(stem.Length + 1)..],
            f => ReadCsv(File.ReadAllText(f)));
    }

    public static string Pdf(string xlsx) => Directory.EnumerateFiles(Convert(xlsx, "pdf"), "*.pdf").Single();

    private static string Convert(string xlsx, string filter)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: apt-get install libreoffice-calc-nogui poppler-utils (.ci/run does)");
        var output = Path.Combine(Path.GetDirectoryName(xlsx)!, "out-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(Path.GetTempPath(), "mlcost-lo-profile-" + Environment.ProcessId);
        OneAtATime.Wait();
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", output, xlsx },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not convert {xlsx} within 2 minutes");
            }
            if (process.ExitCode != 0 || !Directory.Exists(output))
                throw new InvalidOperationException($"LibreOffice failed ({process.ExitCode}): {stdout.Result} {stderr.Result}");
            return output;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return rows;
    }
}
