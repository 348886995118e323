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
    public static readonly Service Forecast = new("forecast", "AmazonForecast", "Amazon Forecast");
    public static readonly Service Personalize = new("personalize", "AmazonPersonalize", "Amazon Personalize");
    public static readonly Service Lex = new("lex", "AmazonLex", "Amazon Lex");
    public static readonly Service Bedrock = new("bedrock", "AmazonBedrock", "Amazon Bedrock");

    /// <summary>Business intelligence, priced per user and capacity: its prices are kept to be shown, not offered as an option (README, "QuickSight").</summary>
    public static readonly Service QuickSight = new("quicksight", "AmazonQuickSight", "Amazon QuickSight");

    public static IReadOnlyList<Service> All { get; } =
        [SageMaker, Textract, Comprehend, Rekognition, Translate, Transcribe, Polly, Forecast, Personalize, Lex, Bedrock, QuickSight];

    /// <summary>
    /// The services `prices refresh` fetches from the Price List. Not Bedrock: its prices come from a per-token table by
    /// model id, and the Price List's Bedrock products are not mapped to model ids yet, so a refresh would replace
    /// priced models with products no option can look up.
    /// </summary>
    public static IReadOnlyList<Service> Refreshable { get; } = All.Where(s => s != Bedrock).ToList();

    /// <summary>Finds a service by short name or offer code, ignoring case.</summary>
    public static Service? Find(string name) =>
        All.FirstOrDefault(s => s.ShortName.Equals(name, StringComparison.OrdinalIgnoreCase)
                             || s.OfferCode.Equals(name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => ShortName;
}
