using System.Globalization;
using System.Net;
using System.Text;
using MlCost.Reports.Charts;
using MlCost.Reports.Text;

namespace MlCost.Reports.Html;

/// <summary>
/// The cost-against-volume chart as inline SVG: one path per option over the sweep (which holds each instance step's
/// two sides, so steps are drawn as steps), in the colours of the PNG and the workbook; volume on a log axis with a
/// tick per decade; cost on a log axis too when every cost is above zero; a labelled marker per crossing and one for
/// the scenario's volume.
/// </summary>
internal static class CostChartSvg
{
    private const double Width = 960, Height = 540, Left = 92, Right = 24, Top = 24, Bottom = 66;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(CostReport report, IReadOnlyList<CrossingRow> crossings)
    {
        var sweep = report.Sweep ?? throw new InvalidOperationException("a chart needs a sweep");
        var ids = sweep[0].CostsUsd.Keys.ToList();
        var logCost = CostChartImage.UseLogCostAxis(report);
        var (x0, x1) = (Math.Log10((double)report.Range.From), Math.Log10((double)report.Range.To));
        var costs = sweep.SelectMany(r => r.CostsUsd.Values).Select(c => (double)c).ToList();
        var (y0, y1) = logCost
            ? (Math.Floor(Math.Log10(costs.Min())), Math.Ceiling(Math.Log10(costs.Max())))
            : (0, NiceCeiling(costs.Max()));
        if (y1 <= y0) y1 = y0 + 1;
        double X(decimal volume) => Left + (Math.Log10((double)volume) - x0) / (x1 - x0) * (Width - Left - Right);
        double Y(double cost) => Height - Bottom - ((logCost ? Math.Log10(cost) : cost) - y0) / (y1 - y0) * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title\">");
        svg.Append($"<title id=\"chart-title\">Monthly cost against requests per month, {Encode(report.Scenario)}</title>");
        // Grid and ticks: a labelled line per decade of volume, faint lines at 2–9 × each.
        for (var decade = Math.Floor(x0); decade <= Math.Ceiling(x1); decade++)
            for (var m = 1; m <= 9; m++)
            {
                var v = m * Math.Pow(10, decade);
                var lv = Math.Log10(v);
                if (lv < x0 - 1e-9 || lv > x1 + 1e-9) continue;
                var x = X((decimal)v);
                svg.Append($"<line class=\"{(m == 1 ? "grid" : "grid minor")}\" x1=\"{F(x)}\" y1=\"{F(Top)}\" x2=\"{F(x)}\" y2=\"{F(Height - Bottom)}\"/>");
                if (m == 1) svg.Append($"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(Height - Bottom + 18)}\" text-anchor=\"middle\">{Numbers.Volume((decimal)v)}</text>");
            }
        foreach (var (value, label) in CostTicks(y0, y1, logCost))
        {
            var y = Y(value);
            svg.Append($"<line class=\"grid\" x1=\"{F(Left)}\" y1=\"{F(y)}\" x2=\"{F(Width - Right)}\" y2=\"{F(y)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{F(Left - 6)}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{label}</text>");
        }
        svg.Append($"<rect class=\"frame\" x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(Width - Left - Right)}\" height=\"{F(Height - Top - Bottom)}\"/>");
        svg.Append($"<text class=\"axis\" x=\"{F((Left + Width - Right) / 2)}\" y=\"{F(Height - 16)}\" text-anchor=\"middle\">Requests per month (log scale)</text>");
        svg.Append($"<text class=\"axis\" transform=\"translate(18 {F((Top + Height - Bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">Monthly cost, USD{(logCost ? " (log scale)" : "")}</text>");

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var points = sweep.Select(r => $"{F(X(r.RequestsPerMonth))},{F(Y((double)Math.Max(r.CostsUsd[id], logCost ? 1e-9m : 0)))}");
            svg.Append($"<path class=\"option\" data-option=\"{Encode(id)}\" stroke=\"#{OptionColours.Of(i)}\" d=\"M{string.Join(" L", points)}\"><title>{Encode(id)}</title></path>");
        }

        // Crossing labels step down so that neighbouring ones do not print over each other.
        foreach (var (crossing, k) in crossings.Select((c, k) => (c, k)))
        {
            var x = X(crossing.RequestsPerMonth);
            var label = $"{crossing.CheaperBelow} = {crossing.CheaperAbove}: {Numbers.Volume(crossing.RequestsPerMonth)}";
            var anchor = x > Width * 0.7 ? "end" : "start";
            var dx = anchor == "end" ? -4 : 4;
            svg.Append($"<g class=\"crossing\" data-volume=\"{crossing.RequestsPerMonth.ToString(Invariant)}\">");
            svg.Append($"<line x1=\"{F(x)}\" y1=\"{F(Top)}\" x2=\"{F(x)}\" y2=\"{F(Height - Bottom)}\"/>");
            svg.Append($"<text x=\"{F(x + dx)}\" y=\"{F(Top + 16 + (k % 5) * 17)}\" text-anchor=\"{anchor}\">{Encode(label)}</text></g>");
        }
        var scenarioX = X(Math.Clamp(report.RequestsPerMonth, report.Range.From, report.Range.To));
        svg.Append($"<g class=\"scenario\"><line x1=\"{F(scenarioX)}\" y1=\"{F(Top)}\" x2=\"{F(scenarioX)}\" y2=\"{F(Height - Bottom)}\"/>");
        svg.Append($"<text x=\"{F(scenarioX + 4)}\" y=\"{F(Height - Bottom - 8)}\">scenario: {Numbers.Volume(report.RequestsPerMonth)}</text></g>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<(double Value, string Label)> CostTicks(double y0, double y1, bool log)
    {
        if (log)
        {
            for (var p = y0; p <= y1; p++) yield return (Math.Pow(10, p), Dollars(Math.Pow(10, p)));
            yield break;
        }
        var step = NiceCeiling(y1 / 5);
        for (var v = 0.0; v <= y1 + step / 2; v += step) yield return (v, Dollars(v));
    }

    /// <summary>1, 2 or 5 × a power of ten, at or above <paramref name="value"/>.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * power).First(n => n >= value);
    }

    private static string Dollars(double usd) =>
        usd >= 1 ? "$" + usd.ToString("#,##0", Numbers.Culture) : "$" + usd.ToString("0.####", Numbers.Culture);

    private static string F(double value) => value.ToString("0.#", Invariant);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
