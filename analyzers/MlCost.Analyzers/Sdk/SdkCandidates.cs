using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The syntax in one file that may be AWS SDK code the rules read, found by name alone in one walk of the file
    /// and shared by every rule: object creations of a type named like one in <see cref="AwsSdkTypes"/> or by a
    /// using alias of such a name in the file (<c>using Job = Amazon.SageMaker.Model.CreateTrainingJobRequest;</c>),
    /// every target-typed <c>new()</c> (whose type has no name to compare), calls named InvokeEndpoint(Async), and calls
/// named like an AI-service operation with a batch alternative.
    /// Nothing here is bound; a rule asks <see cref="Binding"/> what a candidate really is.
    /// </summary>
    internal sealed class SdkCandidates
    {
        private static readonly ConditionalWeakTable<SyntaxTree, SdkCandidates> Cache = new ConditionalWeakTable<SyntaxTree, SdkCandidates>();

        private readonly Dictionary<string, List<BaseObjectCreationExpressionSyntax>> _creationsByName = new Dictionary<string, List<BaseObjectCreationExpressionSyntax>>();
        private readonly List<BaseObjectCreationExpressionSyntax> _targetTyped = new List<BaseObjectCreationExpressionSyntax>();
        private readonly List<InvocationExpressionSyntax> _invokeEndpointCalls = new List<InvocationExpressionSyntax>();
        private readonly List<InvocationExpressionSyntax> _aiServiceCalls = new List<InvocationExpressionSyntax>();
        private readonly Dictionary<string, string> _aliases = new Dictionary<string, string>();

        private SdkCandidates(SyntaxNode root)
        {
            // Using directives come before the code in their scope, so an alias is known before it is used.
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case UsingDirectiveSyntax directive when directive.Alias != null && directive.Name != null
                                                             && RightmostName(directive.Name) is string aliased && AwsSdkTypes.ShortNames.Contains(aliased):
                        _aliases[directive.Alias.Name.Identifier.ValueText] = aliased;
                        break;
                    case ObjectCreationExpressionSyntax creation when CandidateName(creation.Type) is string name:
                        if (!_creationsByName.TryGetValue(name, out var list)) _creationsByName[name] = list = new List<BaseObjectCreationExpressionSyntax>();
                        list.Add(creation);
                        break;
                    case ImplicitObjectCreationExpressionSyntax targetTyped:
                        _targetTyped.Add(targetTyped);
                        break;
                    case InvocationExpressionSyntax call when CalledName(call) is "InvokeEndpoint" || CalledName(call) is "InvokeEndpointAsync":
                        _invokeEndpointCalls.Add(call);
                        break;
                    case InvocationExpressionSyntax call when CalledName(call) is string called && BatchAlternatives.CallNames.Contains(called):
                        _aiServiceCalls.Add(call);
                        break;
                }
            }
        }

        /// <summary>The file's candidates, found on first use; every rule asks, so the cached path allocates nothing.</summary>
        public static SdkCandidates Of(SyntaxTree tree, CancellationToken cancellationToken) =>
            Cache.TryGetValue(tree, out var candidates) ? candidates : Find(tree, cancellationToken);

        private static SdkCandidates Find(SyntaxTree tree, CancellationToken cancellationToken) =>
            Cache.GetValue(tree, t => new SdkCandidates(t.GetRoot(cancellationToken)));

        /// <summary>Creations written with this type name, then the target-typed ones.</summary>
        public IReadOnlyList<BaseObjectCreationExpressionSyntax> CreationsNamed(string name)
        {
            if (!_creationsByName.TryGetValue(name, out var named)) return _targetTyped;
            if (_targetTyped.Count == 0) return named;
            var both = new List<BaseObjectCreationExpressionSyntax>(named);
            both.AddRange(_targetTyped);
            return both;
        }

        public IReadOnlyList<InvocationExpressionSyntax> InvokeEndpointCalls => _invokeEndpointCalls;

        /// <summary>Calls named like an AI-service operation that has a batch or asynchronous alternative (<see cref="BatchAlternatives"/>).</summary>
        public IReadOnlyList<InvocationExpressionSyntax> AiServiceCalls => _aiServiceCalls;

        /// <summary>Whether a type is written with this name, or with an alias in the file of a type of this name.</summary>
        public bool WrittenAs(TypeSyntax type, string name) => CandidateName(type) is string written ? written == name : RightmostName(type) == name;

        /// <summary>The SDK type name a type is written with, directly or through an alias; null for any other.</summary>
        private string CandidateName(TypeSyntax type)
        {
            var name = RightmostName(type);
            if (name != null && AwsSdkTypes.ShortNames.Contains(name)) return name;
            return type is IdentifierNameSyntax && _aliases.TryGetValue(name, out var aliased) ? aliased : null;
        }

        /// <summary>"C" for <c>C</c>, <c>A.B.C</c> and <c>global::C</c>; null for other type syntax.</summary>
        public static string RightmostName(TypeSyntax type)
        {
            switch (type)
            {
                case QualifiedNameSyntax qualified: return qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax alias: return alias.Name.Identifier.ValueText;
                case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                default: return null;
            }
        }

        /// <summary>The method name a call is written with (<c>x.M()</c>, <c>M()</c>, <c>M&lt;T&gt;()</c>); null for other calls.</summary>
        public static string CalledName(InvocationExpressionSyntax call)
        {
            switch (call.Expression)
            {
                case MemberAccessExpressionSyntax member: return member.Name.Identifier.ValueText;
                case MemberBindingExpressionSyntax binding: return binding.Name.Identifier.ValueText;
                case SimpleNameSyntax simple: return simple.Identifier.ValueText;
                default: return null;
            }
        }
    }
}
