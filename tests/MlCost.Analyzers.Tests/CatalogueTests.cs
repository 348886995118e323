using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Pricing.Cache;
using MlCost.Pricing.Model;

namespace MlCost.Analyzers.Tests;

/// <summary>What holds for every rule at once: docs, help links, the price table, silence on good and broken code.</summary>
public class CatalogueTests
{
    public static readonly DiagnosticAnalyzer[] All = typeof(PriceTable).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToArray();

    [Fact]
    public void Every_rule_has_its_doc_page_and_links_to_it()
    {
        Assert.NotEmpty(All);
        foreach (var rule in All.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.True(File.Exists(Path.Combine(TestPaths.Root, "docs", "rules", rule.Id + ".md")), $"docs/rules/{rule.Id}.md is missing");
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rule.HelpLinkUri);
            Assert.Equal("Cost", rule.Category);
        }
    }

    [Fact]
    public void The_compiled_price_table_is_the_committed_caches_prices()
    {
        // Worked from the cache's own price files, not from analyzer-prices.tsv: the file the pricing core wrote and
        // the analyzer compiled in must say what the cache says (first price of a key wins, as in the table).
        var cache = PriceCache.Open(TestPaths.PricingCache);
        var bundled = PriceTable.For(new AnalyzerOptions([]));
        var expected = cache.Regions(Service.SageMaker)
            .SelectMany(region => cache.Prices(Service.SageMaker, region))
            .Where(p => p.TermType == TermType.OnDemand && p.Attribute(Attr.InstanceName) is not null
                        && p.Attribute(Attr.Component) is "Hosting" or "Training" or "Processing" or "Notebook")
            .GroupBy(p => (p.Region, p.Attribute(Attr.Component), p.Attribute(Attr.InstanceName)!.ToLowerInvariant())).Select(g => g.First())
            .Select(p => $"{p.Region} {p.Attribute(Attr.InstanceName)} {p.Attribute(Attr.Component)} {p.Tiers[0].UsdPerUnit} {p.Tiers[0].RateCode} {p.Quality}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 40, $"only {expected.Count} instance prices in the cache");
        Assert.Equal(expected, bundled.Instances.Select(p => $"{p.Region} {p.InstanceType} {p.Component} {p.UsdPerHour} {p.RateCode} {p.Quality}").Order(StringComparer.Ordinal));

        var textract = cache.Regions(Service.Textract)
            .SelectMany(region => cache.Prices(Service.Textract, region))
            .Where(p => p.TermType == TermType.OnDemand && p.Attribute(Attr.Operation) is "AnalyzeDocument" or "DetectDocumentText" or "StartDocumentAnalysis" or "StartDocumentTextDetection")
            .GroupBy(p => (p.Region, p.Attribute(Attr.Operation), p.Attribute(Attr.Features) ?? "")).Select(g => g.First())
            .Select(p => $"{p.Region} {p.Attribute(Attr.Operation)} {p.Attribute(Attr.Features) ?? ""} {p.Tiers[0].UsdPerUnit}").Order(StringComparer.Ordinal).ToList();
        Assert.True(textract.Count > 100, $"only {textract.Count} Textract prices in the cache");
        Assert.Equal(textract, bundled.Pages.Select(p => $"{p.Region} {p.Operation} {p.Features} {p.UsdPerPage}").Order(StringComparer.Ordinal));

        var comprehend = cache.Regions(Service.Comprehend)
            .SelectMany(region => cache.Prices(Service.Comprehend, region))
            .Where(p => p.TermType == TermType.OnDemand && p.Unit == "units" && p.Attribute(Attr.Operation) is { } o && o.StartsWith("Detect", StringComparison.Ordinal) && o != "DetectToxicContent")
            .GroupBy(p => (p.Region, p.Attribute(Attr.Operation))).Select(g => g.First())
            .Select(p => $"{p.Region} {p.Attribute(Attr.Operation)} {p.Tiers[0].UsdPerUnit}").Order(StringComparer.Ordinal).ToList();
        Assert.True(comprehend.Count > 50, $"only {comprehend.Count} Comprehend prices in the cache");
        Assert.Equal(comprehend, bundled.Units.Select(p => $"{p.Region} {p.Operation} {p.UsdPerUnit}").Order(StringComparer.Ordinal));

        foreach (var region in cache.Regions(Service.SageMaker))
        {
            var data = cache.Prices(Service.SageMaker, region).FirstOrDefault(p => p.TermType == TermType.OnDemand && p.Attribute(Attr.Component) == "DataProcessed");
            Assert.Equal(data?.Tiers[0].UsdPerUnit, bundled.DataProcessed(region));
        }
    }

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Cost_conscious_SDK_code_draws_no_diagnostic(SdkShape shape)
    {
        var corpus = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Valid.cs"));
        Assert.Empty(Compile(corpus, shape).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        // Nothing to fix: the only diagnostics are MLC0012's statements of what a bounded job can cost at most, at Info
        // (with no mlcost.max_job_usd set, a projection, never a warning).
        var diagnostics = await Run(corpus, shape);
        Assert.All(diagnostics, d => Assert.Equal((Rules.RuleIdentifiers.LargestJobCost, DiagnosticSeverity.Info), (d.Id, d.Severity)));
        // The same harness does see a costly change to the corpus.
        var costly = corpus.Replace("EnableManagedSpotTraining = true,", "EnableManagedSpotTraining = false,");
        Assert.Contains(await Run(costly, shape), d => d.Id == Rules.RuleIdentifiers.OnDemandTraining);
    }

    [Theory]
    [InlineData("class C { void M() { var r = new Amazon.SageMaker.Model.CreateTrainingJobRequest { ResourceConfig = new Amazon.SageMaker.Model.ResourceConfig { InstanceType = ")]
    [InlineData("class C { object M() => new Amazon.SageMaker.Model.CreateTrainingJobRequest { EnableManagedSpotTraining = , StoppingCondition = new Unknown { } }; }")]
    [InlineData("class C { object M() => new Amazon.SageMaker.Model.ProductionVariant { InstanceType = Missing.Type, InitialInstanceCount = \"two\" }")]
    [InlineData("class C { object M() => new Amazon.Textract.Model.AnalyzeDocumentRequest { FeatureTypes = new System.Collections.Generic.List<string> { Foo.Bar, } ")]
    [InlineData("using Amazon.SageMaker.Model; class C { void M() { CreateTrainingJobRequest r = new(); r.ResourceConfig.InstanceType = ; r. } ")]
    public async Task Broken_and_half_typed_code_never_crashes_an_analyzer(string source)
    {
        foreach (var shape in new[] { SdkShape.V3, SdkShape.V4 })
        {
            var diagnostics = await Run(source, shape);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    private static CSharpCompilation Compile(string source, SdkShape shape) =>
        CSharpCompilation.Create("corpus",
            [CSharpSyntaxTree.ParseText(source)],
            SdkShapes.References(shape), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Every analyzer over <paramref name="source"/>, reporting analyzer diagnostics and any analyzer exception.</summary>
    private static async Task<IReadOnlyList<Diagnostic>> Run(string source, SdkShape shape)
    {
        var compilation = Compile(source, shape);
        var exceptions = new List<Diagnostic>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, analyzer, diagnostic) => exceptions.Add(diagnostic), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. All], options).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics, .. exceptions];
    }
}
