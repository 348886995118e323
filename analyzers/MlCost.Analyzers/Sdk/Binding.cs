using System.Linq;
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
    /// <c>TrainingInstanceType.MlG52xlarge</c>) is looked up once per class in the class's own scope
    /// (<see cref="ClassScopeNames"/>), where it means what it means in the method unless the method declares
    /// something of that name, which is checked by syntax. Whatever does not fit those cases is bound the ordinary
    /// way, so answers are always the compiler's.
    /// </summary>
    internal sealed class Binding
    {
        private readonly ClassScopeNames _classScopes;

        public Binding(SemanticModel model, CancellationToken cancellationToken)
        {
            Model = model;
            CancellationToken = cancellationToken;
            _classScopes = ClassScopeNames.For(model.Compilation);
        }

        public SemanticModel Model { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>Whether this creation makes a <paramref name="type"/>.</summary>
        public bool Creates(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type)
        {
            if (creation is ObjectCreationExpressionSyntax named)
            {
                if (TypeInClassScope(named.Type, named, inExpression: false) is INamedTypeSymbol found) return SymbolEqualityComparer.Default.Equals(found, type);
            }
            else if (DeclaredTypeOf(creation) is TypeSyntax target && !SdkCandidates.Of(creation.SyntaxTree, CancellationToken).WrittenAs(target, type.Name))
            {
                // A target-typed new() initializing a variable, field or property of another type's name: `List<X> x = new();`.
                return false;
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
                && TypeInClassScope(typeName, expression, inExpression: true) is INamedTypeSymbol type)
            {
                var members = type.GetMembers(member.Name.Identifier.ValueText);
                if (members.Length == 1 && members[0].IsStatic && (expression is InvocationExpressionSyntax) == (members[0] is IMethodSymbol)) return members[0];
            }
            if (expression is ObjectCreationExpressionSyntax creation && TypeInClassScope(creation.Type, creation, inExpression: false) is INamedTypeSymbol created) return created;
            var info = Model.GetSymbolInfo(expression, CancellationToken);
            return expression is ObjectCreationExpressionSyntax && info.Symbol is IMethodSymbol constructor ? constructor.ContainingType : info.Symbol;
        }

        /// <summary>
        /// Whether a call is made on one of the SDK's client types (<paramref name="isClient"/>): the receiver's declared
        /// type when it is a parameter (<see cref="ReceiverType"/>, no binding), else the bound method's type, else the
        /// receiver's own type, so a client method the SDK shapes lack still counts.
        /// </summary>
        public bool CalledOn(InvocationExpressionSyntax call, System.Func<ITypeSymbol, bool> isClient)
        {
            if (isClient(ReceiverType(call))) return true;
            if (Model.GetSymbolInfo(call, CancellationToken).Symbol is IMethodSymbol method && isClient(method.ContainingType)) return true;
            return call.Expression is MemberAccessExpressionSyntax access && isClient(Model.GetTypeInfo(access.Expression, CancellationToken).Type);
        }

        /// <summary>
        /// The type of the object a method is called on, when the receiver is a parameter of the member the call is
        /// in (the common <c>runtime.InvokeEndpointAsync(...)</c>): read from the parameter's declared type, as long
        /// as nothing else in the member has that name; null otherwise.
        /// </summary>
        public ITypeSymbol ReceiverType(InvocationExpressionSyntax call)
        {
            if (call.Expression is MemberAccessExpressionSyntax access && access.Expression is IdentifierNameSyntax receiver
                && call.FirstAncestorOrSelf<TypeDeclarationSyntax>() is TypeDeclarationSyntax scope
                && Declarations.MemberOf(call, scope) is BaseMethodDeclarationSyntax member)
            {
                var name = receiver.Identifier.ValueText;
                var parameter = Declarations.Parameter(member.ParameterList, name);
                if (parameter?.Type != null && DeclarationsNamed(member, name) == 1 && !Declarations.HasParameter(scope.ParameterList, name))
                    return TypeInClassScope(parameter.Type, parameter, inExpression: false);
            }
            return null;
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
        /// (once per class and name); null when that lookup might differ from the use's own scope, and the caller
        /// then binds the ordinary way. Where only a type can be meant (<c>new T</c>), only a type parameter of a
        /// method around the use can hide the class-scope meaning (C# looks up no variables there). Where the name
        /// starts an expression (<c>T.Member</c>), so can a parameter or local the member declares, or a field,
        /// property or method of the class or a class around it (own or inherited) of the same name.
        /// </summary>
        private ITypeSymbol TypeInClassScope(TypeSyntax name, SyntaxNode use, bool inExpression)
        {
            var scope = use.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (scope == null || scope.OpenBraceToken.IsMissing || scope.OpenBraceToken.Span.End > use.SpanStart) return null;
            var leftmost = name is NameSyntax typeName ? Expressions.LeftmostName(typeName) : null;
            if (leftmost == null || (inExpression ? DeclaredAround(use, scope, leftmost) : TypeParameterAround(use, scope, leftmost))) return null;
            if (inExpression && _classScopes.HasMemberNamed(Model, scope, leftmost, CancellationToken)) return null;
            return _classScopes.TypeNamed(Model, scope, name) as ITypeSymbol;
        }

        private static bool TypeParameterAround(SyntaxNode use, TypeDeclarationSyntax scope, string name)
        {
            for (var node = use.Parent; node != null && node != scope; node = node.Parent)
            {
                var parameters = node is MethodDeclarationSyntax method ? method.TypeParameterList
                    : node is LocalFunctionStatementSyntax function ? function.TypeParameterList
                    : null;
                if (Declarations.HasTypeParameter(parameters, name)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the member around <paramref name="use"/> (or the class's primary constructor) declares anything
        /// named <paramref name="name"/>: such a declaration could hide the class-scope meaning of the name.
        /// </summary>
        private static bool DeclaredAround(SyntaxNode use, TypeDeclarationSyntax scope, string name)
        {
            if (Declarations.HasParameter(scope.ParameterList, name)) return true;
            var member = Declarations.MemberOf(use, scope);
            return member == null || DeclarationsNamed(member, name) > 0;
        }

        /// <summary>How many type parameters, parameters, locals, range variables and local functions in a member have this name.</summary>
        private static int DeclarationsNamed(SyntaxNode member, string name)
        {
            var count = 0;
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
                        count++;
                        break;
                }
            }
            return count;
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

        /// <summary>The declared type a target-typed new() initializes (<c>T x = new()</c>, a field or a property); null elsewhere.</summary>
        private static TypeSyntax DeclaredTypeOf(BaseObjectCreationExpressionSyntax creation)
        {
            if (!(creation.Parent is EqualsValueClauseSyntax clause)) return null;
            TypeSyntax type;
            switch (clause.Parent)
            {
                case VariableDeclaratorSyntax declarator when declarator.Parent is VariableDeclarationSyntax declaration && !declaration.Type.IsVar:
                    type = declaration.Type;
                    break;
                case PropertyDeclarationSyntax property:
                    type = property.Type;
                    break;
                default:
                    return null;
            }
            return type is NullableTypeSyntax nullable ? nullable.ElementType : type;
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
