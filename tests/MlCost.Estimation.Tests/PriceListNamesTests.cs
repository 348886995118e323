using System.Text.Json.Nodes;
using MlCost.Estimation.Scenarios;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Import;
using MlCost.Pricing.Lookup;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.Tests;

/// <summary>
/// A refresh brings AI-service products in the Price List's own names. Offer files are built here from every AI
/// price of the committed snapshot (its SKUs, rate codes and tiers), each product named as the Price List names it —
/// the real usage types, operations and engines `GetAttributeValues` lists (shared/more-pricing-data/raw/
/// price-list-attribute-values): <c>USE1-SyncFormsQueriesPagesProcessed</c>, <c>USE1-Group1-ImagesProcessed</c>,
/// <c>DetectTgtSentiment</c>, <c>TranscribeAudio</c>, engine <c>Neural</c>. Imported, they must price every example as
/// the snapshot does.
/// </summary>
public class PriceListNamesTests
{
    private static readonly Service[] Services = [Service.Textract, Service.Comprehend, Service.Rekognition, Service.Translate, Service.Transcribe, Service.Polly];

    [Fact]
    public void The_real_names_are_what_the_names_say()
    {
        var names = Path.Combine(TestPaths.SharedMorePricingData, "raw", "price-list-attribute-values");
        IEnumerable<string> Values(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(names, file)))!["attribute_values"]!.AsArray().Select(v => v!.GetValue<string>());
        // The names this test builds offer files from are among the Price List's own.
        Assert.Contains("USE1-SyncFormsQueriesTablesPagesProcessed", Values("AmazonTextract--usagetype.json"));
        Assert.Contains("USE1-Group2-ImagesProcessed", Values("AmazonRekognition--usagetype.json"));
        Assert.Contains("DetectTgtSentiment", Values("comprehend--operation.json"));
        Assert.Contains("TranscribeAudio", Values("transcribe--operation.json"));
        Assert.Contains("TextTranslationJob", Values("translate--operation.json"));
        Assert.Contains("USE1-SynthesizeSpeechNeural-Characters", Values("AmazonPolly--usagetype.json"));
        Assert.Contains("Neural", Values("AmazonPolly--engine.json"));
    }

    [Fact]
    public void Offer_files_in_the_Price_Lists_names_price_every_example_as_the_snapshot_does()
    {
        var snapshot = PriceCache.Open(TestPaths.PricingCache);
        using var folder = new TempFolder();
        var offers = Path.Combine(folder.Path, "offers");
        Directory.CreateDirectory(offers);
        foreach (var service in Services)
            File.WriteAllText(Path.Combine(offers, $"{service.OfferCode}.json"), OfferFile(service, snapshot));
        var imported = PriceImporter.Import([offers]);

        // Every priced operation of the snapshot comes back with the same lookup attributes and tiers.
        var byKey = imported.Files.SelectMany(f => f.Prices).ToDictionary(p => (p.Service, p.Region, p.Sku));
        string[] lookup = [Attr.Operation, Attr.Features, Attr.ApiGroup, Attr.Engine];
        var compared = 0;
        foreach (var service in Services)
            foreach (var region in snapshot.Regions(service))
                foreach (var price in snapshot.Prices(service, region).Where(p => p.Attribute(Attr.Operation) is not null || p.Attribute(Attr.ApiGroup) is not null))
                {
                    var back = byKey[(price.Service, price.Region, price.Sku)];
                    Assert.Equal(lookup.Select(price.Attribute), lookup.Select(back.Attribute));
                    Assert.Equal(price.Tiers.ToArray(), back.Tiers.ToArray());
                    compared++;
                }
        Assert.True(compared > 500, $"{compared} prices compared");

        // A cache whose AI-service files are the imported ones prices every example exactly as the snapshot.
        var cache = Path.Combine(folder.Path, "cache");
        var others = Service.All.Except(Services).SelectMany(s => snapshot.Regions(s).Select(r => new PriceFileContents(s, r, snapshot.Prices(s, r))));
        PriceCacheWriter.Write(cache, [.. imported.Files, .. others]);
        var refreshed = new PriceBook(PriceCache.Open(cache));
        foreach (var example in Scenarios.ExampleFiles)
        {
            var scenario = ScenarioReader.Read(Path.Combine(TestPaths.Root, "examples", example));
            var before = new Estimator(scenario, Scenarios.Book).Compare(scenario.Workload.RequestsPerMonth).Ranked.Select(o => (o.Id, o.MonthlyCostUsd));
            var after = new Estimator(scenario, refreshed).Compare(scenario.Workload.RequestsPerMonth).Ranked.Select(o => (o.Id, o.MonthlyCostUsd));
            Assert.Equal(before, after);
        }
    }

    /// <summary>A Bulk API offer file (JSON) of one service holding every price of the snapshot, named as the Price List names them.</summary>
    private static string OfferFile(Service service, PriceCache snapshot)
    {
        var products = new JsonObject();
        var terms = new JsonObject();
        foreach (var region in snapshot.Regions(service))
            foreach (var price in snapshot.Prices(service, region))
            {
                var attributes = new JsonObject { ["servicecode"] = service.OfferCode, ["regionCode"] = region };
                foreach (var (key, value) in PriceListAttributes(service, price)) attributes[key] = value;
                products[price.Sku] = new JsonObject { ["sku"] = price.Sku, ["productFamily"] = price.ProductFamily ?? "API Calls", ["attributes"] = attributes };
                var dimensions = new JsonObject();
                foreach (var tier in price.Tiers)
                    dimensions[tier.RateCode] = new JsonObject
                    {
                        ["rateCode"] = tier.RateCode, ["description"] = price.Description, ["unit"] = price.Unit,
                        ["beginRange"] = tier.Begin.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["endRange"] = tier.End?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Inf",
                        ["pricePerUnit"] = new JsonObject { ["USD"] = tier.UsdPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    };
                var code = price.Tiers[0].RateCode.Split('.')[1];
                terms[price.Sku] = new JsonObject
                {
                    [$"{price.Sku}.{code}"] = new JsonObject
                    {
                        ["offerTermCode"] = code, ["sku"] = price.Sku, ["effectiveDate"] = "2026-11-01T00:00:00Z",
                        ["priceDimensions"] = dimensions, ["termAttributes"] = new JsonObject(),
                    },
                };
            }
        return new JsonObject
        {
            ["formatVersion"] = "v1.0", ["offerCode"] = service.OfferCode, ["version"] = "20261101000000", ["publicationDate"] = "2026-11-01T00:00:00Z",
            ["products"] = products, ["terms"] = new JsonObject { ["OnDemand"] = terms },
        }.ToJsonString();
    }

    /// <summary>What the Price List calls a price the snapshot keys by operation, bundle, API group or engine.</summary>
    private static IEnumerable<(string Key, string Value)> PriceListAttributes(Service service, PriceRecord price)
    {
        var operation = price.Attribute(Attr.Operation);
        if (service == Service.Textract && operation is not null)
        {
            var (mode, kind) = operation switch
            {
                "DetectDocumentText" => ("Sync", "Text"),
                "StartDocumentTextDetection" => ("Async", "Text"),
                "AnalyzeExpense" => ("Sync", "Expense"),
                "StartExpenseAnalysis" => ("Async", "Expense"),
                "AnalyzeID" => ("Sync", "ID"),
                "StartLendingAnalysis" => ("Async", "Lending"),
                _ => (operation == "AnalyzeDocument" ? "Sync" : "Async",
                      string.Concat(price.Attribute(Attr.Features)!.Split('+').Select(f => f switch
                      {
                          "CUSTOM_QUERIES" => "CustomQueries",
                          _ => f[0] + f[1..].ToLowerInvariant(),
                      }))),
            };
            yield return ("usagetype", $"USE1-{mode}{kind}PagesProcessed");
            yield return ("platopagedatatype", $"{mode}{kind}PagesProcessed");
        }
        else if (service == Service.Rekognition && price.Attribute(Attr.ApiGroup) is { } group)
            yield return ("usagetype", group == "Ungrouped" ? "USE1-ImagesProcessed" : $"USE1-{group}-ImagesProcessed");
        else if (service == Service.Polly && price.Attribute(Attr.Engine) is { } engine)
        {
            yield return ("engine", engine switch { "neural" => "Neural", "long-form" => "Long-Form", "generative" => "Generative", _ => "Standard" });
            yield return ("usagetype", engine == "neural" ? "USE1-SynthesizeSpeechNeural-Characters" : "USE1-SynthesizeSpeech-Characters");
        }
        else if (operation is not null)
            yield return ("operation", operation switch
            {
                "DetectTargetedSentiment" => "DetectTgtSentiment",
                "StartEventsDetectionJob" => "DetectEvents",
                "StartTextTranslationJob" => "TextTranslationJob",
                "StartTranscriptionJob" => "TranscribeAudio",
                "StartStreamTranscription" => "StreamingAudio",
                "StartCallAnalyticsJob" => "CallAnalyticsTranscribeAudio",
                "StartMedicalTranscriptionJob" => "MedicalTranscribeAudio",
                "StartMedicalStreamTranscription" => "MedicalStreamingAudio",
                _ => operation,
            });
        else yield return ("usagetype", "USE1-" + (price.Attribute(Attr.Usage) ?? price.Sku).Replace(' ', '-'));
    }
}
