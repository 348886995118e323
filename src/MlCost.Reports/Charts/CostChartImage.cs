using ScottPlot;

namespace MlCost.Reports.Charts;

/// <summary>
/// The cost-against-volume chart as a PNG (for docs and pull requests): one line per option over the sweep (which
/// holds each instance step's two sides, so steps are drawn as steps), in the same colours as the workbook's
/// chart, volume on a log scale (ScottPlot has no log axis, so it plots log10(volume) and labels ticks with
/// volumes), each crossing marked and labelled with its volume, and the scenario's volume marked. Written to a
/// temporary file and moved into place.
/// </summary>
public static class CostChartImage
{
    public static void Write(string path, CostReport report, int width = 1200, int height = 700)
    {
        var sweep = report.Sweep ?? throw new InvalidOperationException("a chart needs a sweep");
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: no such folder for the chart");

        Fonts.Default = "DejaVu Sans";
        var plot = new Plot();
        var xs = sweep.Select(r => Math.Log10((double)r.RequestsPerMonth)).ToArray();
        // Costs span orders of magnitude: a log cost axis too, unless some cost is zero (free tier, scale to zero).
        var logCost = UseLogCostAxis(report);
        foreach (var (id, i) in sweep[0].CostsUsd.Keys.Select((id, i) => (id, i)))
        {
            var line = plot.Add.Scatter(xs, sweep.Select(r => logCost ? Math.Log10((double)r.CostsUsd[id]) : (double)r.CostsUsd[id]).ToArray());
            line.LegendText = id;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.Color = Color.FromHex(OptionColours.Of(i));
        }
        var top = sweep.SelectMany(r => r.CostsUsd.Values).Max();
        var labelY = logCost ? Math.Log10((double)top) : (double)top;
        foreach (var (crossing, k) in report.Breakevens.SelectMany(b => b.RequestsPerMonth.Select(v => (Volume: v, Pair: $"{b.A} = {b.B}"))).Select((c, k) => (c, k)))
        {
            var x = Math.Log10((double)crossing.Volume);
            var marker = plot.Add.VerticalLine(x);
            marker.LinePattern = LinePattern.Dotted;
            marker.Color = Colors.Gray.WithAlpha(0.7);
            // Labels step down so that neighbouring crossings do not print over each other.
            var label = plot.Add.Text($"{crossing.Pair}: {Text.Numbers.Volume(crossing.Volume)}", x, labelY - (k % 4) * (logCost ? 0.25 : (double)top * 0.06));
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.DimGray;
            label.LabelRotation = 0;
        }
        var scenario = plot.Add.VerticalLine(Math.Log10((double)Math.Max(1, report.RequestsPerMonth)));
        scenario.LinePattern = LinePattern.Dashed;
        scenario.LineWidth = 2;
        scenario.Color = Colors.Black.WithAlpha(0.7);
        scenario.Text = $"scenario: {Text.Numbers.Volume(report.RequestsPerMonth)}";
        scenario.LabelOppositeAxis = false;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = x => Text.Numbers.Volume((decimal)Math.Pow(10, x)),
        };
        plot.Axes.Left.TickGenerator = logCost
            ? new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => Dollars(Math.Pow(10, y)),
            }
            : new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Dollars };
        plot.Title($"{report.Scenario} ({report.Region}): monthly cost against volume");
        plot.XLabel("Requests per month (log scale)");
        plot.YLabel(logCost ? "Monthly cost (USD, log scale)" : "Monthly cost (USD)");
        plot.ShowLegend(Alignment.UpperLeft);

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.png");
        try
        {
            plot.SavePng(temporary, width, height);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>True when every cost in the sweep is above zero, so a log cost axis can show them all.</summary>
    public static bool UseLogCostAxis(CostReport report) => report.Sweep is { } sweep && sweep.All(r => r.CostsUsd.Values.All(c => c > 0));

    private static string Dollars(double usd) =>
        usd >= 1 || usd <= -1 ? "$" + usd.ToString("#,##0", Text.Numbers.Culture) : "$" + usd.ToString("0.##", Text.Numbers.Culture);
}
