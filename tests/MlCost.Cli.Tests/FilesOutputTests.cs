using System.IO.Compression;

namespace MlCost.Cli.Tests;

public class FilesOutputTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    [Fact]
    public void Breakeven_writes_the_workbook_and_the_png_chart_and_markdown_links_the_chart()
    {
        using var folder = new TempFolder();
        var (xlsx, png) = (folder.File("report.xlsx"), folder.File("cost chart.png"));
        var run = CliRun.WithCache("breakeven", Example("image-labels.json"), "--xlsx", xlsx, "--chart", png, "--format", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Wrote {xlsx}", run.Error);
        Assert.Contains($"![Monthly cost against requests per month]({png.Replace(" ", "%20")})", run.Out);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var zip = ZipFile.OpenRead(xlsx);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/charts/chart1.xml");
        Assert.Equal(["Cover", "Summary", "Assumptions", "1. rekognition", "2. realtime-g4dn", "3. serverless-3gb", "Sweep", "Breakeven", "Chart", "Prices", "Checks"],
            SheetNames(zip));
    }

    [Fact]
    public void Compare_writes_a_workbook_and_keeps_stdout_machine_readable()
    {
        using var folder = new TempFolder();
        var xlsx = folder.File("compare.xlsx");
        var run = CliRun.WithCache("compare", Example("sentiment.json"), "--xlsx", xlsx, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(xlsx));
        System.Text.Json.JsonDocument.Parse(run.Out).Dispose();
    }

    [Fact]
    public void A_workbook_into_a_missing_folder_is_exit_code_2_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        var run = CliRun.WithCache("compare", Example("sentiment.json"), "--xlsx", Path.Combine(folder.Path, "missing", "out.xlsx"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such folder", run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_bad_scenario_writes_no_workbook()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("bad.json");
        File.WriteAllText(scenario, "{ \"name\": \"x\" }");
        var xlsx = folder.File("out.xlsx");
        var run = CliRun.WithCache("breakeven", scenario, "--xlsx", xlsx, "--chart", folder.File("out.png"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["bad.json"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    private static List<string> SheetNames(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        return System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "<(?:x:)?sheet [^>]*name=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    [Fact]
    public void Html_and_pdf_reports_are_written_beside_the_table()
    {
        using var folder = new TempFolder();
        var html = folder.File("report.html");
        var pdf = folder.File("report.pdf");
        var run = CliRun.WithCache("breakeven", Example("document-extraction.json"), "--html", html, "--pdf", pdf);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Wrote {html}", run.Error);
        var text = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Contains("<svg class=\"chart\"", text);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf).Take(4));
        // Only the two files: the PDF's temporary HTML and the browser's profile are gone.
        Assert.Equal(["report.html", "report.pdf"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());

        var compare = CliRun.WithCache("compare", Example("sentiment.json"), "--pdf", folder.File("compare.pdf"));
        Assert.True(compare.ExitCode == 0, compare.Error);
        Assert.True(new FileInfo(folder.File("compare.pdf")).Length > 10_000);
    }

    [Fact]
    public void A_pdf_without_a_browser_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        var run = CliRun.In(new Dictionary<string, string> { ["PATH"] = "/nonexistent", ["MLCOST_BROWSER"] = "" },
            "breakeven", Example("sentiment.json"), "--xlsx", folder.File("book.xlsx"), "--pdf", folder.File("report.pdf"), "--cache", TestPaths.PricingCache);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--pdf needs Chromium or Chrome (apt-get install chromium)", run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
