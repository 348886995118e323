namespace MlCost.Pricing.Lookup;

/// <summary>"Did you mean ...?": the known names closest to what the user typed.</summary>
public static class CloseMatches
{
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> known, int max = 3)
    {
        var wanted = typed.Trim().ToLowerInvariant();
        return known.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Name: k, Distance: Distance(wanted, k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, wanted.Length / 3) || k.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                        || (wanted.Length >= 3 && wanted.Contains(k.Name, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(k => k.Name)
            .ToList();
    }

    /// <summary>" Did you mean a, b or c?" or empty.</summary>
    public static string Suggestion(string typed, IEnumerable<string> known)
    {
        var matches = For(typed, known);
        return matches.Count switch
        {
            0 => "",
            1 => $" Did you mean {matches[0]}?",
            _ => $" Did you mean {string.Join(", ", matches.Take(matches.Count - 1))} or {matches[^1]}?",
        };
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
