using System.Diagnostics;

namespace MlCost.Cli.Tests;

/// <summary>The tool as a process: its start-up profile (multi-core JIT) is written beside the user cache, and never stops a run.</summary>
public sealed class StartupProfileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int ExitCode, string Out, string Error) Mlcost(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mlcost.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("MLCOST_PRICING_CACHE");
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string[] Compare => ["compare", Path.Combine(TestPaths.Root, "examples", "chatbot.json"), "--cache", TestPaths.PricingCache, "--format", "json"];

    [Fact]
    public void Each_command_records_its_profile_beside_the_user_cache_and_prices_the_same_with_it()
    {
        var home = _folder.File("cache-home");
        var environment = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = home };
        var first = Mlcost(_folder.Path, environment, Compare);
        Assert.True(first.ExitCode == 0, first.Error);
        var profile = Path.Combine(home, "mlcost", "startup", "compare.jitprofile");
        Assert.True(File.Exists(profile), $"no {profile}");
        Assert.True(new FileInfo(profile).Length > 0);
        Assert.True(Mlcost(_folder.Path, environment, "--help").ExitCode == 0);
        Assert.True(File.Exists(Path.Combine(home, "mlcost", "startup", "other.jitprofile")));
        // The profile is only about compiling: the second run's answer is the first's, byte for byte.
        var second = Mlcost(_folder.Path, environment, Compare);
        Assert.Equal((0, first.Out), (second.ExitCode, second.Out));
        // A damaged profile (two runs writing at once, a disk error) is the runtime's to ignore: the answer is the same.
        File.WriteAllBytes(profile, [.. File.ReadAllBytes(profile).Take(100), .. "damaged"u8.ToArray()]);
        var damaged = Mlcost(_folder.Path, environment, Compare);
        Assert.Equal((0, first.Out, ""), (damaged.ExitCode, damaged.Out, damaged.Error));
        // It is not a price cache: the bundled snapshot is still the one read.
        Assert.False(Directory.Exists(Path.Combine(home, "mlcost", "pricing-cache")));
    }

    [Fact]
    public void A_home_that_cannot_be_written_or_no_home_at_all_changes_nothing()
    {
        var expected = Mlcost(_folder.Path, new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = _folder.File("writable") }, Compare);
        Assert.Equal(0, expected.ExitCode);

        // A cache home that is a file: no folder can be made under it.
        var blocked = _folder.File("blocked");
        File.WriteAllText(blocked, "not a folder");
        var unwritable = Mlcost(_folder.Path, new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = blocked }, Compare);
        Assert.Equal((0, expected.Out, ""), (unwritable.ExitCode, unwritable.Out, unwritable.Error));

        // Neither HOME nor XDG_CACHE_HOME: nothing is written relative to where the tool was started.
        var cwd = _folder.File("cwd");
        Directory.CreateDirectory(cwd);
        var homeless = Mlcost(cwd, new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = null, ["HOME"] = null }, Compare);
        Assert.Equal((0, expected.Out), (homeless.ExitCode, homeless.Out));
        Assert.Empty(Directory.GetFileSystemEntries(cwd));
    }
}
