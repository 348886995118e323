namespace MlCost.Pricing.Import;

/// <summary>What an import read, skipped and decided, for the user to see.</summary>
public sealed class ImportReport
{
    private readonly List<string> _read = [];
    private readonly List<string> _skipped = [];
    private readonly List<string> _decisions = [];

    public IReadOnlyList<string> Read => _read;

    public IReadOnlyList<string> Skipped => _skipped;

    public IReadOnlyList<string> Decisions => _decisions;

    internal void Source(string message) => _read.Add(message);

    internal void Skip(string message) => _skipped.Add(message);

    internal void Decide(string message) => _decisions.Add(message);

    /// <summary>Appends what another import (one region of a refresh) reported.</summary>
    internal void Add(ImportReport other)
    {
        _read.AddRange(other._read);
        _skipped.AddRange(other._skipped);
        _decisions.AddRange(other._decisions);
    }
}
