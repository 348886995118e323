using System.Diagnostics;

namespace MlCost.Cli;

/// <summary>
/// Prints an HTML file to PDF with a headless Chromium-family browser, when one is installed: $MLCOST_BROWSER, else
/// chromium, chromium-browser, google-chrome or microsoft-edge on the PATH.
/// </summary>
internal static class HeadlessBrowser
{
    public const string Variable = "MLCOST_BROWSER";
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"];

    public static string? Find(Func<string, string?> environment)
    {
        if (environment(Variable) is { Length: > 0 } chosen)
            return File.Exists(chosen) ? chosen : throw new UserError($"${Variable} names {chosen}, which does not exist");
        var path = environment("PATH") ?? "";
        return Names.SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> (through a temporary file, so a failure leaves none).</summary>
    public static void PrintToPdf(string browser, string html, string pdf)
    {
        var full = Path.GetFullPath(pdf);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.pdf");
        var profile = Directory.CreateTempSubdirectory("mlcost-browser-");
        try
        {
            var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                         $"--user-data-dir={profile.FullName}", $"--print-to-pdf={temporary}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
                     })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new UserError($"--pdf: {browser} could not be started");
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new UserError($"--pdf: {browser} did not finish printing within 2 minutes");
            }
            if (process.ExitCode != 0 || !File.Exists(temporary) || new FileInfo(temporary).Length == 0)
                throw new UserError($"--pdf: {browser} could not print the report (exit {process.ExitCode}): {error.Result.Split('\n').FirstOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal)) ?? "no PDF written"}");
            File.Move(temporary, full, overwrite: true);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UserError($"--pdf: cannot run {browser}: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            try { profile.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
