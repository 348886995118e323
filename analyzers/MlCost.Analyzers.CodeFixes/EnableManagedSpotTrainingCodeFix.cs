using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.CodeFixes
{
    /// <summary>
    /// MLC0001's fix, for requests built with an object initializer: sets <c>EnableManagedSpotTraining = true</c> and
    /// gives the stopping condition a <c>MaxWaitTimeInSeconds</c> no shorter than its <c>MaxRuntimeInSeconds</c>
    /// (spot jobs wait for capacity; without the wait bound SageMaker refuses the job).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableManagedSpotTrainingCodeFix)), Shared]
    public sealed class EnableManagedSpotTrainingCodeFix : CodeFixProvider
    {
        public const string Title = "Enable managed spot training";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.OnDemandTraining);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var creation = root?.FindNode(context.Span, getInnermostNodeForTie: true)?.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
            if (creation?.Initializer == null) return;
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancel => Fix(context.Document, creation, cancel), equivalenceKey: Title),
                context.Diagnostics);
        }

        private static async Task<Document> Fix(Document document, BaseObjectCreationExpressionSyntax creation, CancellationToken cancel)
        {
            var root = await document.GetSyntaxRootAsync(cancel).ConfigureAwait(false);
            var initializer = creation.Initializer;
            var expressions = initializer.Expressions;

            var spot = expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => Name(a) == "EnableManagedSpotTraining");
            var enable = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName("EnableManagedSpotTraining"), SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
            expressions = spot != null ? expressions.Replace(spot, enable.WithTriviaFrom(spot)) : expressions.Insert(0, enable);

            var stopping = expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => Name(a) == "StoppingCondition");
            if (stopping?.Right is BaseObjectCreationExpressionSyntax { Initializer: { } condition } stoppingCreation)
            {
                var runtime = condition.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => Name(a) == "MaxRuntimeInSeconds");
                var wait = condition.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => Name(a) == "MaxWaitTimeInSeconds");
                if (runtime != null && wait == null)
                {
                    // Wait as long again as the run may take: capacity may be scarce, and the bound must be at least the runtime.
                    var bound = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("MaxWaitTimeInSeconds"),
                        SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, SyntaxFactory.ParenthesizedExpression(runtime.Right.WithoutTrivia()),
                            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(2))));
                    var newCondition = condition.WithExpressions(condition.Expressions.Add(bound));
                    expressions = expressions.Replace(stopping, stopping.WithRight(stoppingCreation.WithInitializer(newCondition)));
                }
            }
            var fixedCreation = creation.WithInitializer(initializer.WithExpressions(expressions));
            return document.WithSyntaxRoot(root.ReplaceNode(creation, fixedCreation.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation)));
        }

        private static string Name(AssignmentExpressionSyntax assignment) => (assignment.Left as IdentifierNameSyntax)?.Identifier.ValueText;
    }
}
