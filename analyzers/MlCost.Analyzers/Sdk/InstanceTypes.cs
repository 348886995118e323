using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The instance type a value names, however the SDK lets code write it: a string literal (implicit
    /// conversion), a constant-class field (<c>TrainingInstanceType.MlP32xlarge</c>), <c>FindValue("...")</c> or
    /// <c>new T("...")</c>. Null when it is known only at run time: then no price is claimed.
    /// </summary>
    internal static class InstanceTypes
    {
        private static readonly Regex FieldName = new Regex(@"^Ml([A-Z][a-z]*\d)([a-z]*)(\d*[Xx]large|Large|Medium|Small|Micro|Nano|Metal)$");

        public static string Resolve(IOperation value)
        {
            var operation = RequestProperties.Unwrap(value);
            if (operation.ConstantValue.HasValue) return operation.ConstantValue.Value as string;
            switch (operation)
            {
                case IFieldReferenceOperation field when field.Field.IsStatic && IsSageMakerConstant(field.Field.ContainingType):
                    return FromFieldName(field.Field.Name);
                case IInvocationOperation invocation when invocation.TargetMethod.Name == "FindValue" && IsSageMakerConstant(invocation.TargetMethod.ContainingType)
                                                           && invocation.Arguments.Length == 1:
                    return RequestProperties.Constant(invocation.Arguments[0].Value) as string;
                case IObjectCreationOperation creation when IsSageMakerConstant(creation.Type) && creation.Arguments.Length == 1:
                    return RequestProperties.Constant(creation.Arguments[0].Value) as string;
                default:
                    return null;
            }
        }

        /// <summary><c>MlP32xlarge</c> → ml.p3.2xlarge, <c>MlG4dnXlarge</c> → ml.g4dn.xlarge, <c>MlC5Large</c> → ml.c5.large.</summary>
        public static string FromFieldName(string name)
        {
            var match = FieldName.Match(name);
            return match.Success ? $"ml.{(match.Groups[1].Value + match.Groups[2].Value).ToLowerInvariant()}.{match.Groups[3].Value.ToLowerInvariant()}" : null;
        }

        /// <summary>GPU and accelerator families (priced per hour at GPU rates).</summary>
        public static bool IsAccelerated(string instanceType) =>
            instanceType != null && Regex.IsMatch(instanceType, @"^ml\.(p\d|g\d|inf\d|trn\d|dl\d)", RegexOptions.IgnoreCase);

        private static bool IsSageMakerConstant(ITypeSymbol type) =>
            type != null && type.ContainingNamespace?.ToDisplayString() == "Amazon.SageMaker";
    }
}
