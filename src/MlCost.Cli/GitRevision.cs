using System.Diagnostics;

namespace MlCost.Cli;

/// <summary>Reads a file as it was at a git revision (<c>git show REV:./FILE</c>, run in the file's folder).</summary>
internal static class GitRevision
{
    /// <returns>The file's text at <paramref name="revision"/>; null when the file did not exist there (a new file).</returns>
    public static string? Show(string file, string revision)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder)) throw new UserError($"{file}: folder {folder} does not exist");
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "show", "--no-textconv", $"{revision}:./{Path.GetFileName(file)}" }) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UserError("--git-base needs git, and it could not be started");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UserError("--git-base needs git on the PATH; or give the two versions as files: mlcost diff BASE.json HEAD.json");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0) return text;
            var message = error.Result.Trim();
            if (message.Contains("exists on disk, but not in", StringComparison.Ordinal) || message.Contains("does not exist in", StringComparison.Ordinal))
                return null;
            if (message.Contains("not a git repository", StringComparison.OrdinalIgnoreCase))
                throw new UserError($"--git-base: {file} is not in a git repository");
            if (message.Contains("invalid object name", StringComparison.OrdinalIgnoreCase) || message.Contains("unknown revision", StringComparison.OrdinalIgnoreCase))
                throw new UserError($"--git-base: the repository has no revision \"{revision}\" (a branch, tag or commit; fetch it first in a shallow clone)");
            throw new UserError($"--git-base: git could not read {file} at {revision}: {message.Split('\n')[0]}");
        }
    }
}
