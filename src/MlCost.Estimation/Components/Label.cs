using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MlCost.Estimation.Components;

/// <summary>
/// A line item's or a note's text with values filled in when it is priced: written as an interpolated string,
/// <c>Label.Of($"{type} Hosting: {instances} instance(s) × {hours} h")</c>, where every <see cref="Expr"/> hole is
/// evaluated at the volume being priced and every other hole is text at once.
/// </summary>
public sealed class Label
{
    private readonly IReadOnlyList<object> _parts;

    private Label(IReadOnlyList<object> parts) => _parts = parts;

    public static Label Of(string text) => new([text]);

    public static Label Of(ref LabelHandler handler) => new(handler.Parts);

    /// <summary>This text followed by <paramref name="text"/>.</summary>
    public Label Append(string text) => new([.. _parts, text]);

    /// <summary>The text with each hole's value as <paramref name="evaluate"/> gives it.</summary>
    internal string Render(Func<Expr, decimal> evaluate)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
            text.Append(part is Hole hole ? evaluate(hole.Value).ToString(hole.Format, CultureInfo.InvariantCulture) : (string)part);
        return text.ToString();
    }

    internal sealed record Hole(Expr Value, string? Format);

    [InterpolatedStringHandler]
    public readonly struct LabelHandler
    {
        internal List<object> Parts { get; }

        public LabelHandler(int literalLength, int formattedCount) => Parts = new List<object>(formattedCount * 2 + 1);

        public void AppendLiteral(string text) => Parts.Add(text);

        public void AppendFormatted<T>(T value, string? format = null)
        {
            if (value is Label label) Parts.AddRange(label._parts);
            else
                Parts.Add(value switch
                {
                    Expr expr => new Hole(expr, format),
                    IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
                    _ => value?.ToString() ?? "",
                });
        }
    }
}
