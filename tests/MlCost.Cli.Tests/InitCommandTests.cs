namespace MlCost.Cli.Tests;

/// <summary><c>mlcost init</c>: a starter scenario from the examples the tool carries, with the schema beside it, never over a user's file.</summary>
public class InitCommandTests
{
    [Fact]
    public void Init_writes_the_chosen_example_pointing_at_the_schema_written_beside_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("llm.json");
        var run = CliRun.Of("init", file, "--template", "llm-bedrock-vs-endpoint");
        Assert.True(run.ExitCode == 0, run.Error);
        var example = File.ReadAllText(Path.Combine(TestPaths.Root, "examples", "llm-bedrock-vs-endpoint.json"));
        Assert.Equal(example.Replace("../schemas/scenario.schema.json", "./scenario.schema.json"), File.ReadAllText(file));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "scenario.schema.json")), File.ReadAllText(folder.File("scenario.schema.json")));
        Assert.Equal(0, CliRun.WithCache("compare", file).ExitCode);
    }

    [Fact]
    public void Init_lists_every_example_as_a_template()
    {
        var run = CliRun.Of("init", "--list");
        Assert.Equal(0, run.ExitCode);
        foreach (var example in Directory.GetFiles(Path.Combine(TestPaths.Root, "examples"), "*.json"))
            Assert.Contains(Path.GetFileNameWithoutExtension(example) + " ", run.Out);
    }

    [Fact]
    public void Init_never_replaces_a_file_unasked_and_says_when_it_keeps_a_different_schema()
    {
        using var folder = new TempFolder();
        var file = folder.File("scenario.json");
        File.WriteAllText(file, "my work");
        File.WriteAllText(folder.File("scenario.schema.json"), "{ \"mine\": true }");
        var refused = CliRun.Of("init", file);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists; choose another name, or --force replaces it", refused.Error);
        Assert.Equal("my work", File.ReadAllText(file));

        var other = CliRun.Of("init", folder.File("other.json"));
        Assert.Equal(0, other.ExitCode);
        Assert.Contains("Kept the scenario.schema.json already there", other.Error);
        Assert.Equal("{ \"mine\": true }", File.ReadAllText(folder.File("scenario.schema.json")));

        var forced = CliRun.Of("init", file, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("my work", File.ReadAllText(file));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "scenario.schema.json")), File.ReadAllText(folder.File("scenario.schema.json")));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp-*"));
    }

    [Fact]
    public void An_unknown_template_names_the_close_ones()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("init", folder.File("s.json"), "--template", "chatbott");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean chatbot?", run.Error);
        Assert.False(File.Exists(folder.File("s.json")));
    }
}
