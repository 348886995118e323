using System.Reflection;

namespace MlCost.Reports.Text;

/// <summary>The MlCost version (one for the tool and its libraries, set in Directory.Build.props) that reports name.</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];
}
