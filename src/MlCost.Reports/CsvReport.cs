using MlCost.Reports.Text;

namespace MlCost.Reports;

/// <summary>CSV: compare gives one row per line item; breakeven gives the sweep (one column per option).</summary>
public static class CsvReport
{
    public static void WriteLineItems(TextWriter output, CostReport report)
    {
        var csv = new CsvWriter(output);
        csv.Row("optionId", "kind", "rank", "monthlyCostUsd", "description", "quantity", "unit", "unitPriceUsd", "costUsd", "sku", "rateCode", "source", "publicationDate", "quality");
        foreach (var o in report.Options)
            foreach (var l in o.LineItems)
                csv.Row(o.Id, o.Kind, o.Rank.ToString(Numbers.Culture), Numbers.Plain(o.MonthlyCostUsd), l.Description, Numbers.Plain(l.Quantity), l.Unit,
                    Numbers.Plain(l.UnitPriceUsd), Numbers.Plain(l.CostUsd), l.Sku, l.RateCode, l.Source, l.PublicationDate, l.Quality);
    }

    public static void WriteSweep(TextWriter output, CostReport report)
    {
        // Columns in the scenario's order of options (the order the sweep was built in).
        var ids = report.Sweep is [var first, ..] ? first.CostsUsd.Keys.ToList() : report.Options.Select(o => o.Id).ToList();
        var csv = new CsvWriter(output);
        csv.Row(["requestsPerMonth", .. ids]);
        foreach (var row in report.Sweep ?? [])
            csv.Row([Numbers.Plain(row.RequestsPerMonth), .. ids.Select(id => Numbers.Plain(row.CostsUsd[id]))]);
    }
}
