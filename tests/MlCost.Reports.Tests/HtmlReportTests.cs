using System.Globalization;
using System.Text.Json.Nodes;
using MlCost.Estimation;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Reports.Html;

namespace MlCost.Reports.Tests;

/// <summary>
/// The HTML breakeven report as a finance reader gets it: opened in headless Chromium (no console errors, no network
/// requests), its chart and numbers read back from the page and compared with the engine to the cent, a hostile
/// scenario name shown as text, and the page printed to PDF and captured as PNG.
/// </summary>
public sealed class HtmlReportTests : IDisposable
{
    private static readonly PriceBook Book = new(PriceCache.Open(TestPaths.PricingCache));
    private static readonly SemaphoreSlim OneBrowserAtATime = new(1, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Examples =>
        new(Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "examples"), "*.json").Select(Path.GetFileName).Order()!);

    private (Estimator Estimator, CostReport Report, string Html) Write(string scenarioPath, string name = "report.html")
    {
        var estimator = new Estimator(ScenarioReader.Read(scenarioPath), Book);
        var (from, to) = estimator.DefaultRange();
        var report = CostReport.Build(estimator, estimator.Scenario.Workload.RequestsPerMonth, from, to, 10);
        var html = _folder.File(name);
        HtmlReport.Write(html, estimator, report);
        return (estimator, report, html);
    }

    private static async Task<T> InBrowser<T>(Func<HeadlessChromium, Task<T>> use)
    {
        await OneBrowserAtATime.WaitAsync();
        try
        {
            await using var browser = await HeadlessChromium.StartAsync();
            return await use(browser);
        }
        finally
        {
            OneBrowserAtATime.Release();
        }
    }

    private static string Money(decimal usd) => Math.Round(usd, 2, MidpointRounding.AwayFromZero).ToString("$#,##0.00", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_loads_clean_offline_and_its_numbers_equal_the_engine(string example)
    {
        var (estimator, report, html) = Write(Path.Combine(TestPaths.Root, "examples", example));
        var page = await InBrowser(async browser =>
        {
            await browser.OpenAsync(html);
            var read = await browser.EvaluateAsync("""
                ({
                  paths: [...document.querySelectorAll('svg.chart path.option')].map(p => ({ option: p.dataset.option, points: p.getAttribute('d').split('L').length })),
                  markers: [...document.querySelectorAll('svg.chart g.crossing')].map(g => ({ volume: g.dataset.volume, label: g.querySelector('text').textContent })),
                  scenario: document.querySelector('svg.chart g.scenario text')?.textContent,
                  ranking: [...document.querySelectorAll('table.ranking tbody tr')].map(r => ({ option: r.dataset.option, cost: r.cells[3].textContent })),
                  crossings: [...document.querySelectorAll('table.crossings tbody tr')].map(r => r.dataset.volume),
                  answer: document.querySelector('.answer .lead').textContent,
                  scripts: document.scripts.length
                })
                """);
            return (Read: read!, Problems: browser.Problems.ToList(), Requests: browser.Requests.ToList());
        });

        Assert.Empty(page.Problems);
        // The document itself is the only thing loaded: no stylesheet, font, image or script from anywhere.
        Assert.Equal([new Uri(html).AbsoluteUri], page.Requests);
        Assert.Equal(0, page.Read["scripts"]!.GetValue<int>());

        // One path per option, each drawn through every sweep point.
        var paths = page.Read["paths"]!.AsArray();
        Assert.Equal(report.Options.Select(o => o.Id).Order(), paths.Select(p => p!["option"]!.GetValue<string>()).Order());
        Assert.All(paths, p => Assert.Equal(report.Sweep!.Count, p!["points"]!.GetValue<int>()));

        // A labelled marker per crossing, at the engine's exact volume.
        var crossings = report.Breakevens.SelectMany(b => b.RequestsPerMonth).Order().ToList();
        var markers = page.Read["markers"]!.AsArray();
        Assert.Equal(crossings, markers.Select(m => decimal.Parse(m!["volume"]!.GetValue<string>(), CultureInfo.InvariantCulture)).Order());
        Assert.All(markers, m => Assert.Contains(" = ", m!["label"]!.GetValue<string>()));
        Assert.Equal(crossings, page.Read["crossings"]!.AsArray().Select(v => decimal.Parse(v!.GetValue<string>(), CultureInfo.InvariantCulture)).Order());
        Assert.StartsWith("scenario: ", page.Read["scenario"]!.GetValue<string>());

        // Every option's monthly cost on the page is the engine's, to the cent.
        var engine = estimator.Compare(estimator.Scenario.Workload.RequestsPerMonth).Ranked.ToDictionary(o => o.Id, o => o.MonthlyCostUsd);
        foreach (var row in page.Read["ranking"]!.AsArray())
            Assert.Equal(Money(engine[row!["option"]!.GetValue<string>()]), row["cost"]!.GetValue<string>());
        Assert.Contains(report.Cheapest, page.Read["answer"]!.GetValue<string>());
        Assert.Contains(Money(engine[report.Cheapest]), page.Read["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hostile_scenario_name_and_option_show_as_text_and_nothing_runs()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "sentiment.json")))!;
        scenario["name"] = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
        scenario["description"] = "</p><iframe src=\"https://example.invalid\"></iframe>";
        scenario["options"]![0]!["id"] = "<b onmouseover=alert(1)>comprehend</b>";
        var file = _folder.File("hostile.json");
        File.WriteAllText(file, scenario.ToJsonString());
        var (_, _, html) = Write(file);

        var page = await InBrowser(async browser =>
        {
            await browser.OpenAsync(html);
            var read = await browser.EvaluateAsync("""
                ({ title: document.title, h1: document.querySelector('h1').textContent,
                   elements: document.querySelectorAll('script, img, iframe, b').length,
                   option: document.querySelector('table.ranking').textContent })
                """);
            return (Read: read!, Problems: browser.Problems.ToList(), Requests: browser.Requests.ToList());
        });
        Assert.Equal("<script>document.title='pwned'</script><img src=x onerror=alert(1)>", page.Read["h1"]!.GetValue<string>());
        Assert.DoesNotContain("pwned", page.Read["title"]!.GetValue<string>().Replace("document.title='pwned'", ""));
        Assert.Equal(0, page.Read["elements"]!.GetValue<int>());
        Assert.Contains("<b onmouseover=alert(1)>comprehend</b>", page.Read["option"]!.GetValue<string>());
        Assert.Empty(page.Problems);
        Assert.Single(page.Requests);
    }

    [Fact]
    public async Task The_report_prints_to_a_few_readable_pages_and_renders_as_a_screenshot()
    {
        var (_, report, html) = Write(Path.Combine(TestPaths.Root, "examples", "document-extraction.json"));
        var (a4, letter, png) = await InBrowser(async browser =>
        {
            await browser.OpenAsync(html);
            return (await browser.PrintToPdfAsync(a4: true), await browser.PrintToPdfAsync(a4: false), await browser.ScreenshotAsync());
        });
        foreach (var (pdf, name) in new[] { (a4, "a4.pdf"), (letter, "letter.pdf") })
        {
            var path = _folder.File(name);
            File.WriteAllBytes(path, pdf);
            var info = Poppler("pdfinfo", path);
            var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            // Four options' line items, the assumptions and the prices: a handful of pages, not dozens of tiny ones.
            Assert.InRange(pages, 3, 8);
            Assert.InRange(pdf.Length, 30_000, 3_000_000);
            // The text a reader needs is in the PDF as text (not cut off the page): every option, every total.
            var text = Poppler("pdftotext", "-layout", path, "-");
            foreach (var option in report.Options)
            {
                Assert.Contains(option.Id, text);
                Assert.Contains(Money(option.MonthlyCostUsd), text);
            }
            Assert.Contains("Where the cheaper option changes", text);
        }
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4));
        Assert.InRange(png.Length, 50_000, 20_000_000);
    }

    private static string Poppler(string tool, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
