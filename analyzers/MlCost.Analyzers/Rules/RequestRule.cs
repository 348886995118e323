using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
    /// reference it; then, cheaply by syntax, find the creations whose type name matches, and only for those ask
    /// the semantic model for the operation and the properties it gets. (Each analyzer configures generated code
    /// and concurrency itself, in its own Initialize.)
    /// </summary>
    internal static class RequestRule
    {
        public static void Register(AnalysisContext context, Func<AwsSdkTypes, INamedTypeSymbol> requestType,
            Action<RuleContext, IObjectCreationOperation, Dictionary<string, IOperation>> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var type = requestType(AwsSdkTypes.For(start.Compilation));
                if (type == null) return;
                start.RegisterSyntaxNodeAction(node =>
                {
                    if (Creation(node, type) is { } creation)
                        analyze(new RuleContext(node.ReportDiagnostic, node.Options), creation, RequestProperties.Of(creation));
                }, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            });
        }

        /// <summary>The creation at this node when it makes a <paramref name="type"/>; the name is compared before anything is bound.</summary>
        public static IObjectCreationOperation Creation(SyntaxNodeAnalysisContext node, INamedTypeSymbol type)
        {
            if (node.Node is ObjectCreationExpressionSyntax explicitType && RightmostName(explicitType.Type) != type.Name) return null;
            var operation = node.SemanticModel.GetOperation(node.Node, node.CancellationToken) as IObjectCreationOperation;
            return operation != null && SymbolEqualityComparer.Default.Equals(operation.Type, type) ? operation : null;
        }

        private static string RightmostName(TypeSyntax type)
        {
            switch (type)
            {
                case QualifiedNameSyntax qualified: return qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax alias: return alias.Name.Identifier.ValueText;
                case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                default: return null;
            }
        }

        /// <summary>Where to point: the <c>new Type</c> part of the creation, not its whole initializer.</summary>
        public static Location Where(IObjectCreationOperation creation)
        {
            switch (creation.Syntax)
            {
                case ObjectCreationExpressionSyntax explicitType:
                    return Location.Create(explicitType.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(explicitType.NewKeyword.SpanStart, explicitType.Type.Span.End));
                case ImplicitObjectCreationExpressionSyntax implicitType:
                    return implicitType.NewKeyword.GetLocation();
                default:
                    return creation.Syntax.GetLocation();
            }
        }
    }
}
