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

    /// <summary>The platforms the tool package carries code compiled ahead of time for; every other one gets <c>any</c>.</summary>
    private static readonly string[] CompiledFor = ["linux-x64", "linux-musl-x64", "linux-arm64", "osx-arm64", "win-x64"];

    [Fact]
    public void The_platforms_ReadyToRun_package_and_the_portable_one_each_install_and_run_init_compare_and_version_from_an_empty_folder()
    {
        var feed = _folder.File("feed");
        Directory.CreateDirectory(_folder.File("home"));
        var packed = Run("dotnet", TestPaths.Root, "pack", Path.Combine("src", "MlCost.Cli"), "-c", "Release", "-o", feed, "-nologo");
        Assert.True(packed.ExitCode == 0, packed.Out + packed.Error);
        // One package that points at one per platform, and the portable one.
        string[] packages = ["MlCost.Tool.0.1.0.nupkg", .. CompiledFor.Append("any").Select(rid => $"MlCost.Tool.{rid}.0.1.0.nupkg")];
        Assert.Equal(packages.Order(StringComparer.Ordinal), Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, "MlCost.Tool.0.1.0.nupkg")))
        {
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("<readme>README.md</readme>", nuspec);
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
            var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open()).ReadToEnd();
            foreach (var rid in CompiledFor.Append("any"))
                Assert.Contains($"RuntimeIdentifier=\"{rid}\" Id=\"MlCost.Tool.{rid}\"", settings);
        }

        // Only the packages just made: a config that clears every other source.
        var config = _folder.File("nuget.config");
        File.WriteAllText(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>""");
        var here = MonthlyCosts(CliRun.WithCache("compare", Path.Combine(TestPaths.Root, "examples", "sentiment.json"), "--format", "json").Out);

        // What `dotnet tool install MlCost.Tool` gives this machine: its platform's package, compiled ahead of time.
        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var expected = CompiledFor.Contains(platform) ? platform : "any";
        var tools = InstallAndTry("MlCost.Tool", config, here);
        var store = Path.Combine(tools, ".store", "mlcost.tool", "0.1.0", $"mlcost.tool.{expected}", "0.1.0", "tools", "net10.0", expected);
        Assert.True(Directory.Exists(store), $"{store} was not installed");
        Assert.Equal(expected != "any", IsReadyToRun(Path.Combine(store, "MlCost.Estimation.dll")));

        // What every other platform gets: the portable package, which prices the same.
        var portable = InstallAndTry("MlCost.Tool.any", config, here);
        Assert.False(IsReadyToRun(Directory.GetFiles(portable, "MlCost.Estimation.dll", SearchOption.AllDirectories).Single()));
    }

    /// <summary>Installs a package from the feed alone, runs --version, init and compare in an empty folder; returns the tool folder.</summary>
    private string InstallAndTry(string package, string config, IReadOnlyList<(string, decimal)> expectedCosts)
    {
        var tools = _folder.File($"tools-{package}");
        var installed = Run("dotnet", _folder.Path, "tool", "install", package, "--tool-path", tools, "--configfile", config);
        Assert.True(installed.ExitCode == 0, installed.Out + installed.Error);
        var mlcost = Path.Combine(tools, "mlcost");

        var empty = _folder.File($"empty-{package}");
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
        Assert.Equal(expectedCosts, MonthlyCosts(compare.Out));
        return tools;
    }

    /// <summary>Whether an assembly carries code compiled ahead of time: a ReadyToRun image has a managed native header.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static IReadOnlyList<(string, decimal)> MonthlyCosts(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!["options"]!.AsArray()
            .Select(o => ((string)o!["id"]!, (decimal)o["monthlyCostUsd"]!)).ToList();
}
