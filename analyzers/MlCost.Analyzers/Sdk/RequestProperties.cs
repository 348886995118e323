using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The properties a request gets, by dotted path ("StoppingCondition.MaxRuntimeInSeconds"), read from the
    /// syntax: its object initializer (nested initializers included) and assignments to the same local later in
    /// the same block (<c>request.ResourceConfig.InstanceType = ...</c>), as SDK code is written both ways.
    /// Within that block the local's name means the local (C# forbids redeclaring it there), except inside a
    /// lambda or local function that declares a parameter of that name; assignments there are left out.
    /// </summary>
    internal static class RequestProperties
    {
        public static Dictionary<string, ExpressionSyntax> Of(BaseObjectCreationExpressionSyntax creation)
        {
            var values = new Dictionary<string, ExpressionSyntax>();
            AddInitializer(creation.Initializer, "", values);
            if (AssignedLocal(creation) is string local && creation.FirstAncestorOrSelf<BlockSyntax>() is BlockSyntax block)
                foreach (var assignment in block.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                    if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && PathFromLocal(assignment.Left, local) is string path && !Shadowed(assignment, block, local))
                        Add(path, assignment.Right, values);
            return values;
        }

        private static void Add(string path, ExpressionSyntax value, Dictionary<string, ExpressionSyntax> values)
        {
            values[path] = value;
            switch (Expressions.Unwrap(value))
            {
                case BaseObjectCreationExpressionSyntax nested: AddInitializer(nested.Initializer, path + ".", values); break;
                case InitializerExpressionSyntax nested: AddInitializer(nested, path + ".", values); break;
            }
        }

        private static void AddInitializer(InitializerExpressionSyntax initializer, string prefix, Dictionary<string, ExpressionSyntax> values)
        {
            if (initializer == null || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return;
            foreach (var expression in initializer.Expressions)
                if (expression is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left is IdentifierNameSyntax property)
                    Add(prefix + property.Identifier.ValueText, assignment.Right, values);
        }

        /// <summary>"B.C" for <c>local.B.C</c>, null for anything else.</summary>
        private static string PathFromLocal(ExpressionSyntax target, string local)
        {
            var parts = new List<string>();
            while (target is MemberAccessExpressionSyntax member && member.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                parts.Insert(0, member.Name.Identifier.ValueText);
                target = member.Expression;
            }
            return target is IdentifierNameSyntax name && name.Identifier.ValueText == local && parts.Count > 0 ? string.Join(".", parts) : null;
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
                    case ParenthesizedLambdaExpressionSyntax parenthesized when parenthesized.ParameterList.Parameters.Any(p => p.Identifier.ValueText == local):
                    case AnonymousMethodExpressionSyntax method when method.ParameterList != null && method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == local):
                    case LocalFunctionStatementSyntax function when function.ParameterList.Parameters.Any(p => p.Identifier.ValueText == local):
                        return true;
                }
            }
            return false;
        }
    }
}
