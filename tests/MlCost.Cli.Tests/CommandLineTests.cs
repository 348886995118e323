using System.Globalization;
using System.Text.Json;

namespace MlCost.Cli.Tests;

/// <summary>The command line itself: --version, how numbers are read, and the one line each mistake gets.</summary>
public class CommandLineTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Root, "examples", name);

    private static decimal PricedVolume(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("requestsPerMonth").GetDecimal();
    }

    [Fact]
    public void Version_names_the_tool_version_and_the_prices_it_would_read()
    {
        var run = CliRun.In(new Dictionary<string, string> { ["MLCOST_PRICING_CACHE"] = TestPaths.PricingCache }, "--version");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^mlcost \d+\.\d+\.\d+", lines[0]);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.PricingCache, "manifest.json"))).RootElement;
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.StartsWith($"prices: {files.Sum(f => f.GetProperty("prices").GetInt32()):#,##0} in {files.Count} files", lines[1]);
        var dates = files.Select(f => f.GetProperty("publicationDate").GetString()!).Where(d => char.IsDigit(d[0])).Select(d => d[..10]).Order(StringComparer.Ordinal).ToList();
        Assert.Contains($"published {dates[0]} to {dates[^1]}", lines[1]);
        Assert.Equal($"cache: MLCOST_PRICING_CACHE, {TestPaths.PricingCache}", lines[2]);
    }

    [Theory]
    [InlineData("20M", 20_000_000)]
    [InlineData("1e9", 1_000_000_000)]
    [InlineData("1.5e6", 1_500_000)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("2.5k", 2_500)]
    [InlineData("3B", 3_000_000_000)]
    [InlineData("750000", 750_000)]
    public void Volumes_are_read_with_exponents_suffixes_and_thousands_separators(string typed, decimal expected) =>
        Assert.Equal(expected, PricedVolume(CliRun.WithCache("compare", Example("sentiment.json"), "--volume", typed, "--format", "json")));

    [Fact]
    public void Volumes_read_the_same_in_a_locale_that_writes_decimals_with_a_comma()
    {
        var culture = CultureInfo.CurrentCulture;
        // A German-style culture (the tool runs in invariant globalization mode, so it is built rather than looked up).
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = german;
            Assert.Equal(1_500_000m, PricedVolume(CliRun.WithCache("compare", Example("sentiment.json"), "--volume", "1.5M", "--format", "json")));
            Assert.Equal(1_500_000m, PricedVolume(CliRun.WithCache("compare", Example("sentiment.json"), "--volume", "1,500,000", "--format", "json")));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
    }

    [Theory]
    [InlineData("abc", "--volume: \"abc\" is not a volume; write requests per month as 500000, 1,500,000, 1.5e6 or 20M")]
    [InlineData("1,5", "commas separate thousands")]
    [InlineData("-3", "must be a volume of 0 or more requests per month")]
    [InlineData("1e40", "is too large a volume")]
    [InlineData("20 million", "is not a volume")]
    public void A_bad_volume_is_one_line_saying_what_a_volume_looks_like(string typed, string expected)
    {
        var run = CliRun.WithCache("compare", Example("sentiment.json"), "--volume", typed);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData(new[] { "comapre", "x.json" }, "'comapre' is not a command of mlcost. Did you mean compare?")]
    [InlineData(new string[0], "name a command: compare, breakeven")]
    [InlineData(new[] { "compare" }, "compare needs SCENARIO")]
    [InlineData(new[] { "prices", "shwo" }, "'shwo' is not a command of prices. Did you mean show?")]
    [InlineData(new[] { "compare", "x.json", "--volumee", "3" }, "--volumee is not an option of compare. Did you mean --volume?")]
    [InlineData(new[] { "breakeven", "x.json", "--points-per-decade", "ten" }, "--points-per-decade: \"ten\" is not a whole number")]
    public void A_command_line_mistake_is_one_plain_line(string[] args, string expected)
    {
        var run = CliRun.WithCache(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public void A_folder_or_an_empty_file_as_the_scenario_gets_a_sentence()
    {
        using var folder = new TempFolder();
        var folderRun = CliRun.WithCache("compare", folder.Path);
        Assert.Equal(2, folderRun.ExitCode);
        Assert.Contains($"{folder.Path}: is a folder; name a scenario file in it", folderRun.Error);

        var empty = folder.File("empty.json");
        File.WriteAllText(empty, "  \n");
        var emptyRun = CliRun.WithCache("compare", empty);
        Assert.Equal(2, emptyRun.ExitCode);
        Assert.Contains($"{empty}: is empty; a scenario is a JSON object", emptyRun.Error);
    }

    [Theory]
    [InlineData("--chart", "out/", "is a folder; name the file to write in it")]
    [InlineData("--chart", "chart.jpg", "this writes a .png file; name it /")]
    [InlineData("--xlsx", "book.csv", "this writes a .xlsx file; name it /")]
    [InlineData("--xlsx", "no-such-folder/book.xlsx", "no such folder")]
    public void An_output_file_with_the_wrong_name_is_refused_before_anything_is_written(string option, string name, string expected)
    {
        using var folder = new TempFolder();
        var run = CliRun.WithCache("breakeven", Example("sentiment.json"), option, folder.File(name));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Tables_take_the_width_they_are_given_and_default_to_80()
    {
        var narrow = CliRun.WithCache("prices", "show", "textract", "--region", "us-east-1");
        var wide = CliRun.In(new Dictionary<string, string> { ["COLUMNS"] = "160" },
            "prices", "show", "textract", "--region", "us-east-1", "--cache", TestPaths.PricingCache);
        Assert.Equal(0, narrow.ExitCode);
        Assert.Equal(0, wide.ExitCode);
        Assert.All(narrow.Out.Split('\n'), line => Assert.True(line.Length <= 80, $"over 80 columns: {line}"));
        Assert.Contains(wide.Out.Split('\n'), line => line.Length > 80);
        // Nothing is cut to fit: at 60 columns the price column wraps, and every rate code reads whole down that column.
        var squeezed = CliRun.In(new Dictionary<string, string> { ["COLUMNS"] = "60" },
            "prices", "show", "textract", "--region", "us-east-1", "--cache", TestPaths.PricingCache).Out.Split('\n');
        var dashes = Array.FindIndex(squeezed, l => l.StartsWith("---", StringComparison.Ordinal));
        var firstColumn = squeezed[dashes].IndexOf(' ');
        var column = string.Concat(squeezed.Skip(dashes + 1).TakeWhile(l => l.Length > 0).Select(l => l[..Math.Min(firstColumn, l.Length)].Trim()));
        var rateCodes = JsonDocument.Parse(CliRun.WithCache("prices", "show", "textract", "--region", "us-east-1", "--format", "json").Out).RootElement
            .EnumerateArray().SelectMany(p => p.GetProperty("tiers").EnumerateArray()).Select(t => t.GetProperty("rateCode").GetString()!).ToList();
        Assert.NotEmpty(rateCodes);
        Assert.True(firstColumn < rateCodes.Max(c => c.Length), "the column was not squeezed below a rate code's length");
        Assert.All(rateCodes, code => Assert.Contains(code, column));
        Assert.All(squeezed, line => Assert.True(line.Length <= 60, $"over 60 columns: {line}"));
        Assert.DoesNotContain("…", string.Join('\n', squeezed));
    }
}
