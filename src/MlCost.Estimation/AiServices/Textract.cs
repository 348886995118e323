using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>Amazon Textract: per page; AnalyzeDocument is priced by its feature bundle, each bundle its own SKU.</summary>
public static class Textract
{
    public static readonly AiServiceDefinition Definition = new(Service.Textract,
        ["DetectDocumentText", "AnalyzeDocument", "AnalyzeExpense", "AnalyzeID",
         "StartDocumentTextDetection", "StartDocumentAnalysis", "StartExpenseAnalysis", "StartLendingAnalysis"],
        new BillingRule("pages", WorkloadMetric.Pages))
    {
        Features = ["FORMS", "TABLES", "QUERIES", "SIGNATURES", "LAYOUT", "CUSTOM_QUERIES"],
        FeatureOperations = ["AnalyzeDocument", "StartDocumentAnalysis"],
        FreeTier =
        [
            new(1_000, "first 3 months", ["DetectDocumentText", "StartDocumentTextDetection"]),
            new(100, "first 3 months", ["AnalyzeDocument", "StartDocumentAnalysis", "AnalyzeExpense", "StartExpenseAnalysis", "AnalyzeID"]),
        ],
    };
}
