using System.Diagnostics;

namespace MlCost.Cli.Tests;

/// <summary>
/// The tool as users get it: packed, installed with <c>dotnet tool install</c> from that package alone, and run in an
/// empty folder with a home of its own (no user cache, no repository around it).
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int ExitCode, string Out, string Error) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["HOME"] = _folder.File("home");
        start.Environment["XDG_CACHE_HOME"] = _folder.File("home");
        start.Environment.Remove("MLCOST_PRICING_CACHE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_installed_tool_runs_init_compare_and_version_from_an_empty_folder()
    {
        var feed = _folder.File("feed");
        Directory.CreateDirectory(_folder.File("home"));
        var packed = Run("dotnet", TestPaths.Root, "pack", Path.Combine("src", "MlCost.Cli"), "-c", "Release", "-o", feed, "-nologo");
        Assert.True(packed.ExitCode == 0, packed.Out + packed.Error);
        var package = Assert.Single(Directory.GetFiles(feed, "MlCost.Tool.*.nupkg"));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
        {
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("<readme>README.md</readme>", nuspec);
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        }

        // Only the package just made: a config that clears every other source.
        var config = _folder.File("nuget.config");
        File.WriteAllText(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>""");
        var tools = _folder.File("tools");
        var installed = Run("dotnet", _folder.Path, "tool", "install", "MlCost.Tool", "--tool-path", tools, "--configfile", config);
        Assert.True(installed.ExitCode == 0, installed.Out + installed.Error);
        var mlcost = Path.Combine(tools, "mlcost");

        var empty = _folder.File("empty");
        Directory.CreateDirectory(empty);
        var version = Run(mlcost, empty, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("mlcost 0.1.0", version.Out);
        Assert.Contains("cache: bundled snapshot, " + tools, version.Out);

        var init = Run(mlcost, empty, "init");
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.True(File.Exists(Path.Combine(empty, "scenario.json")));
        Assert.True(File.Exists(Path.Combine(empty, "scenario.schema.json")));
        Assert.Contains("\"$schema\": \"./scenario.schema.json\"", File.ReadAllText(Path.Combine(empty, "scenario.json")));

        // The written scenario prices exactly as the example it came from does in the repository.
        var compare = Run(mlcost, empty, "compare", "scenario.json", "--format", "json");
        Assert.True(compare.ExitCode == 0, compare.Error);
        var here = CliRun.WithCache("compare", Path.Combine(TestPaths.Root, "examples", "sentiment.json"), "--format", "json");
        Assert.Equal(MonthlyCosts(here.Out), MonthlyCosts(compare.Out));
    }

    private static IReadOnlyList<(string, decimal)> MonthlyCosts(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!["options"]!.AsArray()
            .Select(o => ((string)o!["id"]!, (decimal)o["monthlyCostUsd"]!)).ToList();
}
