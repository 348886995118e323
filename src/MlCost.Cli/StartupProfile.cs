using System.Runtime;
using MlCost.Pricing.Cache;

namespace MlCost.Cli;

/// <summary>
/// Multi-core JIT for the tool's start-up: each command records which methods it compiled, in a small profile beside the
/// user cache (<c>~/.cache/mlcost/startup/compare.jitprofile</c>), and the next run of that command compiles them ahead
/// on another core while the first core runs (bench/scale.sh measures what it saves). The runtime writes and checks the
/// profile, and ignores one from another build of the tool. Without a home to write in, the tool starts as it would
/// without a profile.
/// </summary>
internal static class StartupProfile
{
    public static void Start(string[] args)
    {
        var folder = Path.Combine(Path.GetDirectoryName(CacheLocation.UserCache())!, "startup");
        // No HOME and no XDG_CACHE_HOME: never a folder relative to wherever the tool was started.
        if (!Path.IsPathRooted(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        // One profile a command: compare and scan compile different code.
        var command = args.FirstOrDefault() is { Length: > 0 } first && first.All(char.IsAsciiLetterLower) ? first : "other";
        ProfileOptimization.StartProfile($"{command}.jitprofile");
    }
}
