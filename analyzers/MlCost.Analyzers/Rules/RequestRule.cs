using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>
    /// Shared plumbing of rules about one AWS SDK request type: bail out at once when the compilation does not
    /// reference it, then look at every creation of it with the properties it gets. (Each analyzer configures
    /// generated code and concurrency itself, in its own Initialize.)
    /// </summary>
    internal static class RequestRule
    {
        public static void Register(AnalysisContext context, Func<AwsSdkTypes, INamedTypeSymbol> requestType,
            Action<OperationAnalysisContext, IObjectCreationOperation, Dictionary<string, IOperation>> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var type = requestType(AwsSdkTypes.For(start.Compilation));
                if (type == null) return;
                start.RegisterOperationAction(operation =>
                {
                    var creation = (IObjectCreationOperation)operation.Operation;
                    if (SymbolEqualityComparer.Default.Equals(creation.Type, type))
                        analyze(operation, creation, RequestProperties.Of(creation));
                }, OperationKind.ObjectCreation);
            });
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
