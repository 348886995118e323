using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>An AWS SDK request as the code builds it: where it is created, and what its properties are set to.</summary>
    internal sealed class Request
    {
        public Request(BaseObjectCreationExpressionSyntax creation, Binding binding)
        {
            Creation = creation;
            Binding = binding;
        }

        public BaseObjectCreationExpressionSyntax Creation { get; }

        public Binding Binding { get; }

        public SyntaxTree Tree => Creation.SyntaxTree;

        /// <summary>Where to point: the <c>new Type</c> part of the creation, not its whole initializer.</summary>
        public Location Location => Creation is ObjectCreationExpressionSyntax named
            ? Location.Create(Tree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(named.NewKeyword.SpanStart, named.Type.Span.End))
            : Creation.NewKeyword.GetLocation();

        /// <summary>Whether the code sets this property (to anything, even a value known only at run time).</summary>
        public bool Sets(string path) => Value(path) != null;

        /// <summary>The expression a property is set to; null when it is not set.</summary>
        public ExpressionSyntax Value(string path) => RequestProperties.Find(Creation, path);

        /// <summary>The constant a property is set to; null when it is not set or not known at compile time.</summary>
        public object Constant(string path) => Value(path) is ExpressionSyntax value ? Binding.Constant(value) : null;

        /// <summary>The instance type a property names; null when it is not set or known only at run time.</summary>
        public string InstanceType(string path) => Value(path) is ExpressionSyntax value ? InstanceTypes.Resolve(value, Binding) : null;
    }
}
