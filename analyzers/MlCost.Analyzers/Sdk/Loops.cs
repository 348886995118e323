using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// Whether code runs once per item of a collection, by its syntax: inside a loop, inside the select clause of
    /// a query, or inside a lambda handed to a method named Select, SelectMany, ForEach or ForEachAsync (LINQ,
    /// List.ForEach, Parallel.ForEach(Async)). Other lambdas and local functions end the search (their body runs
    /// when someone calls it, not per item here), as does the member the code is in.
    /// </summary>
    internal static class Loops
    {
        public static bool RunsPerItem(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case ForStatementSyntax _:
                    case CommonForEachStatementSyntax _:
                    case WhileStatementSyntax _:
                    case DoStatementSyntax _:
                    case SelectClauseSyntax _:
                        return true;
                    case AnonymousFunctionExpressionSyntax lambda:
                        return IsPerItemCallback(lambda);
                    case LocalFunctionStatementSyntax _:
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }
            return false;
        }

        private static bool IsPerItemCallback(AnonymousFunctionExpressionSyntax lambda)
        {
            if (!(lambda.Parent is ArgumentSyntax argument) || !(argument.Parent?.Parent is InvocationExpressionSyntax call)) return false;
            switch (SdkCandidates.CalledName(call))
            {
                case "Select":
                case "SelectMany":
                case "ForEach":
                case "ForEachAsync":
                    return true;
                default:
                    return false;
            }
        }
    }
}
