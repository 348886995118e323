using System.CommandLine;

namespace MlCost.Cli.Commands;

/// <summary><c>mlcost prices</c>: look at the price cache, and build it.</summary>
internal static class PricesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliOptions options)
    {
        var prices = new Command("prices", "Inspect the price cache (list, show), build it from AWS price files (import) or the live Price List (refresh)");
        prices.Subcommands.Add(PricesList.Create(stdout, options));
        prices.Subcommands.Add(PricesShow.Create(stdout, options));
        prices.Subcommands.Add(PricesImport.Create(stdout, stderr, options));
        prices.Subcommands.Add(PricesRefresh.Create(stdout, stderr, options));
        prices.Subcommands.Add(PricesDiff.Create(stdout, options));
        prices.Subcommands.Add(PricesVerify.Create(stdout, options));
        return prices;
    }
}
