using System.CommandLine;
using MlCost.Cli.Commands;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.PriceList;

namespace MlCost.Cli;

/// <summary>
/// The <c>mlcost</c> command line: builds the commands, runs one, and turns failures into exit codes —
/// 0 done, 2 bad input (one line on stderr saying what to fix), 1 an unexpected failure, 3 a limit the user set crossed.
/// </summary>
public static class App
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>A limit the user set was crossed: findings at or above <c>scan --fail-on</c>, or a budget (<c>--max-monthly-usd</c>, ...).</summary>
    public const int LimitExceeded = 3;

    /// <param name="environment">Reads an environment variable (the process's when null): a test gives its own rather than change the process's.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        var options = new CliOptions(environment ?? Environment.GetEnvironmentVariable, TerminalWidth(stdout));
        var root = new RootCommand(
            "MlCost: is a pre-built AWS AI service or a custom SageMaker model cheaper for this ML workload, and at what volume does that flip? Prices come from the AWS Price List, traceable to the SKU.");
        root.Options.Add(options.Cache);
        root.Subcommands.Add(CompareCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(BreakevenCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(RecommendCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(HorizonCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(InitCommand.Create(stdout, stderr));
        root.Subcommands.Add(CommentCommand.Create(stdout, options));
        root.Subcommands.Add(PricesCommand.Create(stdout, stderr, options));
        root.Subcommands.Add(ScanCommand.Create(stdout, stderr, options));
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(stdout, options);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine($"mlcost: {CommandLineError.Describe(parsed)}");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (GitHub.GitHubApiException e)
        {
            stderr.WriteLine($"mlcost: {e.Message}");
            return Failure;
        }
        catch (HttpRequestException e) when (args.FirstOrDefault() == "comment")
        {
            stderr.WriteLine($"mlcost: cannot reach GitHub's API: {e.Message}");
            return Failure;
        }
        catch (MlCost.Pricing.Refresh.DownloadException e)
        {
            stderr.WriteLine($"mlcost: cannot reach the Price List: {e.Message}; the cache was not changed");
            return Failure;
        }
        catch (Exception e) when (UserMessage(e) is { } message)
        {
            stderr.WriteLine($"mlcost: {message}");
            return BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"mlcost: unexpected failure: {e.Message}");
            if (options.Environment("MLCOST_DEBUG") is { Length: > 0 }) stderr.WriteLine(e);
            return Failure;
        }
    }

    /// <summary>The terminal's width when <paramref name="stdout"/> is the console and not redirected; null otherwise.</summary>
    private static int? TerminalWidth(TextWriter stdout)
    {
        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected) return null;
        try { return Console.WindowWidth; }
        catch (IOException) { return null; }
    }

    /// <summary>The one-line message for failures the user can act on; null for bugs.</summary>
    private static string? UserMessage(Exception e) => e switch
    {
        UserError or PriceNotFoundException or ScenarioException or MlCost.Estimation.Breakeven.RangeTooLargeException => e.Message,
        PriceFileException file => file.ToString(),
        PriceCacheException cache => $"price cache {cache.Message}",
        FileNotFoundException missing => $"{missing.FileName ?? missing.Message}: no such file",
        DirectoryNotFoundException missing => missing.Message,
        UnauthorizedAccessException denied => denied.Message,
        _ => null,
    };
}
