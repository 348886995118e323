using System.Diagnostics;

namespace MlCost.Analyzers.Tests;

/// <summary>The analyzers as users get them: in a project's build, and from the packed .nupkg.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void Building_the_demo_project_shows_priced_warnings()
    {
        var demo = Path.Combine(TestPaths.Root, "samples", "AnalyzerDemo");
        var (code, output) = Dotnet(demo, "build", "-nologo", "--no-incremental", "-p:UseSharedCompilation=false", "-o", _folder.File("demo-out"));
        Assert.True(code == 0, output);
        Assert.Contains("warning MLC0001: Training job runs on on-demand capacity: 2 × ml.g5.2xlarge at $1.515/h", output);
        Assert.Contains("warning MLC0004: Endpoint variant runs 2 × ml.g4dn.xlarge around the clock: $1.4728/h = $1,075.14/month", output);
        Assert.Contains("over the $1.00/h threshold", output); // from the demo's .editorconfig
    }

    [Fact]
    public void A_project_consuming_the_packed_nupkg_sees_the_warnings()
    {
        var feed = _folder.File("feed");
        var (packed, packOutput) = Dotnet(TestPaths.Root, "pack", Path.Combine("analyzers", "MlCost.Analyzers.Package"), "-c", "Release", "-o", feed, "-nologo");
        Assert.True(packed == 0, packOutput);
        Assert.Single(Directory.GetFiles(feed, "MlCost.Analyzers.*.nupkg"));

        var consumer = _folder.File("consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>disable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestoreAdditionalProjectSources>{{feed}}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{{_folder.File("packages")}}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MlCost.Analyzers" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        // Keep the repository's build settings out of the consumer.
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(consumer, "Directory.Packages.props"), "<Project />");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Stubs", "Generated", "AwsSdkModel.V4.cs"), Path.Combine(consumer, "AwsSdk.cs"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Stubs", "AwsSdkConstants.cs"), Path.Combine(consumer, "AwsSdkConstants.cs"));
        File.WriteAllText(Path.Combine(consumer, "Training.cs"), """
            using Amazon.SageMaker.Model;
            public class Training
            {
                public object Job() => new CreateTrainingJobRequest { ResourceConfig = new ResourceConfig { InstanceType = "ml.m5.large" } };
            }
            """);
        var (built, output) = Dotnet(consumer, "build", "-nologo", "-p:UseSharedCompilation=false");
        Assert.True(built == 0, output);
        Assert.Contains("warning MLC0001", output);
        Assert.Contains("$0.115/h", output);
    }
}
