using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// The properties a request gets, by dotted path ("StoppingCondition.MaxRuntimeInSeconds"): from its object
    /// initializer (nested initializers included) and from assignments to the same local later in the same block
    /// (<c>request.ResourceConfig.InstanceType = ...</c>), as SDK code is written both ways.
    /// </summary>
    internal static class RequestProperties
    {
        public static Dictionary<string, IOperation> Of(IObjectCreationOperation creation)
        {
            var values = new Dictionary<string, IOperation>();
            AddInitializer(creation, "", values);
            if (AssignedLocal(creation) is { } local && Block(creation) is { } block)
                foreach (var assignment in block.Descendants().OfType<ISimpleAssignmentOperation>())
                    if (PathFromLocal(assignment.Target, local) is { } path)
                    {
                        values[path] = assignment.Value;
                        if (Unwrap(assignment.Value) is IObjectCreationOperation nested) AddInitializer(nested, path + ".", values);
                    }
            return values;
        }

        private static void AddInitializer(IObjectCreationOperation creation, string prefix, Dictionary<string, IOperation> values)
        {
            if (creation.Initializer == null) return;
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (!(initializer is ISimpleAssignmentOperation assignment) || !(assignment.Target is IPropertyReferenceOperation property)) continue;
                var path = prefix + property.Property.Name;
                values[path] = assignment.Value;
                if (Unwrap(assignment.Value) is IObjectCreationOperation nested) AddInitializer(nested, path + ".", values);
            }
        }

        /// <summary>"a.B.C" for <c>local.B.C</c>, null for anything else.</summary>
        private static string PathFromLocal(IOperation target, ILocalSymbol local)
        {
            var parts = new List<string>();
            var current = target;
            while (current is IPropertyReferenceOperation property)
            {
                parts.Insert(0, property.Property.Name);
                current = property.Instance;
            }
            return current is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local) && parts.Count > 0
                ? string.Join(".", parts)
                : null;
        }

        private static ILocalSymbol AssignedLocal(IOperation creation)
        {
            var parent = creation.Parent;
            while (parent is IConversionOperation) parent = parent.Parent;
            if (parent is IVariableInitializerOperation && parent.Parent is IVariableDeclaratorOperation declarator) return declarator.Symbol;
            if (parent is ISimpleAssignmentOperation assignment && assignment.Target is ILocalReferenceOperation local) return local.Local;
            return null;
        }

        private static IBlockOperation Block(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
                if (current is IBlockOperation block) return block;
            return null;
        }

        /// <summary>The operation under any implicit or explicit conversions (v4's bool? and int? wrap literals).</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion) operation = conversion.Operand;
            return operation;
        }

        /// <summary>The constant a value is, through conversions; null when it is not known at compile time.</summary>
        public static object Constant(IOperation operation)
        {
            if (operation == null) return null;
            if (operation.ConstantValue.HasValue) return operation.ConstantValue.Value;
            var unwrapped = Unwrap(operation);
            return unwrapped.ConstantValue.HasValue ? unwrapped.ConstantValue.Value : null;
        }
    }
}
