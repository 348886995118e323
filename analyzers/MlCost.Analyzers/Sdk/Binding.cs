using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// What SDK code in one file means, asked of the compiler as cheaply as each question allows. The compiler has
    /// already bound every method body, but an analyzer cannot see that work: asking the semantic model about a
    /// node inside a body binds its whole statement again. So the questions the rules ask most are answered
    /// without that: a literal is read from its token, and a type name (<c>new CreateTrainingJobRequest</c>,
    /// <c>TrainingInstanceType.MlG52xlarge</c>) is looked up once per class in the class's own scope, where
    /// it means what it means in the method unless the method declares something of that name, which is checked
    /// by syntax. Whatever does not fit those cases is bound the ordinary way, so answers are always the compiler's.
    /// </summary>
    internal sealed class Binding
    {
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<(SyntaxNode Scope, string Name), ISymbol>> TypeNames =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<(SyntaxNode Scope, string Name), ISymbol>>();

        private readonly ConcurrentDictionary<(SyntaxNode Scope, string Name), ISymbol> _typeNames;

        public Binding(SemanticModel model, CancellationToken cancellationToken)
        {
            Model = model;
            CancellationToken = cancellationToken;
            _typeNames = TypeNames.GetValue(model.Compilation, _ => new ConcurrentDictionary<(SyntaxNode Scope, string Name), ISymbol>());
        }

        public SemanticModel Model { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>Whether this creation makes a <paramref name="type"/>.</summary>
        public bool Creates(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type)
        {
            if (creation is ObjectCreationExpressionSyntax named)
            {
                if (SdkCandidates.RightmostName(named.Type) != type.Name) return false;
                if (TypeInClassScope(named.Type, named) is INamedTypeSymbol found) return SymbolEqualityComparer.Default.Equals(found, type);
            }
            else if (creation.Initializer is InitializerExpressionSyntax initializer && !AssignsOnlyMembersOf(initializer, type))
            {
                // A target-typed new() whose initializer sets a property the type does not have is some other type.
                return false;
            }
            return SymbolEqualityComparer.Default.Equals(Model.GetTypeInfo(creation, CancellationToken).Type, type);
        }

        /// <summary>
        /// The symbol an expression names when the rules need it for a value: a static member of a type
        /// (<c>T.Field</c>), a static method called on a type (<c>T.FindValue(...)</c>), or the type an object
        /// creation makes (<c>new T(...)</c>); anything else as the compiler binds it.
        /// </summary>
        public ISymbol Symbol(ExpressionSyntax expression)
        {
            expression = Expressions.Unwrap(expression);
            var member = expression as MemberAccessExpressionSyntax ?? (expression as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax;
            if (member != null && member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && member.Expression is NameSyntax typeName
                && TypeInClassScope(typeName, expression) is INamedTypeSymbol type)
            {
                var members = type.GetMembers(member.Name.Identifier.ValueText);
                if (members.Length == 1 && members[0].IsStatic && (expression is InvocationExpressionSyntax) == (members[0] is IMethodSymbol)) return members[0];
            }
            if (expression is ObjectCreationExpressionSyntax creation && TypeInClassScope(creation.Type, creation) is INamedTypeSymbol created) return created;
            var info = Model.GetSymbolInfo(expression, CancellationToken);
            return expression is ObjectCreationExpressionSyntax && info.Symbol is IMethodSymbol constructor ? constructor.ContainingType : info.Symbol;
        }

        /// <summary>The constant an expression is (through parentheses and casts); null when it is not known at compile time.</summary>
        public object Constant(ExpressionSyntax expression)
        {
            if (expression == null) return null;
            if (Expressions.Literal(expression, out var literal)) return literal;
            var constant = Model.GetConstantValue(expression, CancellationToken);
            if (constant.HasValue) return constant.Value;
            var unwrapped = Expressions.Unwrap(expression);
            if (unwrapped == expression) return null;
            constant = Model.GetConstantValue(unwrapped, CancellationToken);
            return constant.HasValue ? constant.Value : null;
        }

        /// <summary>Whether an expression is the constant <c>null</c> (<c>null</c>, <c>default</c> of a nullable).</summary>
        public bool IsNull(ExpressionSyntax expression)
        {
            if (Expressions.Literal(expression, out var literal)) return literal == null;
            var unwrapped = Expressions.Unwrap(expression);
            var constant = Model.GetConstantValue(unwrapped, CancellationToken);
            return constant.HasValue && constant.Value == null;
        }

        /// <summary>
        /// The type a name means at <paramref name="use"/>, looked up in the scope of the innermost class around it
        /// (cached per class); null when that lookup might differ from the use's own scope: when the member around
        /// the use declares a type parameter, parameter or local of the same name, when a member of the class has
        /// the name, or when there is no class around it. The caller then binds the ordinary way.
        /// </summary>
        private ITypeSymbol TypeInClassScope(TypeSyntax name, SyntaxNode use)
        {
            var scope = use.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (scope == null || scope.OpenBraceToken.IsMissing || scope.OpenBraceToken.Span.End > use.SpanStart) return null;
            var leftmost = name is NameSyntax typeName ? Expressions.LeftmostName(typeName) : null;
            if (leftmost == null || DeclaredAround(use, scope, leftmost)) return null;
            var key = (scope, name is SimpleNameSyntax simple && simple.Arity == 0 ? simple.Identifier.ValueText : name.ToString());
            if (!_typeNames.TryGetValue(key, out var symbol))
            {
                var position = scope.OpenBraceToken.Span.End;
                // A field, property or method of that name (here or inherited) could take the name over in a method body.
                symbol = Model.LookupSymbols(position, name: leftmost).All(s => s is INamespaceOrTypeSymbol)
                    ? Model.GetSpeculativeSymbolInfo(position, name, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol
                    : null;
                _typeNames.TryAdd(key, symbol);
            }
            return symbol as ITypeSymbol;
        }

        /// <summary>
        /// Whether the member around <paramref name="use"/> (or the class's primary constructor) declares anything
        /// named <paramref name="name"/>: such a declaration could hide the class-scope meaning of the name.
        /// </summary>
        private static bool DeclaredAround(SyntaxNode use, TypeDeclarationSyntax scope, string name)
        {
            if (scope.ParameterList != null && scope.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name)) return true;
            var member = use.AncestorsAndSelf().FirstOrDefault(n => n.Parent == scope);
            if (member == null) return true;
            foreach (var node in member.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case TypeParameterSyntax typeParameter when typeParameter.Identifier.ValueText == name:
                    case ParameterSyntax parameter when parameter.Identifier.ValueText == name:
                    case VariableDeclaratorSyntax variable when variable.Identifier.ValueText == name && !(variable.Parent?.Parent is BaseFieldDeclarationSyntax):
                    case SingleVariableDesignationSyntax designation when designation.Identifier.ValueText == name:
                    case ForEachStatementSyntax loop when loop.Identifier.ValueText == name:
                    case CatchDeclarationSyntax caught when caught.Identifier.ValueText == name:
                    case LocalFunctionStatementSyntax function when function.Identifier.ValueText == name:
                    case QueryClauseSyntax _ when QueryVariable(node) == name:
                    case QueryContinuationSyntax continuation when continuation.Identifier.ValueText == name:
                        return true;
                }
            }
            return false;
        }

        private static string QueryVariable(SyntaxNode clause)
        {
            switch (clause)
            {
                case FromClauseSyntax from: return from.Identifier.ValueText;
                case LetClauseSyntax let: return let.Identifier.ValueText;
                case JoinClauseSyntax join: return join.Identifier.ValueText;
                default: return null;
            }
        }

        private static bool AssignsOnlyMembersOf(InitializerExpressionSyntax initializer, INamedTypeSymbol type)
        {
            if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return true;
            foreach (var expression in initializer.Expressions)
                if (expression is AssignmentExpressionSyntax assignment && assignment.Left is IdentifierNameSyntax property && !HasMember(type, property.Identifier.ValueText))
                    return false;
            return true;
        }

        private static bool HasMember(INamedTypeSymbol type, string name)
        {
            for (var current = type; current != null; current = current.BaseType)
                if (current.MemberNames.Contains(name)) return true;
            return false;
        }
    }
}
