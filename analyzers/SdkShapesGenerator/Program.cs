using MlCost.SdkShapesGenerator;

// dotnet run --project analyzers/SdkShapesGenerator -- MODEL_FOLDER OUTPUT_FOLDER
// writes OUTPUT_FOLDER/AwsSdkConstants.cs (the constant classes, the same in v3 and v4) and
// OUTPUT_FOLDER/Generated/AwsSdkModel.V3.cs and AwsSdkModel.V4.cs (model classes and clients in each version's shape).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SdkShapesGenerator MODEL_FOLDER OUTPUT_FOLDER (e.g. ../shared/aws-sdk-model analyzers/Stubs)");
    return 2;
}
if (!Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"{args[0]}: no such folder (the AWS SDK model data, see ../shared/aws-sdk-model/README.md)");
    return 2;
}
Write(Path.Combine(args[1], "AwsSdkConstants.cs"), ConstantClasses.Write(args[0]));
Console.WriteLine($"{ConstantClasses.Read(args[0]).Count} constant classes, {ConstantClasses.Read(args[0]).Sum(c => c.Values.Count):#,##0} values");
foreach (var version in new[] { SdkVersion.V3, SdkVersion.V4 })
    Write(Path.Combine(args[1], "Generated", $"AwsSdkModel.{version}.cs"), ModelClasses.Write(args[0], version));
return 0;

static void Write(string path, string text)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    var temporary = path + ".tmp";
    File.WriteAllText(temporary, text);
    File.Move(temporary, path, overwrite: true);
    Console.WriteLine($"Wrote {path} ({text.Length / 1024:#,##0} KB)");
}
