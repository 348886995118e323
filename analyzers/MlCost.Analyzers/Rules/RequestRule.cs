using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>What a rule's check may use: where to report, and the options of the file.</summary>
    internal readonly struct RuleContext
    {
        private readonly Action<Diagnostic> _report;

        public RuleContext(Action<Diagnostic> report, AnalyzerOptions options)
        {
            _report = report;
            Options = options;
        }

        public AnalyzerOptions Options { get; }

        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
    }

    /// <summary>
    /// Shared plumbing of rules about one AWS SDK request type: bail out at once when the compilation does not
    /// reference it; then, once per file, take the creations written with its name from the file's
    /// <see cref="SdkCandidates"/>, keep those <see cref="Binding"/> confirms are of the type, and check each.
    /// One pass per file (a semantic model action) rather than a callback per syntax node: the analyzer driver
    /// does real work for every analyzer that registers node callbacks, and none for these.
    /// (Each analyzer configures generated code and concurrency itself, in its own Initialize.)
    /// </summary>
    internal static class RequestRule
    {
        public static void Register(AnalysisContext context, Func<AwsSdkTypes, INamedTypeSymbol> requestType, Action<RuleContext, Request> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var type = requestType(AwsSdkTypes.For(start.Compilation));
                if (type == null) return;
                start.RegisterSemanticModelAction(file =>
                {
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    foreach (var creation in SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken).CreationsNamed(type.Name))
                        if (binding.Creates(creation, type))
                            analyze(new RuleContext(file.ReportDiagnostic, file.Options), new Request(creation, binding));
                });
            });
        }
    }
}
