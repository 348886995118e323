using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MlCost.Cli;

/// <summary>
/// Options that take a number, read the same in every locale (a point for decimals, commas only between
/// thousands), each refusing a bad value with a sentence saying what a good one looks like.
/// </summary>
internal static partial class NumberOptions
{
    private const string VolumeExamples = "500000, 1,500,000, 1.5e6 or 20M (K thousand, M million, B billion)";

    /// <summary>A monthly volume: 0 or more, with an optional exponent or K/M/B suffix.</summary>
    public static Option<decimal?> Volume(string name, string description) => new(name)
    {
        Description = $"{description}; e.g. {VolumeExamples}",
        CustomParser = result => Parse<decimal?>(result, name, text => TryParseVolume(text, out var value, out var reason) ? (value, null) : (null, reason)),
    };

    /// <summary>Any decimal number, negative included.</summary>
    public static Option<decimal?> Number(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse<decimal?>(result, name, text => TryParseNumber(text, out var value) ? (value, null) : (null, "is not a number (write it like 12.5 or -3)")),
    };

    /// <summary>A whole number, with its default.</summary>
    public static Option<int> WholeNumber(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
            Parse<int?>(result, name, text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? (value, null)
                : (null, "is not a whole number (write it like 10)")) ?? defaultValue,
    };

    private static T? Parse<T>(ArgumentResult result, string name, Func<string, (T? Value, string? Reason)> read)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        var (value, reason) = read(text.Trim());
        if (reason is not null) result.AddError($"{name}: \"{text}\" {reason}");
        return value;
    }

    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a volume; when it cannot, <paramref name="reason"/> says why and what a volume looks like.</summary>
    public static bool TryParseVolume(string text, out decimal value, out string? reason)
    {
        value = 0;
        var match = VolumePattern().Match(text);
        if (!match.Success)
        {
            reason = text.StartsWith('-') && TryParseVolume(text[1..], out _, out _)
                ? "must be a volume of 0 or more requests per month"
                : $"is not a volume; write requests per month as {VolumeExamples}";
            return false;
        }
        var digits = match.Groups["number"].Value;
        if (digits.Contains(',') && !ThousandsPattern().IsMatch(digits))
        {
            reason = "has a comma out of place: commas separate thousands (1,500,000), and decimals take a point (2.5M)";
            return false;
        }
        try
        {
            value = decimal.Parse(digits.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var exponent = match.Groups["exponent"].Success ? int.Parse(match.Groups["exponent"].Value, CultureInfo.InvariantCulture) : 0;
            exponent += match.Groups["suffix"].Value.ToUpperInvariant() switch { "K" => 3, "M" => 6, "B" or "BN" => 9, _ => 0 };
            if (exponent is > 28 or < -28) throw new OverflowException();
            for (var i = 0; i < Math.Abs(exponent); i++) value = exponent > 0 ? value * 10 : value / 10;
        }
        catch (OverflowException)
        {
            reason = "is too large a volume (the most is about 7.9e28)";
            return false;
        }
        reason = null;
        return true;
    }

    [GeneratedRegex(@"^(?<number>\d[\d,]*(\.\d+)?|\.\d+)([eE](?<exponent>[+-]?\d{1,3}))?\s*(?<suffix>[kKmMbB]|bn|BN)?$")]
    private static partial Regex VolumePattern();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsPattern();
}
