using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// What declarations say by their syntax alone. Plain loops: these run for every SDK use the rules read, so they
    /// allocate nothing.
    /// </summary>
    internal static class Declarations
    {
        /// <summary>Whether a parameter list (null for none) declares a parameter of this name.</summary>
        public static bool HasParameter(BaseParameterListSyntax parameters, string name) => Parameter(parameters, name) != null;

        /// <summary>The parameter of this name in a parameter list (null for none); null when there is none.</summary>
        public static ParameterSyntax Parameter(BaseParameterListSyntax parameters, string name)
        {
            if (parameters == null) return null;
            foreach (var parameter in parameters.Parameters)
                if (parameter.Identifier.ValueText == name) return parameter;
            return null;
        }

        /// <summary>Whether a type parameter list (null for none) declares a type parameter of this name.</summary>
        public static bool HasTypeParameter(TypeParameterListSyntax parameters, string name)
        {
            if (parameters == null) return false;
            foreach (var parameter in parameters.Parameters)
                if (parameter.Identifier.ValueText == name) return true;
            return false;
        }

        /// <summary>The member of <paramref name="type"/> that <paramref name="node"/> is in (or is); null when it is in none.</summary>
        public static SyntaxNode MemberOf(SyntaxNode node, SyntaxNode type)
        {
            for (; node != null; node = node.Parent)
                if (node.Parent == type) return node;
            return null;
        }
    }
}
