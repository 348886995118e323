using System;
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
    /// What names mean in the scope of a class, asked of the compiler once per class and name and shared per
    /// compilation by every rule: the type a name means there (bound speculatively at the class's opening brace), and
    /// whether a member of the class could take the name over in a method body.
    /// </summary>
    internal sealed class ClassScopeNames
    {
        private static readonly ConditionalWeakTable<Compilation, ClassScopeNames> Cache = new ConditionalWeakTable<Compilation, ClassScopeNames>();

        private readonly ConcurrentDictionary<(SyntaxNode Class, string Name), ISymbol> _types = new ConcurrentDictionary<(SyntaxNode Class, string Name), ISymbol>();
        private readonly ConcurrentDictionary<(SyntaxNode Class, string Name), bool> _membersNamed = new ConcurrentDictionary<(SyntaxNode Class, string Name), bool>();
        private readonly Lazy<bool> _anyGlobalUsingStatic;

        private ClassScopeNames(Compilation compilation) =>
            _anyGlobalUsingStatic = new Lazy<bool>(() => compilation.SyntaxTrees.Any(tree =>
                tree.GetRoot() is CompilationUnitSyntax unit && unit.Usings.Any(u => IsUsingStatic(u) && u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))));

        public static ClassScopeNames For(Compilation compilation) => Cache.GetValue(compilation, c => new ClassScopeNames(c));

        /// <summary>What <paramref name="name"/> means as a type or namespace inside the class <paramref name="scope"/>.</summary>
        public ISymbol TypeNamed(SemanticModel model, TypeDeclarationSyntax scope, TypeSyntax name)
        {
            var text = name is SimpleNameSyntax simple && simple.Arity == 0 ? simple.Identifier.ValueText : name.ToString();
            if (!_types.TryGetValue((scope, text), out var type))
                _types[(scope, text)] = type = model.GetSpeculativeSymbolInfo(scope.OpenBraceToken.Span.End, name, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            return type;
        }

        /// <summary>
        /// Whether anything but a type could answer to the name in the class's scope: a member of the class or of a
        /// class around it, their own or inherited; or, in a file with a <c>using static</c>, anything at all.
        /// </summary>
        public bool HasMemberNamed(SemanticModel model, TypeDeclarationSyntax scope, string name, CancellationToken cancellationToken)
        {
            if (_membersNamed.TryGetValue((scope, name), out var named)) return named;
            named = _anyGlobalUsingStatic.Value
                || (scope.SyntaxTree.GetRoot(cancellationToken) is CompilationUnitSyntax unit && AnyUsingStatic(unit.Usings, unit.Members))
                || !(model.GetDeclaredSymbol(scope, cancellationToken) is INamedTypeSymbol declared)
                || ClassesDeclare(declared, name);
            _membersNamed[(scope, name)] = named;
            return named;
        }

        /// <summary>
        /// Whether the class, a class around it, or a base class of either has a member of this name. (MemberNames
        /// leaves nested types out, which is right: they are types, and the lookup in the class's scope finds them.)
        /// Interfaces, whose scope takes in their base interfaces, are not looked into: the answer there is yes.
        /// </summary>
        private static bool ClassesDeclare(INamedTypeSymbol type, string name)
        {
            for (; type != null; type = type.ContainingType)
            {
                if (type.TypeKind == TypeKind.Interface) return true;
                for (var current = type; current != null; current = current.BaseType)
                    if (current.MemberNames.Contains(name)) return true;
            }
            return false;
        }

        /// <summary>Whether these using directives, or those of the namespaces among these members, include a <c>using static</c>.</summary>
        private static bool AnyUsingStatic(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var directive in usings)
                if (IsUsingStatic(directive)) return true;
            foreach (var member in members)
                if (member is BaseNamespaceDeclarationSyntax space && AnyUsingStatic(space.Usings, space.Members)) return true;
            return false;
        }

        private static bool IsUsingStatic(UsingDirectiveSyntax directive) => directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
    }
}
