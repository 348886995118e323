using System.Globalization;
using MlCost.Pricing.Model;

namespace MlCost.Pricing.Import;

/// <summary>
/// Where sources give the same price twice, keeps the one with the most direct provenance and records the
/// others on it: an AWS price file beats any quote; among quotes, an AWS bill beats a tool's output
/// (Infracost, which reads the Price List), which beats unattributed text, which beats a table that does
/// not state its region; then the newer source wins. An AWS file covers what it prices: a service in a region, or
/// for SageMaker one component there (a Studio notebook page says nothing about Hosting).
/// </summary>
internal static class ConflictResolution
{
    public static IEnumerable<PriceRecord> Settle(IReadOnlyList<PriceRecord> records, ImportReport report)
    {
        var covered = records.Where(r => r.Quality == PriceQuality.PriceList).Select(Coverage).ToHashSet();
        var kept = new List<PriceRecord>();
        foreach (var group in records.Where(r => r.Quality == PriceQuality.Secondary && covered.Contains(Coverage(r)))
                     .GroupBy(Coverage))
            report.Decide($"{group.Key.Service} {group.Key.Region}{(group.Key.Component is { } c ? " " + c : "")}: {group.Count()} secondary price(s) dropped, an AWS price file covers it");

        foreach (var same in records.Where(r => r.Quality == PriceQuality.PriceList || !covered.Contains(Coverage(r)))
                     .GroupBy(Key, StringComparer.Ordinal))
        {
            var ranked = same.OrderBy(r => r.SourceKind).ThenByDescending(r => r.PublicationDate, StringComparer.Ordinal)
                .ThenBy(r => r.Source, StringComparer.Ordinal).ToList();
            var winner = ranked[0];
            var others = ranked.Skip(1).Where(r => r.Tiers.SequenceEqual(winner.Tiers) is false || r.Source != winner.Source).ToList();
            if (others.Count > 0)
            {
                var also = string.Join("; ", others.Select(o =>
                    $"{(o.Tiers[0].UsdPerUnit == winner.Tiers[0].UsdPerUnit ? "agrees" : "conflicts")}: ${o.Tiers[0].UsdPerUnit.ToString(CultureInfo.InvariantCulture)} from {Short(o.Source)} ({o.PublicationDate})"));
                winner = winner with { Note = string.Join(" ", new[] { winner.Note, $"Other sources — {also}." }.Where(n => n is not null)) };
                report.Decide($"{winner.Service} {winner.Region} {Describe(winner)}: kept ${winner.Tiers[0].UsdPerUnit.ToString(CultureInfo.InvariantCulture)} from {Short(winner.Source)}; {also}");
            }
            kept.Add(winner);
        }
        return kept;
    }

    private static (string Service, string Region, string? Component) Coverage(PriceRecord r) => (r.Service, r.Region, r.Attribute(Attr.Component));

    /// <summary>What makes two records the same price: the SKU and term for AWS files, what is priced for quotes.</summary>
    private static string Key(PriceRecord r)
    {
        var term = string.Join(';', r.TermAttributes.Where(a => a.Key != "planSku").Select(a => $"{a.Key}={a.Value}"));
        if (r.Quality == PriceQuality.PriceList) return $"{r.Service}|{r.Region}|{r.TermType}|{term}|{r.Sku}|{r.Tiers[0].RateCode}";
        var priced = string.Join(';', new[] { Attr.Component, Attr.InstanceName, Attr.MemoryGb, "storageFor", "role", Attr.Model, Attr.Tokens }
            .Select(k => $"{k}={r.Attribute(k)}"));
        return $"{r.Service}|{r.Region}|{r.TermType}|{term}|{priced}";
    }

    private static string Describe(PriceRecord r) =>
        string.Join(" ", new[] { r.Attribute(Attr.InstanceName), r.Attribute(Attr.Component), r.Attribute("storageFor"), r.Attribute(Attr.MemoryGb) is { } gb ? gb + " GB" : null }
            .Where(p => p is not null));

    /// <summary>The first part of a source text (before its quote), enough to name it.</summary>
    private static string Short(string source)
    {
        var cut = source.IndexOfAny(['(', '"']);
        var head = (cut > 0 ? source[..cut] : source).Trim();
        var colon = head.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? head[(colon + 2)..].Trim() : head;
    }
}
