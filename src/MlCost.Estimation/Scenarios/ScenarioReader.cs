using MlCost.Estimation.AiServices;
using MlCost.Pricing.Lookup;
using Newtonsoft.Json;

namespace MlCost.Estimation.Scenarios;

/// <summary>
/// Reads a scenario file (JSON) strictly: unknown fields, wrong types, negative numbers, unknown kinds,
/// services and operations are errors that name the file, line, column and field, and say what is allowed.
/// Prices (regions, instance types) are checked later, against the price cache.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] TopFields = ["$schema", "name", "description", "region", "workload", "options", "training", "pricing", "throughput"];
    private static readonly string[] ThroughputFields = ["instanceType", "requestsPerSecondPerInstance", "tokensPerSecondPerInstance", "source"];
    private static readonly string[] SageMakerWorkloadFields = ["payloadKbPerRequest", "responseKbPerRequest", "peakToAverageRatio"];
    private static readonly string[] PricingFields = ["discountPercent", "freeTier", "savingsPlan", "hoursPerMonth"];
    private static readonly string[] SavingsPlanFields = ["term", "purchaseOption", "discountPercent"];
    private static readonly string[] TrainingFields = ["id", "instanceType", "instanceCount", "hoursPerRun", "runsPerMonth", "managedSpot",
        "spotSavingsPercent", "spotOverheadPercent", "volumeSizeGb"];

    /// <summary>Fields each option kind accepts (besides id, kind and name), with the default catalogue's AI services.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OptionFields = new Dictionary<string, string[]>
    {
        [OptionKinds.AiService] = AiServiceFields(AiServiceCatalogue.Default),
        [OptionKinds.Realtime] = ["instanceType", "requestsPerSecondPerInstance", "tokensPerSecondPerInstance", "minInstances", "endpoints", "volumeSizeGb"],
        [OptionKinds.Serverless] = ["memoryGb", "secondsPerRequest", "provisionedConcurrency"],
        [OptionKinds.Async] = ["instanceType", "requestsPerSecondPerInstance", "tokensPerSecondPerInstance", "minInstances", "arrival", "busyWindowsPerDay", "busyHoursPerWindow", "scaleInIdleMinutes"],
        [OptionKinds.Batch] = ["instanceType", "requestsPerSecondPerInstance", "tokensPerSecondPerInstance", "instanceCount", "jobsPerMonth", "startupMinutesPerJob"],
        [OptionKinds.MultiModel] = ["instanceType", "models", "modelsPerInstance", "requestsPerSecondPerInstance", "tokensPerSecondPerInstance", "minInstances", "volumeSizeGb"],
    };

    /// <summary>What an ai-service option may state: one call, or its calls as steps.</summary>
    public static string[] AiServiceFields(AiServiceCatalogue catalogue) => ["service", "operation", "features", .. catalogue.OptionFields, "steps"];

    /// <summary>What a step of a pipeline may state: a call, its own per-request metrics, and how many calls a request makes.</summary>
    public static string[] StepFields(AiServiceCatalogue catalogue) =>
        ["name", "service", "operation", "features", .. catalogue.OptionFields, .. catalogue.Metrics.Select(m => m.Field), "callsPerRequest"];

    public static IReadOnlyList<string> TopLevelFields => TopFields;
    /// <summary>The workload fields a scenario may give: the volume, every metric the catalogue's services bill on, and SageMaker's.</summary>
    public static IReadOnlyList<string> WorkloadFields(AiServiceCatalogue catalogue) =>
        ["requestsPerMonth", .. catalogue.Metrics.Select(m => m.Field), .. SageMakerWorkloadFields];

    public static IReadOnlyList<string> WorkloadFieldNames => WorkloadFields(AiServiceCatalogue.Default);
    public static IReadOnlyList<string> PricingFieldNames => PricingFields;
    public static IReadOnlyList<string> TrainingFieldNames => TrainingFields;
    public static IReadOnlyList<string> ThroughputFieldNames => ThroughputFields;

    public static Scenario Read(string path, AiServiceCatalogue? catalogue = null) => Parse(ReadText(path), path, catalogue);

    /// <summary>A scenario file's text, or an error naming it: no such file, or a folder where a file was expected.</summary>
    public static string ReadText(string path)
    {
        if (Directory.Exists(path))
            throw new ScenarioException(new SourceLocation(path, 0, 0), "", "is a folder; name a scenario file in it (a .json file such as examples/sentiment.json)");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ScenarioException(new SourceLocation(path, 0, 0), "", "no such file");
        }
    }

    /// <param name="catalogue">The AI services a scenario may name; the default catalogue when null.</param>
    /// <param name="rangesAt">
    /// A value for each assumption given as a range, by its path (<see cref="AssumptionRange.Path"/>), to read in place
    /// of the range's base: one combination of the ranges' ends. The ranges are still checked and reported.
    /// </param>
    public static Scenario Parse(string json, string file, AiServiceCatalogue? catalogue = null, IReadOnlyDictionary<string, decimal>? rangesAt = null)
    {
        catalogue ??= AiServiceCatalogue.Default;
        if (json.Trim().Length == 0)
            throw new ScenarioException(new SourceLocation(file, 0, 0), "", "is empty; a scenario is a JSON object { \"name\", \"region\", \"workload\", \"options\" } (`mlcost init` writes one to start from)");
        var root = ParseJson(json, file);
        if (root.Kind != JsonKind.Object)
            throw new ScenarioException(Where(file, root), "", "a scenario is a JSON object { \"name\", \"region\", \"workload\", \"options\", ... }");

        var fields = new Fields(file, catalogue, rangesAt);
        fields.OnlyKnown(root, "", TopFields);
        var name = fields.String(root, "name", "", required: true)!;
        var region = fields.String(root, "region", "", required: true)!;
        var workloadObject = fields.Object(root, "workload", "", required: true)!;
        fields.OnlyKnown(workloadObject, "workload", WorkloadFields(catalogue).ToArray());
        var workload = new Workload(
            fields.Number(workloadObject, "requestsPerMonth", "workload", required: true)!.Value,
            catalogue.Metrics.Select(m => new MetricValue(m, fields.Number(workloadObject, m.Field, "workload") ?? m.Default)).ToList(),
            fields.Number(workloadObject, "payloadKbPerRequest", "workload") ?? 0,
            fields.Number(workloadObject, "responseKbPerRequest", "workload") ?? 0,
            fields.Number(workloadObject, "peakToAverageRatio", "workload", minimum: 1) ?? 1);

        var optionArray = fields.Array(root, "options", "", required: true)!;
        if (optionArray.Items.Count == 0) throw new ScenarioException(Where(file, optionArray), "options", "list at least one option to price");
        var options = optionArray.Items.Select((o, i) => ReadOption(fields, o, $"options[{i}]")).ToList();
        var outputTokens = workload.PerRequest.FirstOrDefault(m => m.Metric == WorkloadMetric.OutputTokens)?.Value ?? 0;
        foreach (var (option, i) in options.Select((o, i) => (o, i)))
            if (option is RealtimeOption { Throughput.InTokens: true } or AsyncOption { Throughput.InTokens: true } or BatchOption { Throughput.InTokens: true }
                    or MultiModelOption { Throughput.InTokens: true } && outputTokens <= 0)
                throw new ScenarioException(Where(file, optionArray.Items[i]["tokensPerSecondPerInstance"]!), $"options[{i}].tokensPerSecondPerInstance",
                    "a throughput in tokens needs workload.outputTokensPerRequest (greater than 0) to turn tokens into requests");
        var training = (fields.Array(root, "training", "")?.Items ?? []).Select((t, i) => ReadTraining(fields, t, $"training[{i}]")).ToList();
        CheckUniqueIds(file, optionArray, options.Select(o => o.Id).Concat(training.Select(t => t.Id)).ToList());

        var pricing = new PricingSettings();
        if (fields.Object(root, "pricing", "") is { } pricingObject)
        {
            fields.OnlyKnown(pricingObject, "pricing", PricingFields);
            SavingsPlanSettings? plan = null;
            if (fields.Object(pricingObject, "savingsPlan", "pricing") is { } planObject)
            {
                fields.OnlyKnown(planObject, "pricing.savingsPlan", SavingsPlanFields);
                plan = new SavingsPlanSettings(
                    fields.Choice(planObject, "term", "pricing.savingsPlan", ["1yr", "3yr"]) ?? "1yr",
                    fields.Choice(planObject, "purchaseOption", "pricing.savingsPlan", ["No Upfront", "Partial Upfront", "All Upfront"]) ?? "No Upfront",
                    fields.Number(planObject, "discountPercent", "pricing.savingsPlan", maximum: 100));
            }
            pricing = new PricingSettings(
                fields.Number(pricingObject, "discountPercent", "pricing", maximum: 100) ?? 0,
                fields.Bool(pricingObject, "freeTier", "pricing") ?? false,
                plan,
                fields.Number(pricingObject, "hoursPerMonth", "pricing", minimum: 1, maximum: 744) ?? 730);
        }
        var throughputs = (fields.Array(root, "throughput", "")?.Items ?? []).Select((t, i) =>
        {
            var path = $"throughput[{i}]";
            var o = t.Kind == JsonKind.Object ? t : throw new ScenarioException(Where(file, t), path, "each entry is an object with \"instanceType\" and its measured throughput");
            fields.OnlyKnown(o, path, ThroughputFields);
            var measured = new MeasuredThroughput(InstanceType(fields, o, path), Throughput(fields, o, path),
                fields.String(o, "source", path) ?? $"{file}, {path}", Where(file, o));
            if (measured.Throughput.InTokens && outputTokens <= 0)
                throw new ScenarioException(Where(file, o), $"{path}.tokensPerSecondPerInstance",
                    "a throughput in tokens needs workload.outputTokensPerRequest (greater than 0) to turn tokens into requests");
            return measured;
        }).ToList();
        var duplicateType = throughputs.GroupBy(t => t.InstanceType, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateType is not null)
            throw new ScenarioException(duplicateType.Last().Location, "throughput", $"{duplicateType.Key} is measured twice; keep one figure per instance type");
        return new Scenario(name, region, workload, options, training, pricing, Where(file, root)) { Throughputs = throughputs, Ranges = fields.Ranges.ToList() };
    }

    private static OptionSpec ReadOption(Fields fields, LocatedJson token, string path)
    {
        var o = token.Kind == JsonKind.Object ? token : throw new ScenarioException(Where(fields.File, token), path, "each option is an object with \"id\" and \"kind\"");
        var id = fields.String(o, "id", path, required: true)!;
        var kind = fields.Choice(o, "kind", path, OptionKinds.All, required: true)!;
        fields.OnlyKnown(o, path, ["id", "kind", "name", .. kind == OptionKinds.AiService ? AiServiceFields(fields.Catalogue) : OptionFields[kind]]);
        var at = Where(fields.File, o);
        int Count(string field, int fallback, int minimum = 0) => fields.Integer(o, field, path, minimum) ?? fallback;
        decimal Positive(string field) => fields.Number(o, field, path, required: true, exclusiveMinimum: true)!.Value;
        switch (kind)
        {
            case OptionKinds.AiService:
                return ReadAiService(fields, o, path, id, at);
            case OptionKinds.Realtime:
                return new RealtimeOption(id, InstanceType(fields, o, path), Throughput(fields, o, path),
                    Count("minInstances", 1, 1), Count("endpoints", 1, 1), fields.Number(o, "volumeSizeGb", path) ?? 0, at);
            case OptionKinds.Serverless:
                return new ServerlessOption(id, Positive("memoryGb"), Positive("secondsPerRequest"), Count("provisionedConcurrency", 0), at);
            case OptionKinds.Async:
                return new AsyncOption(id, InstanceType(fields, o, path), Throughput(fields, o, path), Count("minInstances", 0), ReadArrival(fields, o, path), at);
            case OptionKinds.Batch:
                return new BatchOption(id, InstanceType(fields, o, path), Throughput(fields, o, path), Count("instanceCount", 1, 1),
                    fields.Number(o, "jobsPerMonth", path, exclusiveMinimum: true) ?? 1, fields.Number(o, "startupMinutesPerJob", path) ?? 0, at);
            case OptionKinds.MultiModel:
                return new MultiModelOption(id, InstanceType(fields, o, path), Count("models", 1, 1), Count("modelsPerInstance", 1, 1),
                    Throughput(fields, o, path), Count("minInstances", 1, 1), fields.Number(o, "volumeSizeGb", path) ?? 0, at);
            default:
                throw new InvalidOperationException($"option kind {kind} is allowed but not read");
        }
    }

    /// <summary>How an async option's requests arrive; busy windows need their count and length, nothing else takes them.</summary>
    private static AsyncArrival ReadArrival(Fields fields, LocatedJson o, string path)
    {
        var pattern = fields.Choice(o, "arrival", path, AsyncArrival.Patterns) ?? AsyncArrival.Even;
        var idle = fields.Number(o, "scaleInIdleMinutes", path, maximum: 1440) ?? AsyncArrival.DefaultScaleInIdleMinutes;
        if (pattern != AsyncArrival.Windows)
        {
            foreach (var field in new[] { "busyWindowsPerDay", "busyHoursPerWindow" })
                if (o[field] is { Kind: not JsonKind.Null } token)
                    throw new ScenarioException(Where(fields.File, token), $"{path}.{field}", $"only \"arrival\": \"windows\" takes {field}");
            return new AsyncArrival(pattern, ScaleInIdleMinutes: idle);
        }
        var windows = fields.Number(o, "busyWindowsPerDay", path, required: true, exclusiveMinimum: true, maximum: 24)!.Value;
        var hours = fields.Number(o, "busyHoursPerWindow", path, required: true, exclusiveMinimum: true, maximum: 24)!.Value;
        if (windows * hours > 24)
            throw new ScenarioException(Where(fields.File, o["busyHoursPerWindow"]!), $"{path}.busyHoursPerWindow", $"{windows} windows of {hours} h do not fit in a day");
        return new AsyncArrival(pattern, windows, hours, idle);
    }

    /// <summary>An AI-service option: one call, or a pipeline whose steps are each one call.</summary>
    private static AiServiceOption ReadAiService(Fields fields, LocatedJson o, string path, string id, SourceLocation at)
    {
        if (fields.Array(o, "steps", path) is not { } steps) return new AiServiceOption(id, ReadStep(fields, o, path, isStep: false), at);
        foreach (var single in new[] { "service", "operation", "features" }.Concat(fields.Catalogue.OptionFields))
            if (o[single] is { Kind: not JsonKind.Null } token)
                throw new ScenarioException(Where(fields.File, token), $"{path}.{single}", "an option with steps states each call in its step: move this field into a step");
        if (steps.Items.Count == 0) throw new ScenarioException(Where(fields.File, steps), $"{path}.steps", "list the calls each request makes, one step each");
        return new AiServiceOption(id, steps.Items.Select((step, i) =>
        {
            var stepPath = $"{path}.steps[{i}]";
            var stepObject = step.Kind == JsonKind.Object ? step : throw new ScenarioException(Where(fields.File, step), stepPath, "each step is an object with \"service\" and \"operation\"");
            fields.OnlyKnown(stepObject, stepPath, StepFields(fields.Catalogue));
            return ReadStep(fields, stepObject, stepPath, isStep: true);
        }).ToList(), at);
    }

    /// <summary>One call, checked against its service's definition: operation, feature bundle, choices and settings.</summary>
    private static AiServiceStep ReadStep(Fields fields, LocatedJson o, string path, bool isStep)
    {
        var name = fields.Choice(o, "service", path, fields.Catalogue.ShortNames.ToList(), required: true)!;
        var service = fields.Catalogue.Find(name)!;
        var display = service.Service.DisplayName;
        var operation = fields.Choice(o, "operation", path, service.Operations, required: true)!;
        var takesFeatures = service.FeatureOperations.Contains(operation, StringComparer.Ordinal);
        var features = fields.StringArray(o, "features", path, [.. service.Features]);
        if (features.Count > 0 && !takesFeatures)
            throw new ScenarioException(Where(fields.File, o["features"]!), $"{path}.features",
                service.FeatureOperations.Count == 0 ? $"{display} takes no features" : $"only {display.Replace("Amazon ", "")} {string.Join(" and ", service.FeatureOperations)} take features, not {operation}");
        if (features.Count == 0 && takesFeatures)
            throw new ScenarioException(Where(fields.File, o), $"{path}.features", $"{operation} is priced by feature bundle: list the FeatureTypes it uses ({string.Join(", ", service.Features)})");

        // A choice or setting of another service, or of another operation of this one, is a mistake worth naming.
        foreach (var field in fields.Catalogue.OptionFields)
        {
            if (o[field] is not { Kind: not JsonKind.Null } token) continue;
            var choice = service.Choices.FirstOrDefault(c => c.Field == field);
            var setting = service.Settings.FirstOrDefault(c => c.Field == field);
            var operations = choice?.Operations ?? setting?.Operations;
            if (choice is null && setting is null)
                throw new ScenarioException(Where(fields.File, token), $"{path}.{field}", $"{display} takes no {field}");
            if (operations is not null && !operations.Contains(operation, StringComparer.Ordinal))
                throw new ScenarioException(Where(fields.File, token), $"{path}.{field}", $"only {display.Replace("Amazon ", "")} {string.Join(" and ", operations)} take {field}, not {operation}");
        }
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var choice in service.Choices.Where(c => c.AppliesTo(operation)))
        {
            var value = choice.Values.Count > 0
                ? fields.Choice(o, choice.Field, path, choice.Values) ?? choice.Default
                : fields.String(o, choice.Field, path, required: true);
            if (value is not null) choices[choice.Field] = value;
        }
        var settings = service.Settings.Where(c => c.AppliesTo(operation))
            .ToDictionary(c => c.Field, c => fields.Number(o, c.Field, path) ?? c.Default, StringComparer.Ordinal);
        var perRequest = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (isStep)
            foreach (var metric in fields.Catalogue.Metrics)
                if (fields.Number(o, metric.Field, path) is { } value)
                    perRequest[metric.Field] = service.Metrics.Any(m => m.Field == metric.Field) ? value
                        : throw new ScenarioException(Where(fields.File, o[metric.Field]!), $"{path}.{metric.Field}",
                            $"{display} does not bill on {metric.Field}; it bills on {(service.Metrics.Any() ? string.Join(", ", service.Metrics.Select(m => m.Field)) : "no per-request metric")}");
        var calls = isStep ? fields.Number(o, "callsPerRequest", path, exclusiveMinimum: true) ?? 1 : 1;
        return new AiServiceStep(service, operation, features, choices, settings, perRequest, calls, Where(fields.File, o));
    }

    private static TrainingRun ReadTraining(Fields fields, LocatedJson token, string path)
    {
        var o = token.Kind == JsonKind.Object ? token : throw new ScenarioException(Where(fields.File, token), path, "each training run is an object");
        fields.OnlyKnown(o, path, TrainingFields);
        return new TrainingRun(
            fields.String(o, "id", path, required: true)!,
            InstanceType(fields, o, path),
            fields.Integer(o, "instanceCount", path, 1) ?? 1,
            fields.Number(o, "hoursPerRun", path, required: true)!.Value,
            fields.Number(o, "runsPerMonth", path, required: true)!.Value,
            fields.Bool(o, "managedSpot", path) ?? false,
            fields.Number(o, "spotSavingsPercent", path, maximum: 90) ?? 70,
            fields.Number(o, "spotOverheadPercent", path, maximum: 1000) ?? 0,
            fields.Number(o, "volumeSizeGb", path) ?? 0,
            Where(fields.File, o));
    }

    /// <summary>An instance's throughput, in requests or output tokens per second: one of the two, never both.</summary>
    private static Throughput Throughput(Fields fields, LocatedJson o, string path)
    {
        var requests = fields.Number(o, "requestsPerSecondPerInstance", path, exclusiveMinimum: true);
        var tokens = fields.Number(o, "tokensPerSecondPerInstance", path, exclusiveMinimum: true);
        return (requests, tokens) switch
        {
            ({ } r, null) => new Throughput(r),
            (null, { } t) => new Throughput(t, InTokens: true),
            (null, null) => throw new ScenarioException(Where(fields.File, o), $"{path}.requestsPerSecondPerInstance",
                "is required: give the throughput one instance serves, as requestsPerSecondPerInstance or (an LLM endpoint) tokensPerSecondPerInstance"),
            _ => throw new ScenarioException(Where(fields.File, o["tokensPerSecondPerInstance"]!), $"{path}.tokensPerSecondPerInstance",
                "give requestsPerSecondPerInstance or tokensPerSecondPerInstance, not both"),
        };
    }

    private static string InstanceType(Fields fields, LocatedJson o, string path)
    {
        var value = fields.String(o, "instanceType", path, required: true)!;
        if (!value.StartsWith("ml.", StringComparison.Ordinal))
            throw new ScenarioException(Where(fields.File, o["instanceType"]!), $"{path}.instanceType", $"SageMaker instance types start with \"ml.\" (ml.g4dn.xlarge), not \"{value}\"");
        return value;
    }

    private static void CheckUniqueIds(string file, LocatedJson options, List<string> ids)
    {
        var duplicate = ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ScenarioException(Where(file, options), "id", $"\"{duplicate.Key}\" is used twice; every option and training run needs its own id");
    }

    internal static SourceLocation Where(string file, LocatedJson value) => new(file, value.Line, value.Column);

    /// <summary>A user's JSON file with the place of every value; a syntax error, or a number decimal cannot hold, names its line and column.</summary>
    internal static LocatedJson ParseJson(string json, string file)
    {
        try
        {
            return LocatedJson.Parse(json);
        }
        catch (JsonReaderException e) when (BeyondDecimal(e) is { } number)
        {
            // Valid JSON, but a number MlCost's decimal arithmetic cannot hold.
            throw new ScenarioException(new SourceLocation(file, e.LineNumber, e.LinePosition), e.Path ?? "",
                $"{number} is too large: MlCost computes money exactly in decimal, which holds numbers up to {decimal.MaxValue:#,##0}");
        }
        catch (JsonReaderException e)
        {
            throw new ScenarioException(new SourceLocation(file, e.LineNumber, e.LinePosition), "", $"not valid JSON: {FirstSentence(e.Message)}");
        }
    }

    /// <summary>The number a reader refused because decimal cannot hold it (not one that is malformed), else null.</summary>
    private static string? BeyondDecimal(JsonReaderException e)
    {
        var quoted = System.Text.RegularExpressions.Regex.Match(e.Message, "Input string '([^']*)' is not a valid decimal");
        return quoted.Success && double.TryParse(quoted.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
               && Math.Abs(value) > (double)decimal.MaxValue
            ? quoted.Groups[1].Value
            : null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Typed access to fields, each failure naming file, line, column and field.</summary>
    private sealed class Fields(string file, AiServiceCatalogue catalogue, IReadOnlyDictionary<string, decimal>? rangesAt)
    {
        public string File => file;

        public AiServiceCatalogue Catalogue => catalogue;

        public void OnlyKnown(LocatedJson o, string path, string[] allowed)
        {
            foreach (var property in o.Properties)
                if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                    throw new ScenarioException(new SourceLocation(file, property.Line, property.Column), Join(path, property.Name),
                        $"unknown field.{CloseMatches.Suggestion(property.Name, allowed)} Allowed here: {string.Join(", ", allowed.Where(a => a != "$schema"))}");
        }

        private LocatedJson? Get(LocatedJson o, string name, string path, bool required)
        {
            var token = o[name] is { Kind: not JsonKind.Null } given ? given : null;
            if (token is null && required)
                throw new ScenarioException(Where(file, o), Join(path, name), "is required");
            return token;
        }

        public string? String(LocatedJson o, string name, string path, bool required = false)
        {
            var token = Get(o, name, path, required);
            if (token is null) return null;
            if (token.Kind != JsonKind.String || string.IsNullOrWhiteSpace(token.String))
                throw new ScenarioException(Where(file, token), Join(path, name), $"must be a non-empty string, not {token.Show()}");
            return token.String;
        }

        public string? Choice(LocatedJson o, string name, string path, IReadOnlyList<string> allowed, bool required = false)
        {
            var value = String(o, name, path, required);
            if (value is null) return null;
            var exact = allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase));
            return exact ?? throw new ScenarioException(Where(file, o[name]!), Join(path, name),
                $"\"{value}\" is not allowed.{CloseMatches.Suggestion(value, allowed)} Allowed: {string.Join(", ", allowed)}");
        }

        /// <summary>
        /// A number, or an assumption given as a range — <c>{ "low": 3, "base": 4, "high": 6 }</c> — whose base is the
        /// value (or the value <c>rangesAt</c> gives for it) and whose ends are recorded (<see cref="Ranges"/>) for the
        /// bands and the sensitivity view. Each end must be a value the field accepts.
        /// </summary>
        public decimal? Number(LocatedJson o, string name, string path, bool required = false, decimal minimum = 0, decimal? maximum = null, bool exclusiveMinimum = false)
        {
            var token = Get(o, name, path, required);
            if (token is null) return null;
            var field = Join(path, name);
            if (token.Kind == JsonKind.Object)
            {
                OnlyKnown(token, field, ["low", "base", "high"]);
                var ends = RangeEnds.Select(end => Check(token[end] ?? throw new ScenarioException(Where(file, token), $"{field}.{end}",
                    "is required: a range is { \"low\": ..., \"base\": ..., \"high\": ... }"), $"{field}.{end}")).ToArray();
                if (!(ends[0] <= ends[1] && ends[1] <= ends[2]))
                    throw new ScenarioException(Where(file, token), field, $"a range needs low ≤ base ≤ high, not {ends[0]}, {ends[1]}, {ends[2]}");
                _ranges.Add(new AssumptionRange(field, ends[0], ends[1], ends[2], Where(file, token)));
                return rangesAt is not null && rangesAt.TryGetValue(field, out var at) ? at : ends[1];
            }
            return Check(token, field);

            decimal Check(LocatedJson value, string at)
            {
                if (value.Kind != JsonKind.Number)
                    throw new ScenarioException(Where(file, value), at, $"must be a number{(token.Kind == JsonKind.Object ? "" : " or a range { \"low\", \"base\", \"high\" }")}, not {value.Show()}");
                var number = value.Number;
                if (exclusiveMinimum ? number <= minimum : number < minimum)
                    throw new ScenarioException(Where(file, value), at, $"must be {(exclusiveMinimum ? "greater than" : "at least")} {minimum}, not {number}");
                if (number > maximum)
                    throw new ScenarioException(Where(file, value), at, $"must be at most {maximum}, not {number}");
                return number;
            }
        }

        private static readonly string[] RangeEnds = ["low", "base", "high"];

        private readonly List<AssumptionRange> _ranges = [];

        /// <summary>The assumptions given as ranges, in the order read.</summary>
        public IReadOnlyList<AssumptionRange> Ranges => _ranges;

        public int? Integer(LocatedJson o, string name, string path, int minimum = 0)
        {
            var value = Number(o, name, path, minimum: minimum);
            if (value is null) return null;
            // A range's ends are whole numbers too (they become this field's value in the bands).
            var given = o[name]!;
            var values = given.Kind == JsonKind.Object ? RangeEnds.Select(end => given[end]!) : [given];
            foreach (var number in values)
                if (number.Number != decimal.Truncate(number.Number) || number.Number > int.MaxValue)
                    throw new ScenarioException(Where(file, number), Join(path, name), $"must be a whole number, not {number.Number}");
            return (int)value.Value;
        }

        public bool? Bool(LocatedJson o, string name, string path)
        {
            var token = Get(o, name, path, required: false);
            if (token is null) return null;
            return token.Kind == JsonKind.Boolean ? token.Boolean
                : throw new ScenarioException(Where(file, token), Join(path, name), $"must be true or false, not {token.Show()}");
        }

        public LocatedJson? Object(LocatedJson o, string name, string path, bool required = false) =>
            Container(o, name, path, required, JsonKind.Object, "an object { ... }");

        public LocatedJson? Array(LocatedJson o, string name, string path, bool required = false) =>
            Container(o, name, path, required, JsonKind.Array, "a list [ ... ]");

        private LocatedJson? Container(LocatedJson o, string name, string path, bool required, JsonKind kind, string what)
        {
            var token = Get(o, name, path, required);
            return token is null || token.Kind == kind ? token
                : throw new ScenarioException(Where(file, token), Join(path, name), $"must be {what}, not {token.Show()}");
        }

        public IReadOnlyList<string> StringArray(LocatedJson o, string name, string path, string[] allowed)
        {
            var array = Array(o, name, path);
            if (array is null) return [];
            return array.Items.Select((item, i) =>
            {
                var value = item.Kind == JsonKind.String ? item.String! : throw new ScenarioException(Where(file, item), $"{Join(path, name)}[{i}]", $"must be a string, not {item.Show()}");
                return allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase))
                       ?? throw new ScenarioException(Where(file, item), $"{Join(path, name)}[{i}]", $"\"{value}\" is not allowed.{CloseMatches.Suggestion(value, allowed)} Allowed: {string.Join(", ", allowed)}");
            }).Distinct().ToList();
        }

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
    }
}
