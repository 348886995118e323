namespace MlCost.Pricing.Model;

/// <summary>
/// What kind of source a price was read from, most direct first: where two sources give the same price, the
/// more direct one is kept. Written in the cache for every price that is not from an AWS price file.
/// </summary>
public enum SourceKind
{
    /// <summary>A file AWS publishes: the Price List or the pricing pages' data.</summary>
    AwsPriceFile,

    /// <summary>A line of an AWS bill, quoted.</summary>
    AwsBill,

    /// <summary>Another tool's output that reads the Price List (Infracost).</summary>
    PriceListTool,

    /// <summary>Public text that names no better origin.</summary>
    PublishedText,

    /// <summary>A table that does not state its region (filed under the region its figures match).</summary>
    RegionlessTable,
}

/// <summary>The cache's names for <see cref="SourceKind"/>.</summary>
public static class SourceKinds
{
    public static string Name(SourceKind kind) => kind switch
    {
        SourceKind.AwsPriceFile => "aws-price-file",
        SourceKind.AwsBill => "aws-bill",
        SourceKind.PriceListTool => "price-list-tool",
        SourceKind.PublishedText => "published-text",
        _ => "regionless-table",
    };

    // Listed here rather than read by reflection: the cache is read at every start.
    private static readonly SourceKind[] All = [SourceKind.AwsPriceFile, SourceKind.AwsBill, SourceKind.PriceListTool, SourceKind.PublishedText, SourceKind.RegionlessTable];

    public static SourceKind? Parse(string name)
    {
        foreach (var kind in All)
            if (Name(kind) == name) return kind;
        return null;
    }
}
