using System.Globalization;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
using MlCost.Pricing.Model;
using MlCost.Pricing.PriceList;

namespace MlCost.Pricing.Tests.Import;

/// <summary>The import of the real shared price data (run once for the class: it reads every file).</summary>
public sealed class SharedDataImport
{
    public ImportResult Result { get; } = PriceImporter.Import(TestPaths.SnapshotSources);

    public IEnumerable<PriceRecord> All => Result.Files.SelectMany(f => f.Prices);
}

public class ImportTests(SharedDataImport shared) : IClassFixture<SharedDataImport>
{
    [Fact]
    public void Reimporting_the_shared_data_reproduces_the_committed_cache_byte_for_byte()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "pricing-cache");
        PriceCacheWriter.Write(target, shared.Result.Files);

        var committed = Directory.EnumerateFiles(TestPaths.PricingCache, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.PricingCache, f)).Order(StringComparer.Ordinal).ToList();
        var rebuilt = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(committed, rebuilt);
        foreach (var file in committed)
            Assert.True(File.ReadAllBytes(Path.Combine(TestPaths.PricingCache, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(target, file))),
                $"{file} differs from a fresh import: run `mlcost prices import ../shared/pricing-data ../shared/more-pricing-data --cache pricing-cache --replace`");
    }

    [Fact]
    public void Covers_every_region_of_every_AI_service_in_the_data()
    {
        var expected = new Dictionary<string, int>
        {
            ["textract"] = 16, ["comprehend"] = 14, ["rekognition"] = 16, ["translate"] = 17, ["transcribe"] = 21, ["polly"] = 23,
        };
        foreach (var (service, regions) in expected)
            Assert.Equal(regions, shared.Result.Files.Count(f => f.Service.ShortName == service));
    }

    [Fact]
    public void Every_AI_price_in_the_published_table_is_in_the_cache_with_its_rate_code_tier_and_price()
    {
        // published-prices.csv was compiled independently from the same AWS pages; each row quotes its rate code.
        var rows = File.ReadAllLines(Path.Combine(TestPaths.SharedPricingData, "published-prices.csv")).Skip(1)
            .Select(ParseCsvLine).Where(r => r[0] != "AmazonSageMaker").ToList();
        var tiers = shared.All.SelectMany(p => p.Tiers.Select(t => (p.Service, p.Region, Tier: t)))
            .ToDictionary(t => (t.Service, t.Region, t.Tier.RateCode));
        var checkedRows = 0;
        // AWS labels one rate twice in places ("over 50M" and "from 50M to 100M"); the table keeps both rows.
        var byRate = rows
            .Select(row => (Row: row, RateCode: System.Text.RegularExpressions.Regex.Match(row[8], @"rateCode ([A-Z0-9]+\.JRTCKXETXF\.[A-Z0-9]+)")))
            .Where(r => r.RateCode.Success && r.Row[7].Length > 0)
            .GroupBy(r => (Service: r.Row[0], Region: r.Row[1], RateCode: r.RateCode.Groups[1].Value), r => r.Row);
        foreach (var group in byRate)
        {
            Assert.True(tiers.TryGetValue(group.Key, out var found), $"missing {group.Key}");
            Assert.All(group, row => Assert.Equal(decimal.Parse(row[7], CultureInfo.InvariantCulture), found.Tier.UsdPerUnit));
            var ranged = group.Where(row => row[3] != "flat" && row[5].Length > 0).ToList();
            if (ranged.Count > 0)
                Assert.Contains(ranged, row => decimal.Parse(row[5], CultureInfo.InvariantCulture) == found.Tier.Begin
                                               && (row[6] == "Inf" ? null : decimal.Parse(row[6], CultureInfo.InvariantCulture)) == found.Tier.End);
            checkedRows += group.Count();
        }
        Assert.True(checkedRows > 400, $"only {checkedRows} rows could be checked");
    }

    [Fact]
    public void Textract_bundles_are_their_own_skus_with_two_tiers()
    {
        var bundle = shared.All.Single(p => p.Region == "us-east-1" && p.Attribute(Attr.Operation) == "AnalyzeDocument"
                                            && p.Attribute(Attr.Features) == "FORMS+QUERIES");
        Assert.Equal("VWGDYXPE27886VFB", bundle.Sku);
        Assert.Equal("pages", bundle.Unit);
        Assert.Equal([0.055m, 0.045m], bundle.Tiers.Select(t => t.UsdPerUnit));
        Assert.Equal(PriceQuality.PriceList, bundle.Quality);
        Assert.Equal("2024-10-29T16:40:50Z", bundle.PublicationDate);
    }

    private PriceRecord Only(Service service, string region, string operation, string? mode = null) =>
        shared.All.Single(p => p.Service == service.OfferCode && p.Region == region && p.Attribute(Attr.Operation) == operation
                               && (mode is null || p.Attribute(Attr.InputMode) == mode));

    [Fact]
    public void Forecast_bills_data_points_and_explanations_in_thousands_across_its_tiers()
    {
        // forecast.json, us-east-1: "Forecast Data Points 0 to 100" $2.00 ... "50000 to Inf" $0.02 (per 1,000 data points).
        var points = Only(Service.Forecast, "us-east-1", "CreateForecast");
        Assert.Equal("1,000 data points", points.Unit);
        Assert.Equal([(0m, 100m, 2.00m), (100m, 1000m, 0.80m), (1000m, 50000m, 0.20m), (50000m, null, 0.02m)],
            points.Tiers.Select(t => (t.Begin, t.End, t.UsdPerUnit)).ToArray<(decimal, decimal?, decimal)>());
        Assert.Equal("4MKRBJYP8X7PE33H.JRTCKXETXF.ETY2894C67", points.Tiers[0].RateCode);
        Assert.Equal(0.24m, Only(Service.Forecast, "us-east-1", "CreatePredictor").Tiers.Single().UsdPerUnit);
        Assert.Equal(0.088m, Only(Service.Forecast, "us-east-1", "CreateDatasetImportJob").Tiers.Single().UsdPerUnit);
        Assert.Equal([2.00m, 0.80m, 0.25m, 0.15m], Only(Service.Forecast, "us-east-1", "CreateExplainability").Tiers.Select(t => t.UsdPerUnit));
        Assert.Equal(10, shared.Result.Files.Count(f => f.Service == Service.Forecast));
    }

    [Fact]
    public void Personalize_tiers_come_from_first_next_and_over_and_from_ranges()
    {
        var batch = Only(Service.Personalize, "us-east-1", "CreateBatchInferenceJob");
        Assert.Equal([(0m, 20_000_000m, 0.000067m), (20_000_000m, 200_000_000m, 0.000058m), (200_000_000m, null, 0.00005m)],
            batch.Tiers.Select(t => (t.Begin, t.End, t.UsdPerUnit)).ToArray<(decimal, decimal?, decimal)>());
        // 72,000,000 TPS-seconds are AWS's 20,000 TPS-hours; $0.000055555 a TPS-second is $0.2 a TPS-hour.
        var realtime = Only(Service.Personalize, "us-east-1", "GetRecommendations");
        Assert.Equal(("TPS-seconds", 72_000_000m, (decimal?)720_000_000m), (realtime.Unit, realtime.Tiers[1].Begin, realtime.Tiers[1].End));
        Assert.Equal(0.000055555m, realtime.Tiers[0].UsdPerUnit);
        Assert.Equal(13, shared.Result.Files.Count(f => f.Service == Service.Personalize));
    }

    [Fact]
    public void Lex_prices_each_call_kind_once_and_leaves_unstated_rates_out()
    {
        Assert.Equal(0.00075m, Only(Service.Lex, "us-east-1", "RecognizeText").Tiers.Single().UsdPerUnit);
        Assert.Equal(0.004m, Only(Service.Lex, "us-east-1", "RecognizeUtterance").Tiers.Single().UsdPerUnit);
        Assert.Equal(0.0065m, Only(Service.Lex, "us-east-1", "StartConversation", "speech").Tiers.Single().UsdPerUnit);
        Assert.Equal(0.002m, Only(Service.Lex, "us-east-1", "StartConversation", "text").Tiers.Single().UsdPerUnit);
        // The "-GR" rates are kept by their wording only; rates under a bare hash are reported, never guessed.
        Assert.All(shared.All.Where(p => p.Service == "AmazonLex" && p.Description!.Contains("-GR")), p => Assert.Null(p.Attribute(Attr.Operation)));
        Assert.Contains(shared.Result.Report.Skipped, s => s.Contains("lex.json: us-east-1 has") && s.Contains("no label"));
        // Every region Lex is priced in has all of them.
        foreach (var file in shared.Result.Files.Where(f => f.Service == Service.Lex))
            Assert.Equal(["RecognizeText", "RecognizeUtterance", "StartConversation"],
                file.Prices.Select(p => p.Attribute(Attr.Operation)).OfType<string>().Distinct().Order());
    }

    [Fact]
    public void Bedrock_prices_are_secondary_with_their_check_date_and_only_for_model_ids_AWS_documents()
    {
        var bedrock = shared.All.Where(p => p.Service == "AmazonBedrock").ToList();
        Assert.All(bedrock, p => Assert.Equal((PriceQuality.Secondary, "us-east-1", "1M tokens"), (p.Quality, p.Region, p.Unit)));
        var lite = bedrock.Where(p => p.Attribute(Attr.Model) == "amazon.nova-lite-v1:0").ToDictionary(p => p.Attribute(Attr.Tokens)!, p => p.Tiers[0].UsdPerUnit);
        Assert.Equal(new Dictionary<string, decimal> { ["input"] = 0.06m, ["output"] = 0.24m, ["cache-read"] = 0.015m }, lite);
        var gemma = bedrock.First(p => p.Attribute(Attr.Model) == "google.gemma-3-27b-it");
        Assert.Equal("2026-06-03", gemma.PublicationDate);
        // The table's "regional." prefix is not part of AWS's id; "global." is a real cross-region profile.
        Assert.Contains(bedrock, p => p.Attribute(Attr.Model) == "anthropic.claude-3-5-haiku-20241022-v1:0");
        Assert.Contains(bedrock, p => p.Attribute(Attr.Model) == "global.anthropic.claude-sonnet-4-5-20250929-v1:0");
        Assert.DoesNotContain(bedrock, p => p.Attribute(Attr.Model)!.Contains("fable") || p.Attribute(Attr.Model)!.StartsWith("openai.gpt-5"));
        Assert.Contains(shared.Result.Report.Skipped, s => s.Contains("openai.gpt-5.6-luna is not a Bedrock model id AWS documents"));
    }

    [Fact]
    public void Studio_notebook_prices_stay_with_their_component_and_give_instance_facts()
    {
        var notebook = shared.All.Single(p => p.Region == "us-east-1" && p.Attribute(Attr.InstanceName) == "ml.g4dn.2xlarge"
                                              && p.Attribute(Attr.Component) == SageMakerComponent.StudioNotebook);
        Assert.Equal((0.94m, "8", "32 GiB", "2VG4Z2PR4SCTGAAD"), (notebook.Tiers[0].UsdPerUnit, notebook.Attribute(Attr.VCpu), notebook.Attribute(Attr.Memory), notebook.Sku));
        Assert.Equal(1255, shared.All.Count(p => p.Attribute(Attr.Component) == SageMakerComponent.StudioNotebook));
        Assert.Contains(shared.Result.Report.Skipped, s => s.Contains("sagemaker-training-plan.json") && s.Contains("name no component"));
    }

    [Fact]
    public void SageMaker_prices_are_secondary_and_keep_their_quoted_source()
    {
        // Only the Studio notebook page is an AWS file; it prices that component alone.
        var sagemaker = shared.All.Where(p => p.Service == "AmazonSageMaker").ToList();
        Assert.All(sagemaker, p => Assert.Equal(p.Attribute(Attr.Component) == SageMakerComponent.StudioNotebook ? PriceQuality.PriceList : PriceQuality.Secondary, p.Quality));
        var g4dn = sagemaker.Single(p => p.Region == "us-east-1" && p.Attribute(Attr.InstanceName) == "ml.g4dn.xlarge"
                                         && p.Attribute(Attr.Component) == SageMakerComponent.Hosting);
        Assert.Equal(0.7364m, g4dn.Tiers[0].UsdPerUnit);
        Assert.Contains("pricing_fallback.yml", g4dn.Source);
        Assert.Contains("does not state its region", g4dn.Note);
    }

    [Fact]
    public void Conflicting_quotes_keep_the_most_direct_source_and_record_the_other()
    {
        var storage = shared.All.Single(p => p.Region == "us-east-1" && p.Attribute("storageFor") == SageMakerComponent.Hosting);
        Assert.Equal(0.1395m, storage.Tiers[0].UsdPerUnit);
        Assert.Contains("conflicts: $0.112", storage.Note);
        Assert.Contains(shared.Result.Report.Decisions, d => d.Contains("Storage Hosting"));
    }

    [Fact]
    public void Components_are_never_filled_in_from_one_another()
    {
        // The data quotes ml.g4dn.xlarge Hosting in us-east-1 but no Training price for it there.
        Assert.DoesNotContain(shared.All, p => p.Region == "us-east-1" && p.Attribute(Attr.InstanceName) == "ml.g4dn.xlarge"
                                              && p.Attribute(Attr.Component) == SageMakerComponent.Training);
    }

    [Fact]
    public void Savings_plan_quotes_are_kept_under_their_own_term()
    {
        var plan = shared.All.Single(p => p.TermType == TermType.SavingsPlan);
        Assert.Equal("ml.m4.16xlarge", plan.Attribute(Attr.InstanceName));
        Assert.Equal("1yr", plan.TermAttributes["LeaseContractLength"]);
        Assert.Equal("Partial Upfront", plan.TermAttributes["PurchaseOption"]);
    }

    [Fact]
    public void Files_without_prices_and_other_services_are_reported_not_imported()
    {
        Assert.Contains(shared.Result.Report.Skipped, s => s.Contains("AmazonRedshift is not a service MlCost prices"));
        Assert.DoesNotContain(shared.All, p => p.Service is "AmazonRedshift" or "AmazonEC2");
    }

    [Fact]
    public void Bulk_offer_files_become_records_with_normalized_SageMaker_attributes()
    {
        var result = PriceImporter.Import([TestPaths.Fixture("sagemaker-offer-us-east-1.json")]);
        var prices = Assert.Single(result.Files).Prices;
        Assert.Equal(2, prices.Count); // the data-transfer product of another service is dropped
        var training = prices.Single(p => p.Sku == "JMCWJEAPVJNFJ5P4");
        Assert.Equal(("ml.m5.large", "Training", 0.115m), (training.Attribute(Attr.InstanceName), training.Attribute(Attr.Component), training.Tiers[0].UsdPerUnit));
        Assert.Equal(PriceQuality.PriceList, training.Quality);
        var serverless = prices.Single(p => p.Sku == "PUE6HBQ8KFHBUN5T");
        Assert.Equal(("3", SageMakerComponent.Serverless), (serverless.Attribute(Attr.MemoryGb), serverless.Attribute(Attr.Component)));
    }

    [Fact]
    public void A_price_list_source_replaces_quotes_for_the_same_service_and_region()
    {
        var result = PriceImporter.Import([TestPaths.Fixture("sagemaker-offer-us-east-1.json"), Path.Combine(TestPaths.SharedPricingData, "published-prices.csv")]);
        var usEast = result.Files.Single(f => f.Service == Service.SageMaker && f.Region == "us-east-1").Prices;
        // The offer file covers the components it prices; a quote of any of them is dropped, one of another stays.
        var covered = usEast.Where(p => p.Quality == PriceQuality.PriceList).Select(p => p.Attribute(Attr.Component)).ToHashSet();
        Assert.Contains(SageMakerComponent.Training, covered);
        Assert.All(usEast.Where(p => covered.Contains(p.Attribute(Attr.Component))), p => Assert.Equal(PriceQuality.PriceList, p.Quality));
        Assert.Contains(result.Files, f => f.Region == "eu-west-1"); // quotes stay where no AWS file covers the region
        Assert.Contains(result.Report.Decisions, d => d.Contains("secondary price(s) dropped"));
    }

    [Fact]
    public void Savings_plans_files_and_offer_csv_files_import_too()
    {
        var result = PriceImporter.Import([TestPaths.Fixture("ml_savings_plan_us-east-1.json"), TestPaths.Fixture("comprehend-us-east-1.csv")]);
        var plan = result.Files.Single(f => f.Service == Service.SageMaker).Prices.Single();
        Assert.Equal((TermType.SavingsPlan, "25TC687A4JSSSY7E", 2.60544m, "ml.m4.16xlarge", "Training"),
            (plan.TermType, plan.Sku, plan.Tiers[0].UsdPerUnit, plan.Attribute(Attr.InstanceName), plan.Attribute(Attr.Component)));
        var sentiment = result.Files.Single(f => f.Service == Service.Comprehend).Prices.Single(p => p.Sku == "Y43GAZS26PRCFXJW");
        Assert.Equal(3, sentiment.Tiers.Length);
        // The CSV names the operation as the API does; lookups find it by that name.
        Assert.Equal("DetectSentiment", sentiment.Attribute(Attr.Operation));
    }

    [Fact]
    public void An_unreadable_price_file_fails_the_import_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.json"), "{\"offerCode\":\"AmazonSageMaker\",\"products\":{\"A\":{\"sku\":");
        var error = Assert.Throws<PriceFileException>(() => PriceImporter.Import([folder.Path]));
        Assert.EndsWith("broken.json", error.File);
    }

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }
}
