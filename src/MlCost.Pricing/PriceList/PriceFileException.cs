namespace MlCost.Pricing.PriceList;

/// <summary>A price file that cannot be read: says what is wrong and where (line, when known).</summary>
public sealed class PriceFileException(string message, long line = 0) : Exception(message)
{
    public long Line { get; } = line;

    /// <summary>The file the error is in, once known (readers of streams do not know it).</summary>
    public string? File { get; init; }

    public PriceFileException InFile(string file) => new(Message, Line) { File = file };

    public override string ToString() =>
        $"{File ?? "price file"}{(Line > 0 ? $", line {Line}" : "")}: {Message}";
}
