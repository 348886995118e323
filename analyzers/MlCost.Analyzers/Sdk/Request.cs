using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>An AWS SDK request as the code builds it: where it is created, and what its properties are set to.</summary>
    internal sealed class Request
    {
        private Dictionary<string, ExpressionSyntax> _properties;

        public Request(BaseObjectCreationExpressionSyntax creation, Binding binding)
        {
            Creation = creation;
            Binding = binding;
        }

        /// <summary>Read when a rule first asks (some rules need only where the request is made).</summary>
        private Dictionary<string, ExpressionSyntax> Properties => _properties ?? (_properties = RequestProperties.Of(Creation));

        public BaseObjectCreationExpressionSyntax Creation { get; }

        public Binding Binding { get; }

        public SyntaxTree Tree => Creation.SyntaxTree;

        /// <summary>Where to point: the <c>new Type</c> part of the creation, not its whole initializer.</summary>
        public Location Location => Creation is ObjectCreationExpressionSyntax named
            ? Location.Create(Tree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(named.NewKeyword.SpanStart, named.Type.Span.End))
            : Creation.NewKeyword.GetLocation();

        /// <summary>Whether the code sets this property (to anything, even a value known only at run time).</summary>
        public bool Sets(string path) => Properties.ContainsKey(path);

        /// <summary>The expression a property is set to; null when it is not set.</summary>
        public ExpressionSyntax Value(string path) => Properties.TryGetValue(path, out var value) ? value : null;

        /// <summary>The constant a property is set to; null when it is not set or not known at compile time.</summary>
        public object Constant(string path) => Value(path) is ExpressionSyntax value ? Binding.Constant(value) : null;

        /// <summary>The instance type a property names; null when it is not set or known only at run time.</summary>
        public string InstanceType(string path) => Value(path) is ExpressionSyntax value ? InstanceTypes.Resolve(value, Binding) : null;
    }
}
