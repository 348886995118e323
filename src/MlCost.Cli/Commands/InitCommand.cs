using System.CommandLine;
using System.Text.Json.Nodes;
using MlCost.Pricing.Lookup;

namespace MlCost.Cli.Commands;

/// <summary>
/// <c>mlcost init [FILE] [--template NAME]</c>: writes a starter scenario — one of the examples the tool carries —
/// with the scenario schema beside it, so an editor completes and checks the file from the first keystroke.
/// </summary>
internal static class InitCommand
{
    public const string DefaultTemplate = "sentiment";
    private const string SchemaFile = "scenario.schema.json";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file to write", DefaultValueFactory = _ => "scenario.json" };
        var template = new Option<string>("--template")
        {
            Description = $"The example to start from (default {DefaultTemplate}; --list names them all)",
            DefaultValueFactory = _ => DefaultTemplate,
            HelpName = "NAME",
        };
        var list = new Option<bool>("--list") { Description = "List the templates, with what each compares, and write nothing" };
        var force = new Option<bool>("--force") { Description = "Replace FILE (and an older scenario.schema.json beside it) when they exist" };
        var command = new Command("init", "Write a starter scenario (one of the bundled examples) and the scenario schema beside it")
        {
            file, template, list, force,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(list))
            {
                foreach (var name in Templates.Names)
                    stdout.WriteLine($"{name,-24} {Templates.Description(name)}");
                return App.Ok;
            }
            var chosen = parsed.GetValue(template)!;
            if (!Templates.Names.Contains(chosen, StringComparer.Ordinal))
                throw new UserError($"--template: no template \"{chosen}\".{CloseMatches.Suggestion(chosen, Templates.Names)} Templates: {string.Join(", ", Templates.Names)}");
            var path = parsed.GetValue(file)!;
            if (OutputFileOption.Problem(path, ".json") is { } problem) throw new UserError($"init {path}: {problem}");
            if (File.Exists(path) && !parsed.GetValue(force)) throw new UserError($"{path} exists; choose another name, or --force replaces it");

            var schemaPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, SchemaFile);
            var schema = Templates.Read("schemas/" + SchemaFile);
            var schemaNote = !File.Exists(schemaPath) ? "Wrote"
                : File.ReadAllText(schemaPath) == schema ? null
                : parsed.GetValue(force) ? "Replaced" : "Kept";
            AtomicWrite(path, WithSchema(Templates.Read($"examples/{chosen}.json")));
            if (schemaNote is "Wrote" or "Replaced") AtomicWrite(schemaPath, schema);

            stderr.WriteLine($"Wrote {path} from the {chosen} template.");
            if (schemaNote == "Kept") stderr.WriteLine($"Kept the {SchemaFile} already there: it differs from this version's (--force replaces it).");
            else if (schemaNote is not null) stderr.WriteLine($"{schemaNote} {schemaPath} (editors use it to complete and check the scenario).");
            stderr.WriteLine($"Next: mlcost compare {path}");
            return App.Ok;
        });
        return command;
    }

    /// <summary>The example with its <c>$schema</c> pointing at the schema written beside it.</summary>
    private static string WithSchema(string example) =>
        example.Replace("\"$schema\": \"../schemas/scenario.schema.json\"", $"\"$schema\": \"./{SchemaFile}\"", StringComparison.Ordinal);

    private static void AtomicWrite(string path, string text)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The examples and the schema the tool carries (embedded in it, so an installed tool has them too).</summary>
    private static class Templates
    {
        private static readonly System.Reflection.Assembly Assembly = typeof(InitCommand).Assembly;

        public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("examples/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["examples/".Length..^".json".Length]).Order(StringComparer.Ordinal).ToList();

        public static string Read(string name)
        {
            using var stream = Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the tool was built without {name}");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public static string Description(string name) =>
            JsonNode.Parse(Read($"examples/{name}.json"))?["description"]?.GetValue<string>() ?? "";
    }
}
