using System.Text.RegularExpressions;
using MlCost.Estimation.Components;

namespace MlCost.Reports.Text;

/// <summary>Publication dates as reports show them: the day of an ISO timestamp; other texts ("2023-12 (billing month)") are not days.</summary>
public static partial class PublicationDates
{
    /// <summary>The yyyy-mm-dd a publication date starts with; null when it starts with none.</summary>
    public static string? Day(string? publicationDate) =>
        publicationDate is not null && LeadingDay().Match(publicationDate) is { Success: true } day ? day.Value : null;

    /// <summary>The days the line items' prices were published, earliest first.</summary>
    public static IReadOnlyList<string> Days(IEnumerable<LineItem> lines) =>
        lines.Select(l => Day(l.PublicationDate)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex LeadingDay();
}
