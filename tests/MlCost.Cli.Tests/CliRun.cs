using MlCost.Cli;

namespace MlCost.Cli.Tests;

/// <summary>Runs the mlcost command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => In(null, args);

    /// <summary>Runs with some environment variables set for this run alone (the rest are the process's).</summary>
    public static CliRun In(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = App.Run(args, stdout, stderr,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs against the committed price cache.</summary>
    public static CliRun WithCache(params string[] args) => Of([.. args, "--cache", TestPaths.PricingCache]);
}
