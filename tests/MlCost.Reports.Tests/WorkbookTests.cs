using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using MlCost.Estimation;
using MlCost.Estimation.AiServices;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;
using MlCost.Reports.Excel;

namespace MlCost.Reports.Tests;

/// <summary>
/// The workbook, opened and recalculated by LibreOffice, must agree with the engine to the cent — as written,
/// and after a user edits an assumption.
/// </summary>
public sealed class WorkbookTests : IDisposable
{
    private static readonly PriceBook Book = new(PriceCache.Open(TestPaths.PricingCache));
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Examples =>
        new(Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "examples"), "*.json").Select(Path.GetFileName).Order()!);

    private static Estimator Estimate(string example) => new(ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", example)), Book);

    private string Write(Estimator estimator, string name = "book.xlsx")
    {
        var (from, to) = estimator.DefaultRange();
        var path = _folder.File(name);
        WorkbookReport.Write(path, estimator, CostReport.Build(estimator, estimator.Scenario.Workload.RequestsPerMonth, from, to, 10));
        return path;
    }

    /// <summary>Option id → monthly total, from the recalculated Summary sheet.</summary>
    private static Dictionary<string, decimal> SummaryTotals(Dictionary<string, List<string[]>> sheets) =>
        sheets["Summary"].SkipWhile(r => r[0] != "Rank").Skip(1).TakeWhile(r => r[0].Length > 0)
            .ToDictionary(r => r[1], r => decimal.Parse(r[3], NumberStyles.Float, CultureInfo.InvariantCulture));

    private static void AssertTotalsMatch(Estimator estimator, decimal volume, Dictionary<string, decimal> totals)
    {
        var engine = estimator.Compare(volume).Ranked;
        Assert.Equal(engine.Select(o => o.Id).Order(), totals.Keys.Order());
        foreach (var option in engine)
            Assert.True(Math.Abs(option.MonthlyCostUsd - totals[option.Id]) < 0.005m,
                $"{option.Id} at {volume}: engine {option.MonthlyCostUsd}, workbook {totals[option.Id]}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_option_total_equals_the_engine_to_the_cent(string example)
    {
        var estimator = Estimate(example);
        var sheets = LibreOffice.Sheets(Write(estimator));
        AssertTotalsMatch(estimator, estimator.Scenario.Workload.RequestsPerMonth, SummaryTotals(sheets));
        var cheapest = sheets["Summary"].Single(r => r[0] == "Cheapest")[1];
        Assert.Equal(estimator.Compare(estimator.Scenario.Workload.RequestsPerMonth).Cheapest.Id, cheapest);
    }

    [Theory]
    // Textract's tier boundary: page 1,000,000 is the last at the first-tier price.
    [InlineData("document-extraction.json", 1_000_000)]
    [InlineData("document-extraction.json", 1_000_001)]
    // ml.g4dn.xlarge at 4 requests/s, peak 3× average: the second instance starts past 4 × 730 × 3600 / 3 = 3,504,000.
    [InlineData("document-extraction.json", 3_503_999)]
    [InlineData("document-extraction.json", 3_504_001)]
    // Comprehend's tier boundary at 10M units: 6 units a request reach it at 1,666,666.67 requests.
    [InlineData("sentiment.json", 2_000_000)]
    // The multi-model endpoint needs a 6th instance past 5 × 100 × 730 × 3600 / 3 = 438,000,000.
    [InlineData("many-models.json", 438_000_001)]
    [InlineData("training-spot.json", 250_000)]
    [InlineData("async-transcription.json", 10_000)]
    // Personalize bills the minimum TPS below 1 TPS × 730 h × 3,600 = 2,628,000 requests, and passes its 72,000,000 TPS-second tier.
    [InlineData("recommendations.json", 2_000_000)]
    [InlineData("recommendations.json", 80_000_000)]
    // A second ml.g5.2xlarge past 2 requests/s × 730 × 3,600 / 3 = 1,752,000; Haiku's tokens are linear.
    [InlineData("llm-bedrock-vs-endpoint.json", 1_752_001)]
    // 600,000 forecasts × 90 data points = 54,000 thousand: past the 50,000 thousand tier.
    [InlineData("demand-forecast.json", 600_000)]
    // 4,000,000 contracts × 2 calls × 30 units = 240,000,000 Comprehend units: past the 50,000,000 tier.
    [InlineData("document-pipeline.json", 4_000_000)]
    [InlineData("chatbot.json", 150_000_000)]
    public void After_editing_the_volume_every_total_follows_the_engine(string example, decimal volume)
    {
        var estimator = Estimate(example);
        var path = Write(estimator);
        using (var workbook = new XLWorkbook(path))
        {
            var cell = workbook.Worksheet(Assumptions.SheetName).CellsUsed().Single(c => c.GetString() == Assumptions.Volume).CellLeft();
            cell.Value = (double)volume;
            workbook.Save();
        }
        AssertTotalsMatch(estimator, volume, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Fact]
    public void Editing_other_assumptions_changes_the_totals_as_the_engine_would()
    {
        // Peak 6× instead of 3×, and 20% discount: the workbook must follow the same rules as the engine.
        var estimator = Estimate("document-extraction.json");
        var path = Write(estimator);
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(Assumptions.SheetName);
            sheet.CellsUsed().Single(c => c.GetString() == "PeakToAverageRatio").CellLeft().Value = 6.0;
            sheet.CellsUsed().Single(c => c.GetString() == "DiscountPercent").CellLeft().Value = 20.0;
            workbook.Save();
        }
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "document-extraction.json"))
            .Replace("\"peakToAverageRatio\": 3", "\"peakToAverageRatio\": 6")
            .Replace("\"region\": \"eu-west-1\",", "\"region\": \"eu-west-1\", \"pricing\": { \"discountPercent\": 20 },");
        var edited = new Estimator(ScenarioReader.Parse(text, "edited.json"), Book);
        AssertTotalsMatch(edited, 500_000, SummaryTotals(LibreOffice.Sheets(path)));
    }

    /// <summary>Sets named inputs on the Assumptions sheet, as a user would.</summary>
    private static void Edit(string path, params (string Name, object Value)[] edits)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(Assumptions.SheetName);
        foreach (var (name, value) in edits)
        {
            var cell = sheet.CellsUsed().Single(c => c.GetString() == name).CellLeft();
            if (value is bool flag) cell.Value = flag;
            else cell.Value = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
        workbook.Save();
    }

    [Fact]
    public void Switching_a_training_run_to_on_demand_in_the_workbook_follows_the_engine()
    {
        // The run's counted mode is a choice on its managed-spot input: flipping it must give the on-demand figures.
        var estimator = Estimate("training-spot.json");
        var path = Write(estimator);
        Edit(path, ("Train1_ManagedSpot", false));
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "training-spot.json")).Replace("\"managedSpot\": true", "\"managedSpot\": false");
        var onDemand = new Estimator(ScenarioReader.Parse(text, "on-demand.json"), Book);
        AssertTotalsMatch(onDemand, 60_000, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Fact]
    public void Under_a_Savings_Plan_the_workbook_follows_the_engine_either_way_a_run_is_priced()
    {
        // Plan rate (20% off) for on-demand hours, the on-demand rate less the spot saving for managed spot.
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "training-spot.json"))
            .Replace("\"region\": \"eu-west-1\",", "\"region\": \"eu-west-1\", \"pricing\": { \"savingsPlan\": { \"discountPercent\": 20 } },");
        var spot = new Estimator(ScenarioReader.Parse(text, "plan.json"), Book);
        var path = Write(spot);
        AssertTotalsMatch(spot, 60_000, SummaryTotals(LibreOffice.Sheets(path)));
        Edit(path, ("Train1_ManagedSpot", false));
        var onPlan = new Estimator(ScenarioReader.Parse(text.Replace("\"managedSpot\": true", "\"managedSpot\": false"), "plan.json"), Book);
        AssertTotalsMatch(onPlan, 60_000, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Theory]
    // 550 characters bill 6 units: the 50,000 free units cover 8,333 requests, so 5,000 requests cost nothing and 3,000,000 pay for all but them.
    [InlineData(5_000)]
    [InlineData(3_000_000)]
    public void The_free_tier_in_the_workbook_follows_the_engine(decimal volume)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "sentiment.json"))
            .Replace("\"region\": \"us-east-1\",", "\"region\": \"us-east-1\", \"pricing\": { \"freeTier\": true },");
        var estimator = new Estimator(ScenarioReader.Parse(text, "free.json"), Book);
        var path = Write(estimator);
        Edit(path, (Assumptions.Volume, volume));
        AssertTotalsMatch(estimator, volume, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Fact]
    public void A_service_added_by_a_definition_alone_is_priced_by_the_engine_and_the_workbook()
    {
        // Comprehend's events detection is in the price data but not among the services MlCost offers. A definition,
        // with a workload metric of its own, is all it takes: the reader accepts the metric, the engine prices it,
        // the workbook shows the metric as an input and computes the same total.
        var articleCharacters = new WorkloadMetric("articleCharactersPerRequest", "Article characters per request", 0, "Events detection bills units of 100 characters.");
        var events = new AiServiceDefinition(new Service("comprehend-events", "comprehend", "Amazon Comprehend events"), ["StartEventsDetectionJob"],
            new BillingRule("units (100 chars)", articleCharacters, UnitSize: 100, WholeUnits: true, MinimumUnits: 3));
        var scenario = ScenarioReader.Parse("""
            { "name": "events", "region": "us-east-1", "workload": { "requestsPerMonth": 4000000, "articleCharactersPerRequest": 1050 },
              "options": [{ "id": "events", "kind": "ai-service", "service": "comprehend-events", "operation": "StartEventsDetectionJob" }] }
            """, "events.json", AiServiceCatalogue.Default.With(events));
        var estimator = new Estimator(scenario, Book);
        // 1,050 characters bill 11 units of 100. 4,000,000 × 11 = 44,000,000 units, tiered (SKU ZVHHXVZJFNAV47KD, us-east-1):
        // 10,000,000 × 0.003 + 34,000,000 × 0.0015 = 30,000 + 51,000 = 81,000
        Assert.Equal(81_000m, estimator.Compare(4_000_000).Cheapest.MonthlyCostUsd);
        var path = Write(estimator);
        var sheets = LibreOffice.Sheets(path);
        Assert.Contains(sheets[Assumptions.SheetName], r => r.Length > 2 && r[2] == "ArticleCharactersPerRequest");
        AssertTotalsMatch(estimator, 4_000_000, SummaryTotals(sheets));
        // Past the second tier: 6,000,000 × 11 = 66,000,000 units = 30,000 + 40,000,000 × 0.0015 + 16,000,000 × 0.00075 = 102,000
        Edit(path, (Assumptions.Volume, 6_000_000));
        Assert.Equal(102_000m, estimator.Compare(6_000_000).Cheapest.MonthlyCostUsd);
        AssertTotalsMatch(estimator, 6_000_000, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Fact]
    public void Bedrock_batch_and_a_pipeline_with_shared_tiers_follow_the_engine_in_the_workbook()
    {
        // Batch bills the on-demand rate × 0.5; the pipeline's two Rekognition Group2 calls share that price's tiers.
        var scenario = ScenarioReader.Parse("""
            { "name": "mixed", "region": "us-east-1",
              "workload": { "requestsPerMonth": 3000000, "inputTokensPerRequest": 1000, "outputTokensPerRequest": 200 },
              "options": [
                { "id": "batch", "kind": "ai-service", "service": "bedrock", "operation": "CreateModelInvocationJob", "model": "amazon.nova-lite-v1:0" },
                { "id": "images", "kind": "ai-service", "steps": [
                    { "service": "rekognition", "operation": "DetectLabels" },
                    { "service": "rekognition", "operation": "DetectModerationLabels", "callsPerRequest": 2 } ] }] }
            """, "mixed.json");
        var estimator = new Estimator(scenario, Book);
        var path = Write(estimator);
        AssertTotalsMatch(estimator, 3_000_000, SummaryTotals(LibreOffice.Sheets(path)));
        // 20,000,000 requests × 3 images = 60,000,000 Group2 images, past the 35,000,000 tier.
        Edit(path, (Assumptions.Volume, 20_000_000));
        AssertTotalsMatch(estimator, 20_000_000, SummaryTotals(LibreOffice.Sheets(path)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_cover_and_the_checks_say_the_workbook_agrees_with_the_engine(string example)
    {
        var estimator = Estimate(example);
        var path = Write(estimator);
        var sheets = LibreOffice.Sheets(path);
        Assert.Equal("Cover", new XLWorkbook(path).Worksheets.First().Name);
        var checks = sheets["Checks"];
        Assert.Equal("TRUE", checks.Single(r => r[0] == "Inputs as the scenario gave them")[1]);
        Assert.Equal(estimator.Models.Count, checks.Count(r => r.Length > 4 && r[4] == "TRUE" && r[0] != "All checks"));
        Assert.Equal("TRUE", checks.Single(r => r[0] == "All checks")[4]);
        Assert.Equal("TRUE", sheets["Summary"].Single(r => r[0] == "Checks")[1]);
        var cover = sheets["Cover"];
        Assert.StartsWith("MlCost 0.1.0", cover.Single(r => r[0] == "Written by")[1]);
        Assert.Equal("730", cover.Single(r => r[0] == "Hours in a month")[1]);
        Assert.Equal("TRUE", cover.Single(r => r[0] == "Totals check")[1]);
    }

    [Fact]
    public void Once_an_input_is_edited_the_checks_say_so_instead_of_failing()
    {
        var path = Write(Estimate("sentiment.json"));
        Edit(path, (Assumptions.Volume, 5_000_000));
        var checks = LibreOffice.Sheets(path)["Checks"];
        Assert.Equal("FALSE", checks.Single(r => r[0] == "Inputs as the scenario gave them")[1]);
        Assert.Equal("inputs edited", checks.Single(r => r[0] == "All checks")[4]);
    }

    [Fact]
    public void Inputs_refuse_what_the_scenario_reader_refuses()
    {
        using var workbook = new XLWorkbook(Write(Estimate("training-spot.json")));
        var sheet = workbook.Worksheet(Assumptions.SheetName);
        var volume = sheet.CellsUsed().Single(c => c.GetString() == Assumptions.Volume).CellLeft();
        var rule = sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(volume)));
        Assert.Equal((XLAllowedValues.Decimal, XLOperator.EqualOrGreaterThan, "0"), (rule.AllowedValues, rule.Operator, rule.MinValue));
        // A flag (managed spot) takes TRUE or FALSE only.
        var flag = sheet.CellsUsed().First(c => c.DataType == XLDataType.Boolean);
        Assert.Equal(XLAllowedValues.List, sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(flag))).AllowedValues);
    }

    [Fact]
    public void The_horizon_sheet_follows_the_engine_month_by_month_and_its_growth_input()
    {
        var estimator = Estimate("chatbot.json");
        var (from, to) = estimator.DefaultRange();
        var path = _folder.File("horizon.xlsx");
        WorkbookReport.Write(path, estimator, CostReport.Build(estimator, 3_000_000, from, to, 10), (6, 25m));
        void AssertMonths(decimal growth)
        {
            var engine = MlCost.Estimation.Horizon.HorizonProjection.Project(estimator, 6, growth, null);
            var rows = LibreOffice.Sheets(path)["Horizon"];
            var header = rows[0];
            foreach (var option in engine.Options)
            {
                var column = Array.IndexOf(header, option.Id);
                foreach (var month in option.Months)
                    Assert.True(Math.Abs(month.OnDemandUsd - decimal.Parse(rows[month.Month][column], NumberStyles.Float, CultureInfo.InvariantCulture)) < 0.005m,
                        $"{option.Id} month {month.Month} at {growth}%");
            }
        }
        AssertMonths(25m);
        // At 25% a month the c5 fleet stays at its 2 instances (a 3rd comes past 100 × 2,628,000 / 3 × 2 = 175,200,000); at 400%
        // month 6 reaches 3,000,000 × 5^5 = 9,375,000,000 requests, past many instance steps, and the formulas follow the edit.
        Edit(path, ("MonthlyGrowthPercent", 400));
        AssertMonths(400m);
    }

    [Fact]
    public void The_sensitivity_sheet_computes_the_engines_bands_and_swings_with_live_formulas()
    {
        var file = Path.Combine(TestPaths.Root, "examples", "uncertain-throughput.json");
        var estimator = Estimate("uncertain-throughput.json");
        var (from, to) = estimator.DefaultRange();
        var ranges = MlCost.Estimation.Ranges.RangeAnalysis.Analyse(estimator.Scenario, File.ReadAllText(file), Book, 20_000_000, from, to);
        var path = _folder.File("ranges.xlsx");
        WorkbookReport.Write(path, estimator, CostReport.Build(estimator, 20_000_000, from, to, 10) with { Ranges = ranges });
        using (var workbook = new XLWorkbook(path))
            Assert.True(workbook.Worksheet("Sensitivity").Cell(4, 2).HasFormula);
        var rows = LibreOffice.Sheets(path)["Sensitivity"];
        decimal At(string[] row, int column) => decimal.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);
        foreach (var band in ranges.Bands)
        {
            var row = rows.First(r => r[0] == band.Option);
            Assert.True(Math.Abs(band.LowUsd - At(row, 1)) < 0.005m && Math.Abs(band.HighUsd - At(row, 3)) < 0.005m, band.Option);
        }
        foreach (var swing in ranges.Sensitivity.SelectMany(t => t.Swings))
        {
            var row = rows.Single(r => r.Length > 6 && r[0] == swing.Option && r[1] == swing.Assumption);
            Assert.True(Math.Abs(swing.CostAtLow - At(row, 5)) < 0.005m && Math.Abs(swing.CostAtHigh - At(row, 6)) < 0.005m, $"{swing.Option} {swing.Assumption}");
        }
        Assert.Equal("Opt2_RequestsPerSecondPerInstance", rows.First(r => r.Length > 2 && r[1] == "options[1].requestsPerSecondPerInstance")[2]);
    }

    [Theory]
    [InlineData("workload.peakToAverageRatio", "PeakToAverageRatio")]
    [InlineData("options[2].secondsPerRequest", "Opt3_SecondsPerRequest")]
    [InlineData("options[0].steps[1].charactersPerRequest", "Opt1_S2_CharactersPerRequest")]
    [InlineData("training[0].hoursPerRun", "Train1_HoursPerRun")]
    [InlineData("pricing.savingsPlan.discountPercent", "SavingsPlanDiscountPercent")]
    [InlineData("options[0].steps[1]", null)]
    public void A_ranges_path_names_the_input_it_feeds(string path, string? input)
    {
        Assert.Equal(input, SensitivitySheet.InputName(path));
    }

    [Fact]
    public void The_sweep_and_breakeven_sheets_agree_with_the_engine()
    {
        var estimator = Estimate("sentiment.json");
        var (from, to) = estimator.DefaultRange();
        var report = CostReport.Build(estimator, 3_000_000, from, to, 10);
        var sheets = LibreOffice.Sheets(Write(estimator));
        var header = sheets["Sweep"][0];
        foreach (var (row, expected) in sheets["Sweep"].Skip(1).Zip(report.Sweep!))
            for (var c = 1; c < header.Length; c++)
                Assert.True(Math.Abs(expected.CostsUsd[header[c]] - decimal.Parse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture)) < 0.005m,
                    $"{header[c]} at {row[0]}");
        // At a crossing inside a piece both costs are equal: A − B is zero to the cent.
        var crossings = sheets["Breakeven"].Skip(1).TakeWhile(r => r[0].Length > 0 && r[2].Length > 0).ToList();
        Assert.NotEmpty(crossings);
        Assert.All(crossings, r => Assert.True(Math.Abs(decimal.Parse(r[5], NumberStyles.Float, CultureInfo.InvariantCulture)) < 0.01m, string.Join(",", r)));
    }

    [Fact]
    public void The_native_chart_has_one_series_per_option_on_a_log_volume_axis()
    {
        var estimator = Estimate("many-models.json");
        var path = Write(estimator);
        using var zip = ZipFile.OpenRead(path);
        var chart = zip.Entries.Single(e => Regex.IsMatch(e.FullName, @"^xl/charts/chart\d+\.xml$"));
        using var reader = new StreamReader(chart.Open());
        var xml = reader.ReadToEnd();
        // One series an option, then the marker lines (the scenario's volume and each crossing), which have no legend entry.
        Assert.Equal(estimator.Models.Count, Regex.Matches(xml, "<c:ser>").Count - Regex.Matches(xml, "<c:legendEntry>").Count);
        Assert.Contains("<c:logBase val=\"10\"/>", xml);
        Assert.Contains("'Sweep'!$A$2", xml);
        // Each option's series in its colour, the one the PNG chart gives it; then the marker lines, greys.
        Assert.Equal(Enumerable.Range(0, estimator.Models.Count).Select(MlCost.Reports.Charts.OptionColours.Of),
            Regex.Matches(xml, "<a:srgbClr val=\"([0-9A-F]{6})\"/>").Select(m => m.Groups[1].Value).Take(estimator.Models.Count));
    }

    [Fact]
    public void The_native_chart_marks_the_scenarios_volume_and_labels_each_crossing()
    {
        var estimator = Estimate("sentiment.json");
        var path = Write(estimator);
        var crossings = CostReport.Build(estimator, 3_000_000, estimator.DefaultRange().From, estimator.DefaultRange().To, 10).Breakevens.Sum(b => b.RequestsPerMonth.Count);
        using (var zip = ZipFile.OpenRead(path))
        {
            using var reader = new StreamReader(zip.Entries.Single(e => Regex.IsMatch(e.FullName, @"^xl/charts/chart\d+\.xml$")).Open());
            var xml = reader.ReadToEnd();
            Assert.Equal(estimator.Models.Count + 1 + crossings, Regex.Matches(xml, "<c:ser>").Count);
            Assert.Equal(1 + crossings, Regex.Matches(xml, "<c:showSerName val=\"1\"/>").Count);
            Assert.Equal(1 + crossings, Regex.Matches(xml, "<c:legendEntry>").Count);
        }
        // The scenario's line follows the volume input; each crossing's label names the pair and the volume.
        var rows = LibreOffice.Sheets(path)["Chart"];
        Assert.Equal("3000000", rows.First(r => r[0] == "scenario")[1]);
        Assert.Contains(rows, r => r[0].StartsWith("comprehend = realtime-c5: ", StringComparison.Ordinal));
        Edit(path, (Assumptions.Volume, 5_000_000));
        Assert.Equal("5000000", LibreOffice.Sheets(path)["Chart"].First(r => r[0] == "scenario")[1]);
    }

    [Fact]
    public void The_workbook_renders_to_pdf_and_png()
    {
        var pdf = LibreOffice.Pdf(Write(Estimate("image-labels.json")));
        Assert.True(new FileInfo(pdf).Length > 10_000);
        var png = Path.Combine(_folder.Path, "page");
        using var process = System.Diagnostics.Process.Start("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", pdf, png])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.True(new FileInfo(Directory.EnumerateFiles(_folder.Path, "page*.png").Single()).Length > 1_000);
    }

    [Fact]
    public void On_paper_every_sheet_is_one_page_wide_with_its_header_rows_repeated_and_long_text_wrapped()
    {
        var path = Write(Estimate("document-extraction.json"));
        using (var book = new ClosedXML.Excel.XLWorkbook(path))
        {
            foreach (var sheet in book.Worksheets)
            {
                Assert.Equal(1, sheet.PageSetup.PagesWide);
                if (sheet.SheetView.SplitRow > 0)
                {
                    Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
                    Assert.Equal(sheet.SheetView.SplitRow, sheet.PageSetup.LastRowToRepeatAtTop);
                }
            }
            Assert.True(book.Worksheet("Prices").Column(12).Style.Alignment.WrapText); // the source
        }
        // Printed by LibreOffice: the Prices sheet's header is on each of its pages, and tiers read as words.
        var pdf = LibreOffice.Pdf(path);
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Contains("0 – 1,000,000", text);
        Assert.Contains("over 1,000,000", text);
        Assert.DoesNotContain("0∞", text.Replace(" ", ""));
        // The Prices sheet's pages are the ones with its rows: a service and a region at the start of a line.
        // The Sweep sheet runs over several pages: each starts with its header row.
        var sweepPages = text.Split('\f').Where(page => System.Text.RegularExpressions.Regex.IsMatch(page, @"(?m)^\s*[\d,]+\s+\$[\d,.]+\s+\$")).ToList();
        Assert.True(sweepPages.Count > 1, "the sweep should run over more than one page");
        Assert.All(sweepPages, page => Assert.StartsWith("Requests per month", page.TrimStart()));
        var pricePages = text.Split('\f').Where(page => System.Text.RegularExpressions.Regex.IsMatch(page, @"(?m)^\s*(textract|sagemaker)\s+eu-west-1\s")).ToList();
        Assert.NotEmpty(pricePages);
        Assert.All(pricePages, page => Assert.Contains("USD per unit", page));
    }

    [Fact]
    public void User_text_that_looks_like_a_formula_stays_text()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "sentiment.json"))
            .Replace("\"name\": \"Review sentiment\"", "\"name\": \"=HYPERLINK(\\\"http://127.0.0.1\\\",\\\"x\\\")\"")
            .Replace("\"id\": \"comprehend\"", "\"id\": \"+1+1\"");
        var estimator = new Estimator(ScenarioReader.Parse(text, "evil.json"), Book);
        var sheets = LibreOffice.Sheets(Write(estimator));
        Assert.Equal("=HYPERLINK(\"http://127.0.0.1\",\"x\")", sheets["Summary"][0][0]);
        Assert.Contains(sheets["Summary"], r => r.Length > 1 && r[1] == "+1+1");
    }

    [Fact]
    public void Every_price_used_is_listed_with_its_provenance()
    {
        var sheets = LibreOffice.Sheets(Write(Estimate("document-extraction.json")));
        var prices = sheets["Prices"];
        var header = prices.Single(r => r[0] == "Service");
        Assert.Equal(["Service", "Region", "Price", "SKU", "Rate code", "Unit", "Tier", "USD per unit", "Term", "Published", "Quality", "Source", "Tier from", "Tier to"], header);
        var forms = prices.Single(r => r.Length > 4 && r[2].Contains("FORMS+QUERIES") && r[12] == "0");
        Assert.Equal("price-list", forms[10]);
        // Tiers read as a reader says them, beside the bounds the formulas use.
        Assert.Equal("0 – 1,000,000", forms[6]);
        Assert.Contains(prices, r => r.Length > 13 && r[2].Contains("FORMS+QUERIES") && r[6] == "over 1,000,000" && r[12] == "1000000" && r[13] == "none");
        Assert.Contains(prices, r => r.Length > 11 && r[10] == "secondary" && r[11].Contains("Sample_Costs.md"));
    }

    [Fact]
    public void A_workbook_into_a_missing_folder_fails_and_writes_nothing()
    {
        var estimator = Estimate("sentiment.json");
        var report = CostReport.Build(estimator, 1000, 10, 100_000, 2);
        Assert.Throws<DirectoryNotFoundException>(() => WorkbookReport.Write(Path.Combine(_folder.Path, "nope", "book.xlsx"), estimator, report));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }
}
