using System.CommandLine;

namespace MlCost.Cli;

/// <summary>
/// An option naming a file to write (--xlsx, --chart): refused before any work when it names a folder, ends with
/// another extension (an .xlsx never lands in x.csv), or sits in a folder that does not exist.
/// </summary>
internal static class OutputFileOption
{
    public static Option<string?> Create(string name, string extension, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "FILE" + extension };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0) return;
            var path = result.Tokens[^1].Value;
            if (Problem(path, extension) is { } problem) result.AddError($"{name} {path}: {problem}");
        });
        return option;
    }

    /// <summary>What is wrong with writing <paramref name="extension"/> output to <paramref name="path"/>; null when nothing is.</summary>
    public static string? Problem(string path, string extension)
    {
        if (path.Length == 0) return $"name a file ending {extension}";
        if (path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(path))
            return $"is a folder; name the file to write in it (e.g. {Path.Combine(path, "report" + extension)})";
        if (!Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase))
            return $"this writes a {extension} file; name it {Path.ChangeExtension(path, extension)}";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) return $"no such folder {folder}";
        return null;
    }
}
