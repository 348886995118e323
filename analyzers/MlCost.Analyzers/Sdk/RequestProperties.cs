using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The value a request's property gets, by dotted path ("StoppingCondition.MaxRuntimeInSeconds"), read from
    /// the syntax: its object initializer (nested initializers included) and assignments to the same local later
    /// in the same block (<c>request.ResourceConfig.InstanceType = ...</c>), as SDK code is written both ways; the
    /// last value set wins, and assigning a new object to a prefix of the path replaces what was set under it.
    /// Within that block the local's name means the local (C# forbids redeclaring it there), except inside a
    /// lambda or local function that declares a parameter of that name; assignments there are left out.
    /// </summary>
    internal static class RequestProperties
    {
        /// <summary>The expression the property is last set to; null when the code does not set it.</summary>
        public static ExpressionSyntax Find(BaseObjectCreationExpressionSyntax creation, string path)
        {
            var found = InInitializer(creation.Initializer, path, 0);
            if (AssignedLocal(creation) is string local && creation.FirstAncestorOrSelf<BlockSyntax>() is BlockSyntax block)
                foreach (var node in block.DescendantNodes())
                    if (node is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                        && Matched(assignment.Left, local, path) is int end && end > 0 && !Shadowed(assignment, block, local))
                        found = end == path.Length ? assignment.Right : Nested(assignment.Right, path, end + 1);
            return found;
        }

        private static ExpressionSyntax InInitializer(InitializerExpressionSyntax initializer, string path, int start)
        {
            if (initializer == null || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return null;
            ExpressionSyntax found = null;
            foreach (var expression in initializer.Expressions)
                if (expression is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && assignment.Left is IdentifierNameSyntax property && SegmentAt(path, start, property.Identifier.ValueText) is int end)
                    found = end == path.Length ? assignment.Right : Nested(assignment.Right, path, end + 1);
            return found;
        }

        /// <summary>The rest of the path, from <paramref name="start"/>, in an object a value creates.</summary>
        private static ExpressionSyntax Nested(ExpressionSyntax value, string path, int start)
        {
            switch (Expressions.Unwrap(value))
            {
                case BaseObjectCreationExpressionSyntax nested: return InInitializer(nested.Initializer, path, start);
                case InitializerExpressionSyntax nested: return InInitializer(nested, path, start);
                default: return null;
            }
        }

        /// <summary>Where the path's segment starting at <paramref name="start"/> ends when it is <paramref name="name"/>; null otherwise.</summary>
        private static int? SegmentAt(string path, int start, string name)
        {
            var end = start + name.Length;
            return end <= path.Length && string.CompareOrdinal(path, start, name, 0, name.Length) == 0 && (end == path.Length || path[end] == '.') ? end : (int?)null;
        }

        /// <summary>
        /// How much of the path an assignment target <c>local.B.C</c> spells ("B.C" of "B.C.D": 3), 0 for the bare
        /// local; null when the target is something else or leaves the path.
        /// </summary>
        private static int? Matched(ExpressionSyntax target, string local, string path)
        {
            switch (target)
            {
                case IdentifierNameSyntax name:
                    return name.Identifier.ValueText == local ? 0 : (int?)null;
                case MemberAccessExpressionSyntax member when member.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    var before = Matched(member.Expression, local, path);
                    return before == null ? null : SegmentAt(path, before == 0 ? 0 : before.Value + 1, member.Name.Identifier.ValueText);
                default:
                    return null;
            }
        }

        /// <summary>The local a creation initializes (<c>var r = new ...</c>) or is assigned to (<c>r = new ...</c>).</summary>
        private static string AssignedLocal(ExpressionSyntax creation)
        {
            SyntaxNode parent = creation.Parent;
            while (parent is ParenthesizedExpressionSyntax || parent is CastExpressionSyntax) parent = parent.Parent;
            if (parent is EqualsValueClauseSyntax clause && clause.Parent is VariableDeclaratorSyntax declarator && declarator.Parent?.Parent is LocalDeclarationStatementSyntax)
                return declarator.Identifier.ValueText;
            if (parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left is IdentifierNameSyntax local)
                return local.Identifier.ValueText;
            return null;
        }

        private static bool Shadowed(SyntaxNode assignment, SyntaxNode block, string local)
        {
            for (var node = assignment.Parent; node != null && node != block; node = node.Parent)
            {
                switch (node)
                {
                    case SimpleLambdaExpressionSyntax lambda when lambda.Parameter.Identifier.ValueText == local:
                    case ParenthesizedLambdaExpressionSyntax parenthesized when Declarations.HasParameter(parenthesized.ParameterList, local):
                    case AnonymousMethodExpressionSyntax method when Declarations.HasParameter(method.ParameterList, local):
                    case LocalFunctionStatementSyntax function when Declarations.HasParameter(function.ParameterList, local):
                        return true;
                }
            }
            return false;
        }
    }
}
