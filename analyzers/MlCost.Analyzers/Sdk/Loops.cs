using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>
    /// Whether an operation runs once per item of a collection: inside a loop, or inside a lambda handed to
    /// LINQ's Select/SelectMany, List.ForEach or Parallel.ForEach(Async). Other lambdas and local functions end
    /// the search (their body runs when someone calls it, not per item here).
    /// </summary>
    internal static class Loops
    {
        public static bool RunsPerItem(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case ILoopOperation _:
                        return true;
                    case IAnonymousFunctionOperation _:
                        return IsPerItemCallback(current);
                    case ILocalFunctionOperation _:
                        return false;
                }
            }
            return false;
        }

        private static bool IsPerItemCallback(IOperation lambda)
        {
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation || parent is IConversionOperation) parent = parent.Parent;
            if (!(parent is IArgumentOperation argument) || !(argument.Parent is IInvocationOperation invocation)) return false;
            switch (invocation.TargetMethod.Name)
            {
                case "Select":
                case "SelectMany":
                case "ForEach":
                case "ForEachAsync":
                    return true;
                default:
                    return false;
            }
        }
    }
}
