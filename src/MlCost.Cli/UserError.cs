namespace MlCost.Cli;

/// <summary>A mistake the user can fix (bad argument, unknown name, bad file): exit code 2, one line on stderr.</summary>
public sealed class UserError(string message) : Exception(message);
