using System.Globalization;
using System.Text.RegularExpressions;

namespace MlCost.Pricing.PriceList;

/// <summary>
/// A pricing-page label split into what is priced (<see cref="Stem"/>) and the tier it names:
/// "DetectDocumentText API Text First 1M", "Processes Sentiment Analysis text request from 10M to 50M",
/// "Rekognition Image API upto 5MM per Images Processed Group1", "... per second from 0 to 15000000".
/// "upto X" names only the tier's end; its beginning is the end of the tier below it. "Next X" (Personalize:
/// "First 20 Million", "Next 180 Million", "Over 200 Million") names only the tier's length. Forecast writes its
/// ranges without "from": "Forecast Data Points 100 to 1000", "Training hours 0 to Inf".
/// </summary>
public sealed partial record PricingPageLabel(string Stem, decimal? Begin, decimal? End, bool EndIsOpen, PricingPageLabel.TierWording Wording)
{
    /// <summary>The tier's length, for "Next X" (which states neither end).</summary>
    public decimal? Length { get; init; }

    public enum TierWording
    {
        /// <summary>No tier in the label: a flat price.</summary>
        None,
        /// <summary>"upto X": the end only.</summary>
        UpTo,
        /// <summary>"First X" / "Over X": a full range.</summary>
        FirstOrOver,
        /// <summary>"Next X": the length only; it begins where the tier below it ends.</summary>
        Next,
        /// <summary>"from X to Y" or "X to Y": a full range, stated twice.</summary>
        FromTo,
    }

    [GeneratedRegex(@"\s*\b(?:(?<kw>First|Over|over|upto|Next)\s+(?<a>\d+(?:K|MM|M|\s+Million)?)|(?:from\s+)?(?<a>\d+(?:K|MM|M)?)\s+to\s+(?<b>\d+(?:K|MM|M)?|Inf))\b")]
    private static partial Regex TierPhrase();

    public static PricingPageLabel Parse(string label)
    {
        var match = TierPhrase().Match(label);
        if (!match.Success) return new PricingPageLabel(label.Trim(), 0, null, true, TierWording.None);
        var stem = (label[..match.Index] + " " + label[(match.Index + match.Length)..]).Trim();
        stem = string.Join(' ', stem.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var a = Amount(match.Groups["a"].Value);
        if (match.Groups["b"].Success)
        {
            var b = match.Groups["b"].Value;
            return b == "Inf"
                ? new PricingPageLabel(stem, a, null, true, TierWording.FromTo)
                : new PricingPageLabel(stem, a, Amount(b), false, TierWording.FromTo);
        }
        return match.Groups["kw"].Value switch
        {
            "First" => new PricingPageLabel(stem, 0, a, false, TierWording.FirstOrOver),
            "upto" => new PricingPageLabel(stem, null, a, false, TierWording.UpTo),
            "Next" => new PricingPageLabel(stem, null, null, false, TierWording.Next) { Length = a },
            _ => new PricingPageLabel(stem, a, null, true, TierWording.FirstOrOver),
        };
    }

    /// <summary>Of several labels for one rate, the one that states its tier most fully (ties: ordinal order).</summary>
    public static string? MostSpecific(IReadOnlyList<string> labels) =>
        labels.OrderByDescending(l => Parse(l).Wording).ThenBy(l => l, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>"1M" and "1 Million" = 1,000,000; "100K" = 100,000; "35MM" = 35,000,000; "15000000" as written.</summary>
    private static decimal Amount(string text)
    {
        var (digits, factor) = text switch
        {
            _ when text.EndsWith(" Million", StringComparison.Ordinal) => (text[..^8].Trim(), 1_000_000m),
            _ when text.EndsWith("MM", StringComparison.Ordinal) => (text[..^2], 1_000_000m),
            _ when text.EndsWith('M') => (text[..^1], 1_000_000m),
            _ when text.EndsWith('K') => (text[..^1], 1_000m),
            _ => (text, 1m),
        };
        return decimal.Parse(digits, CultureInfo.InvariantCulture) * factor;
    }
}
