using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>What a rule's check may use: where to report, and the options of the file.</summary>
    internal readonly struct RuleContext
    {
        private readonly SemanticModelAnalysisContext _file;

        public RuleContext(SemanticModelAnalysisContext file) => _file = file;

        public AnalyzerOptions Options => _file.Options;

        /// <summary>The SDK types of the compilation (cached per compilation).</summary>
        public AwsSdkTypes Types => AwsSdkTypes.For(_file.SemanticModel.Compilation);

        /// <summary>The file's SDK candidates (cached per tree).</summary>
        public SdkCandidates Candidates => SdkCandidates.Of(_file.SemanticModel.SyntaxTree, _file.CancellationToken);

        public void ReportDiagnostic(Diagnostic diagnostic) => _file.ReportDiagnostic(diagnostic);
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
                    var creations = SdkCandidates.Of(file.SemanticModel.SyntaxTree, file.CancellationToken).CreationsNamed(type.Name);
                    if (creations.Count == 0) return;
                    var binding = new Binding(file.SemanticModel, file.CancellationToken);
                    for (var i = 0; i < creations.Count; i++)
                        if (binding.Creates(creations[i], type))
                            analyze(new RuleContext(file), new Request(creations[i], binding));
                });
            });
        }
    }
}
