using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The instance type a value names, however the SDK lets code write it: a string (literal or constant, by the
    /// implicit conversion), a constant-class field (<c>TrainingInstanceType.MlP32xlarge</c>),
    /// <c>FindValue("...")</c> or <c>new T("...")</c>. Null when it is known only at run time: then no price is claimed.
    /// </summary>
    internal static class InstanceTypes
    {
        private static readonly Regex FieldName = new Regex(@"^Ml([A-Z][a-z]*\d)([a-z]*)(\d*[Xx]large|Large|Medium|Small|Micro|Nano|Metal)$");
        private static readonly ConcurrentDictionary<string, string> FromFieldNames = new ConcurrentDictionary<string, string>();
        private static readonly Func<string, string> ParseFieldName = name =>
        {
            var match = FieldName.Match(name);
            return match.Success ? $"ml.{(match.Groups[1].Value + match.Groups[2].Value).ToLowerInvariant()}.{match.Groups[3].Value.ToLowerInvariant()}" : null;
        };

        public static string Resolve(ExpressionSyntax value, Binding binding)
        {
            if (Expressions.Literal(value, out var literal)) return literal as string;
            var unwrapped = Expressions.Unwrap(value);
            switch (binding.Symbol(unwrapped))
            {
                case IFieldSymbol field when field.IsStatic && IsSageMakerConstant(field.ContainingType) && !field.HasConstantValue:
                    return FromFieldName(field.Name);
                case IMethodSymbol method when method.Name == "FindValue" && IsSageMakerConstant(method.ContainingType)
                                               && unwrapped is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count == 1:
                    return binding.Constant(call.ArgumentList.Arguments[0].Expression) as string;
                case INamedTypeSymbol type when IsSageMakerConstant(type) && unwrapped is ObjectCreationExpressionSyntax creation
                                                && creation.ArgumentList?.Arguments.Count == 1:
                    return binding.Constant(creation.ArgumentList.Arguments[0].Expression) as string;
                // A field of the SDK's constant class that the SDK shapes compiled against do not have (scan's are not
                // every version's): its name is the SDK's spelling of the value (MlP38xlarge), so it is read by name.
                // Only on the SDK's class: a local or member of another type that happens to share the name is not.
                case null when unwrapped is MemberAccessExpressionSyntax access && access.Expression is NameSyntax receiver
                               && binding.Model.GetSymbolInfo(receiver, binding.CancellationToken).Symbol is INamedTypeSymbol constants
                               && IsSageMakerConstant(constants) && FromFieldName(access.Name.Identifier.ValueText) is string byName:
                    return byName;
                default:
                    return binding.Constant(value) as string;
            }
        }

        /// <summary><c>MlP32xlarge</c> → ml.p3.2xlarge, <c>MlG4dnXlarge</c> → ml.g4dn.xlarge, <c>MlC5Large</c> → ml.c5.large.</summary>
        public static string FromFieldName(string name) => FromFieldNames.GetOrAdd(name, ParseFieldName);

        /// <summary>GPU and accelerator families (priced per hour at GPU rates).</summary>
        public static bool IsAccelerated(string instanceType) =>
            instanceType != null && Regex.IsMatch(instanceType, @"^ml\.(p\d|g\d|inf\d|trn\d|dl\d)", RegexOptions.IgnoreCase);

        private static bool IsSageMakerConstant(ITypeSymbol type) =>
            type != null && AwsSdkTypes.IsServiceNamespace(type.ContainingNamespace, "SageMaker");
    }
}
