namespace MlCost.Pricing.Model;

/// <summary>A service MlCost prices, by the short name users type and the Price List offer code.</summary>
public sealed record Service(string ShortName, string OfferCode, string DisplayName)
{
    public static readonly Service SageMaker = new("sagemaker", "AmazonSageMaker", "Amazon SageMaker");
    public static readonly Service Textract = new("textract", "AmazonTextract", "Amazon Textract");
    public static readonly Service Comprehend = new("comprehend", "comprehend", "Amazon Comprehend");
    public static readonly Service Rekognition = new("rekognition", "AmazonRekognition", "Amazon Rekognition");
    public static readonly Service Translate = new("translate", "translate", "Amazon Translate");
    public static readonly Service Transcribe = new("transcribe", "transcribe", "Amazon Transcribe");
    public static readonly Service Polly = new("polly", "AmazonPolly", "Amazon Polly");

    public static IReadOnlyList<Service> All { get; } = [SageMaker, Textract, Comprehend, Rekognition, Translate, Transcribe, Polly];

    /// <summary>Finds a service by short name or offer code, ignoring case.</summary>
    public static Service? Find(string name) =>
        All.FirstOrDefault(s => s.ShortName.Equals(name, StringComparison.OrdinalIgnoreCase)
                             || s.OfferCode.Equals(name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => ShortName;
}
