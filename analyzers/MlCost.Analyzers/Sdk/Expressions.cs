using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>What an expression says by its syntax alone, before anything is bound.</summary>
    internal static class Expressions
    {
        /// <summary>The expression inside parentheses, casts and <c>!</c>.</summary>
        public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized: expression = parenthesized.Expression; break;
                    case CastExpressionSyntax cast: expression = cast.Expression; break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression): expression = suppressed.Operand; break;
                    default: return expression;
                }
            }
        }

        /// <summary>
        /// The value of a literal (<c>true</c>, <c>3600</c>, <c>"ml.m5.large"</c>, <c>null</c>), inside parentheses;
        /// false for anything else, casts included, since a cast can change a constant's type.
        /// </summary>
        public static bool Literal(ExpressionSyntax expression, out object value)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            value = null;
            if (!(expression is LiteralExpressionSyntax literal)) return false;
            switch (literal.Kind())
            {
                case SyntaxKind.TrueLiteralExpression:
                case SyntaxKind.FalseLiteralExpression:
                case SyntaxKind.NumericLiteralExpression:
                case SyntaxKind.StringLiteralExpression:
                case SyntaxKind.CharacterLiteralExpression:
                case SyntaxKind.NullLiteralExpression:
                    value = literal.Token.Value;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>"A" for <c>A</c>, <c>A.B.C</c>, <c>A&lt;T&gt;</c> and <c>A::B</c>.</summary>
        public static string LeftmostName(NameSyntax name)
        {
            while (true)
            {
                switch (name)
                {
                    case QualifiedNameSyntax qualified: name = qualified.Left; break;
                    case AliasQualifiedNameSyntax alias: return alias.Alias.Identifier.ValueText;
                    case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                    default: return null;
                }
            }
        }
    }
}
