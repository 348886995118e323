using MlCost.SdkShapesGenerator;

// dotnet run --project analyzers/SdkShapesGenerator -- MODEL_FOLDER OUTPUT_FILE
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SdkShapesGenerator MODEL_FOLDER OUTPUT_FILE (e.g. ../shared/aws-sdk-model analyzers/Stubs/AwsSdkConstants.cs)");
    return 2;
}
if (!Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"{args[0]}: no such folder (the AWS SDK model data, see ../shared/aws-sdk-model/README.md)");
    return 2;
}
var text = ConstantClasses.Write(args[0]);
var temporary = args[1] + ".tmp";
File.WriteAllText(temporary, text);
File.Move(temporary, args[1], overwrite: true);
Console.WriteLine($"Wrote {args[1]}: {ConstantClasses.Read(args[0]).Count} constant classes, {ConstantClasses.Read(args[0]).Sum(c => c.Values.Count):#,##0} values");
return 0;
