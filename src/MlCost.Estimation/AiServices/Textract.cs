using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Textract: per page; AnalyzeDocument is priced by its feature bundle, each bundle its own SKU where the
/// Price List has one (FORMS+QUERIES is not FORMS plus QUERIES), else as its features' SKUs together.
/// </summary>
public static class Textract
{
    private const string Source = "Amazon Textract pricing, Free Tier (aws.amazon.com/textract/pricing): 1,000 pages a month of DetectDocumentText and 100 of AnalyzeDocument, AnalyzeExpense or AnalyzeID, for 3 months; not in the Price List";

    public static readonly AiServiceDefinition Definition = new(Service.Textract,
        ["DetectDocumentText", "AnalyzeDocument", "AnalyzeExpense", "AnalyzeID",
         "StartDocumentTextDetection", "StartDocumentAnalysis", "StartExpenseAnalysis", "StartLendingAnalysis"],
        new BillingRule("pages", WorkloadMetric.Pages))
    {
        Features = ["FORMS", "TABLES", "QUERIES", "SIGNATURES", "LAYOUT", "CUSTOM_QUERIES"],
        FeatureOperations = ["AnalyzeDocument", "StartDocumentAnalysis"],
        UnbundledFeaturesAdd = true,
        FreeTier =
        [
            new(1_000, "first 3 months", Source, ["DetectDocumentText", "StartDocumentTextDetection"]),
            new(100, "first 3 months", Source, ["AnalyzeDocument", "StartDocumentAnalysis", "AnalyzeExpense", "StartExpenseAnalysis", "AnalyzeID"]),
        ],
    };
}
