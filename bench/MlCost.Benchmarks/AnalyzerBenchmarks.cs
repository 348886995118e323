using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlCost.Benchmarks;

/// <summary>
/// NetAnalyzers-style: all MlCost analyzers against an empty analyzer over 1,000 generated files, (a) with no AWS
/// SDK use and (b) using the SDK heavily. Each run is what a build does before emitting: a fresh compilation of
/// the same syntax trees is bound and checked (compiler diagnostics) with the analyzers attached, so the
/// difference from the empty analyzer is what MlCost adds to a build. Two rows are for reference: "binding every
/// candidate", what asking the semantic model about each SDK-looking node would cost, which the rules avoid (see
/// Binding.cs); and "reporting the findings alone", an analyzer that analyses nothing and reports MlCost's
/// diagnostics where MlCost reports them, which is the analyzer driver's own cost of handling that many findings.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private SyntaxTree[] _plain = [];
    private SyntaxTree[] _sdk = [];
    private SyntaxTree[] _clean = [];
    private ImmutableArray<DiagnosticAnalyzer> _mlcost;
    private ImmutableArray<Diagnostic> _sdkFindings;
    private MetadataReference[] _references = [];
    private MetadataReference[] _sdkReferences = [];

    [GlobalSetup]
    public void Setup()
    {
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        // The SDK-using files reference the generated AWS SDK shapes (every model class, client and constant class) as
        // real code references AWSSDK.*; the plain files do not.
        using var shapes = typeof(AnalyzerBenchmarks).Assembly.GetManifestResourceStream("MlCost.AwsSdkShapes.dll")!;
        _sdkReferences = [.. _references, MetadataReference.CreateFromStream(shapes)];
        _plain = Enumerable.Range(0, 1000).Select(i => CSharpSyntaxTree.ParseText(PlainFile(i))).ToArray();
        _sdk = Enumerable.Range(0, 1000).Select(i => CSharpSyntaxTree.ParseText(SdkFile(i))).ToArray();
        _clean = Enumerable.Range(0, 1000).Select(i => CSharpSyntaxTree.ParseText(CleanSdkFile(i))).ToArray();
        _mlcost = typeof(MlCost.Analyzers.Rules.OnDemandTrainingAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        _sdkFindings = Diagnostics(_sdk, _mlcost);
        if (_sdkFindings.Length < 1000) throw new InvalidOperationException($"the SDK files drew only {_sdkFindings.Length} diagnostics: the benchmark would measure nothing");
        if (SdkReportingAlone() != _sdkFindings.Length) throw new InvalidOperationException("reporting the findings alone should report as many as MlCost");
        // Cost-conscious code draws nothing to fix: only MLC0012's statement of what its bounded training job can cost at most.
        if (Diagnostics(_clean, _mlcost).Any(d => d.Id != "MLC0012"))
            throw new InvalidOperationException("the cost-conscious SDK files should draw no diagnostic but MLC0012's projections");
    }

    [Benchmark(Baseline = true, Description = "(a) no AWS SDK: empty analyzer")]
    public int PlainEmpty() => Run(_plain, [new EmptyAnalyzer()]);

    [Benchmark(Description = "(a) no AWS SDK: MlCost analyzers")]
    public int PlainMlCost() => Run(_plain, _mlcost);

    [Benchmark(Description = "(b) heavy AWS SDK use: empty analyzer")]
    public int SdkEmpty() => Run(_sdk, [new EmptyAnalyzer()]);

    [Benchmark(Description = "(b) heavy AWS SDK use: MlCost analyzers")]
    public int SdkMlCost() => Run(_sdk, _mlcost);

    [Benchmark(Description = "(b) heavy AWS SDK use: binding every candidate")]
    public int SdkBindingEveryCandidate() => Run(_sdk, [new BindingEveryCandidateAnalyzer()]);

    [Benchmark(Description = "(b) heavy AWS SDK use: reporting the findings alone")]
    public int SdkReportingAlone() => Run(_sdk, [new ReportingAloneAnalyzer(_sdkFindings)]);

    [Benchmark(Description = "(c) heavy, cost-conscious AWS SDK use: empty analyzer")]
    public int CleanEmpty() => Run(_clean, [new EmptyAnalyzer()]);

    [Benchmark(Description = "(c) heavy, cost-conscious AWS SDK use: MlCost analyzers")]
    public int CleanMlCost() => Run(_clean, _mlcost);

    [Benchmark(Description = "(c) heavy, cost-conscious AWS SDK use: binding every candidate")]
    public int CleanBindingEveryCandidate() => Run(_clean, [new BindingEveryCandidateAnalyzer()]);

    /// <summary>False: the compiler builds on one thread and the driver runs analyzers one at a time (less noise, same work).</summary>
    public bool Concurrent { get; init; } = true;

    private int Run(SyntaxTree[] trees, ImmutableArray<DiagnosticAnalyzer> analyzers) => Diagnostics(trees, analyzers).Length;

    /// <summary>A build of these files with these analyzers attached: the MlCost diagnostics it reports.</summary>
    private ImmutableArray<Diagnostic> Diagnostics(SyntaxTree[] trees, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = CSharpCompilation.Create("bench", trees, trees == _plain ? _references : _sdkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: Concurrent));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: Concurrent,
            logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        return compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("MLC", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Registers nothing: the build's own work, with the analyzer driver attached.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("EMPTY", "empty", "empty", "none", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
        }
    }

    /// <summary>
    /// For reference: reports the given findings again, each with its rule's ID and severity at its place, and
    /// analyses nothing (it only looks the file's findings up). What remains is the analyzer driver's own handling of
    /// that many diagnostics (generated-code and [SuppressMessage] checks up the syntax tree, queueing, filtering),
    /// which any analyzer reporting them pays.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReportingAloneAnalyzer : DiagnosticAnalyzer
    {
        private readonly Dictionary<SyntaxTree, (DiagnosticDescriptor Rule, Location Location)[]> _byFile;
        private readonly ImmutableArray<DiagnosticDescriptor> _rules;

        public ReportingAloneAnalyzer(ImmutableArray<Diagnostic> findings)
        {
            var rules = findings.Select(f => f.Descriptor).DistinctBy(d => d.Id)
                .ToDictionary(d => d.Id, d => new DiagnosticDescriptor(d.Id, "reference", "reference", d.Category, d.DefaultSeverity, isEnabledByDefault: true));
            _rules = [.. rules.Values];
            _byFile = findings.GroupBy(f => f.Location.SourceTree!).ToDictionary(g => g.Key, g => g.Select(f => (rules[f.Id], f.Location)).ToArray());
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _rules;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(file =>
            {
                if (_byFile.TryGetValue(file.SemanticModel.SyntaxTree, out var findings))
                    foreach (var (rule, location) in findings) file.ReportDiagnostic(Diagnostic.Create(rule, location));
            });
        }
    }

    /// <summary>
    /// For reference: the straightforward way to make sure of each syntax candidate the rules look at
    /// (<c>new …Request</c>, <c>new ProductionVariant</c>, a call named <c>InvokeEndpoint(Async)</c>), asking the
    /// semantic model for its operation. The driver binds on its own semantic model, not sharing the compiler's
    /// bound trees, so this re-binds every statement that uses the SDK; MlCost's rules avoid most of that.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BindingEveryCandidateAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BIND", "bind", "bind", "none", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(node =>
            {
                if (IsCandidate(node.Node)) node.SemanticModel.GetOperation(node.Node, node.CancellationToken);
            }, SyntaxKind.ObjectCreationExpression, SyntaxKind.InvocationExpression);
        }

        private static bool IsCandidate(SyntaxNode node) => node switch
        {
            ObjectCreationExpressionSyntax { Type: SimpleNameSyntax type } =>
                type.Identifier.ValueText.EndsWith("Request", StringComparison.Ordinal) || type.Identifier.ValueText == "ProductionVariant",
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } =>
                call.Name.Identifier.ValueText is "InvokeEndpoint" or "InvokeEndpointAsync",
            _ => false,
        };
    }

    private static string PlainFile(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace Plain{{i}}
        {
            public sealed class Orders{{i}}
            {
                private readonly List<decimal> _totals = new List<decimal>();
                public void Add(decimal value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value)); _totals.Add(value); }
                public decimal Sum() { var sum = 0m; foreach (var t in _totals) sum += t; return sum; }
                public IEnumerable<string> Labels() => _totals.Select((t, n) => new { t, n }).Where(x => x.t > 10).Select(x => $"{x.n}: {x.t:0.00}");
                public Dictionary<string, int> Count(IEnumerable<string> words) => words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            }
        }
        """;

    /// <summary>As much SDK code as <see cref="SdkFile"/>, written the cost-conscious way: nothing to report.</summary>
    private static string CleanSdkFile(int i) => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.ApplicationAutoScaling;
        using Amazon.ApplicationAutoScaling.Model;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.SageMakerRuntime;
        using Amazon.SageMakerRuntime.Model;
        namespace Clean{{i}}
        {
            public sealed class Pipeline{{i}}
            {
                public CreateTrainingJobRequest Train() => new CreateTrainingJobRequest
                {
                    TrainingJobName = "job{{i}}",
                    EnableManagedSpotTraining = true,
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlM5Large, InstanceCount = 1 },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 1800, MaxWaitTimeInSeconds = 3600 },
                };
                public List<ProductionVariant> Variants() => new List<ProductionVariant> { new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlM5Large, InitialInstanceCount = 1 } };
                public object Endpoint() => new CreateEndpointRequest { EndpointName = "e{{i}}", EndpointConfigName = "c{{i}}" };
                public object Scaling() => new RegisterScalableTargetRequest { ServiceNamespace = ServiceNamespace.Sagemaker, ResourceId = "endpoint/e{{i}}/variant/all", MinCapacity = 1, MaxCapacity = 2 };
                public Task Score(IAmazonSageMakerRuntime runtime, string payload) => runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = "e{{i}}" });
            }
        }
        """;

    private static string SdkFile(int i) => $$"""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.SageMakerRuntime;
        using Amazon.SageMakerRuntime.Model;
        using Amazon.Textract;
        using Amazon.Textract.Model;
        namespace Sdk{{i}}
        {
            public sealed class Pipeline{{i}}
            {
                public CreateTrainingJobRequest Train() => new CreateTrainingJobRequest
                {
                    TrainingJobName = "job{{i}}",
                    ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = {{i % 4 + 1}} },
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
                };
                public CreateTrainingJobRequest Spot()
                {
                    var request = new CreateTrainingJobRequest();
                    request.EnableManagedSpotTraining = true;
                    request.ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large" };
                    return request;
                }
                public List<ProductionVariant> Variants() => new List<ProductionVariant> { new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, InitialInstanceCount = 2 } };
                public AnalyzeDocumentRequest Read() => new AnalyzeDocumentRequest { FeatureTypes = new List<string> { FeatureType.FORMS, FeatureType.QUERIES } };
                public Task Score(IAmazonSageMakerRuntime runtime, List<string> items) => Task.WhenAll(items.Select(x => runtime.InvokeEndpointAsync(new InvokeEndpointRequest { EndpointName = x })));
                public object Endpoint() => new CreateEndpointRequest { EndpointName = "e{{i}}", EndpointConfigName = "c{{i}}" };
            }
        }
        """;
}
