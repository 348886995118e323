using System.CommandLine;
using MlCost.Pricing.Lookup;

namespace MlCost.Cli;

/// <summary>
/// The one line a command-line mistake gets: an unknown command or option named with the close matches, a missing
/// argument named with what it is, and otherwise the first error (the options' own parsers already write sentences).
/// </summary>
internal static class CommandLineError
{
    public static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var usage = command is RootCommand ? "mlcost --help" : $"mlcost {Path(parsed)} --help";
        if (parsed.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            if (token.StartsWith('-'))
            {
                var known = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
                return $"{token} is not an option of {(command is RootCommand ? "mlcost" : Path(parsed))}.{CloseMatches.Suggestion(token, known)} ({usage} lists them)";
            }
            var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            if (commands.Count > 0)
                return $"'{token}' is not a command of {(command is RootCommand ? "mlcost" : Path(parsed))}.{CloseMatches.Suggestion(token, commands)} The commands are: {string.Join(", ", commands)} ({usage})";
            return $"{Path(parsed)} takes no more arguments than {string.Join(" ", command.Arguments.Select(a => a.Name))}; '{token}' is one too many ({usage})";
        }
        if (command.Subcommands.Count > 0 && command.Action is null)
            return $"name a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))} ({usage} says what each does)";
        var missing = command.Arguments.FirstOrDefault(a => parsed.GetResult(a) is null or { Tokens.Count: 0 } && a.Arity.MinimumNumberOfValues > 0);
        if (missing is not null)
            return $"{Path(parsed)} needs {missing.Name}: {missing.Description} ({usage})";
        return parsed.Errors[0].Message;
    }

    private static string Path(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command.Name);
        return string.Join(" ", names);
    }
}
