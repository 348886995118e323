using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using MlCost.Analyzers.Prices;
using MlCost.Analyzers.Sdk;

namespace MlCost.Analyzers.Rules
{
    /// <summary>What an endpoint's fleet costs a month around the clock, from the variants the code builds (MLC0005, MLC0007).</summary>
    internal static class FleetCost
    {
        /// <summary>The variants built in the member that creates <paramref name="creation"/>.</summary>
        public static IReadOnlyList<Request> VariantsInMethod(BaseObjectCreationExpressionSyntax creation, AwsSdkTypes types, Binding binding, SdkCandidates candidates)
        {
            if (types.ProductionVariant == null) return new Request[0];
            var member = creation.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            return candidates.CreationsNamed(types.ProductionVariant.Name)
                .Where(v => v.FirstAncestorOrSelf<MemberDeclarationSyntax>() == member && binding.Creates(v, types.ProductionVariant))
                .Select(v => new Request(v, binding)).ToList();
        }

        /// <summary>The variants built inside <paramref name="creation"/> itself (an endpoint configuration's ProductionVariants).</summary>
        public static IReadOnlyList<Request> VariantsWithin(BaseObjectCreationExpressionSyntax creation, AwsSdkTypes types, Binding binding) =>
            types.ProductionVariant == null ? new Request[0]
                : creation.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
                    .Where(v => binding.Creates(v, types.ProductionVariant)).Select(v => new Request(v, binding)).ToList();

        /// <summary>
        /// "; 3 × ml.m5.xlarge around the clock: $503.70/month {tail}", from each variant's instance type and initial count
        /// at <c>mlcost.region</c>'s Hosting prices; empty when there are no variants or a type is known only at run time. A
        /// type without a price in the cache is named, with the command that gets it.
        /// </summary>
        public static string Describe(IReadOnlyList<Request> variants, AnalyzerOptions options, SyntaxTree tree, string tail)
        {
            if (variants.Count == 0) return "";
            var parts = variants.Select(v => (Type: v.InstanceType("InstanceType"), Count: v.Constant("InitialInstanceCount") is int n ? n : 1)).ToList();
            if (parts.Any(p => p.Type == null)) return "";
            var region = MlCostOptions.Region(options, tree);
            var fleet = string.Join(" + ", parts.Select(p => $"{p.Count} × {p.Type}"));
            var table = PriceTable.For(options);
            var prices = parts.Select(p => (p.Count, Price: table.Instance(region, p.Type, "Hosting"))).ToList();
            var missing = parts.Where((p, i) => prices[i].Price == null).Select(p => p.Type).Distinct().ToList();
            return missing.Count > 0
                ? $"; {fleet} around the clock ({CostText.NoPrice(region, "Hosting", string.Join(", ", missing))})"
                : $"; {fleet} around the clock: {CostText.Money(prices.Sum(p => p.Count * p.Price.UsdPerHour) * CostText.HoursPerMonth)}/month {tail}";
        }
    }
}
