using System.Globalization;

namespace MlCost.Analyzers.Rules
{
    /// <summary>Dollar figures for messages, the same on every machine.</summary>
    internal static class CostText
    {
        public const decimal HoursPerMonth = 730m;

        public static string PerHour(decimal usd) => "$" + usd.ToString("0.00##", CultureInfo.InvariantCulture) + "/h";

        public static string Money(decimal usd) => usd.ToString("$#,##0.00", CultureInfo.InvariantCulture);
    }
}
