using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using Amazon.Textract;
using Amazon.Textract.Model;

namespace AnalyzerDemo
{
    /// <summary>Everyday ML plumbing, written the expensive way.</summary>
    public sealed class ModelOperations
    {
        public CreateTrainingJobRequest WeeklyRetrain() => new CreateTrainingJobRequest
        {
            TrainingJobName = "churn-weekly",
            ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlG52xlarge, InstanceCount = 2 },
        };

        public List<ProductionVariant> Endpoint() => new List<ProductionVariant>
        {
            new ProductionVariant { VariantName = "all", ModelName = "churn", InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, InitialInstanceCount = 2 },
            new ProductionVariant { VariantName = "cpu", ModelName = "churn", InstanceType = "ml.c5.xlarge", InitialInstanceCount = 6 },
        };

        public AnalyzeDocumentRequest ReadInvoice() => new AnalyzeDocumentRequest
        {
            FeatureTypes = new List<string> { Amazon.Textract.FeatureType.FORMS, Amazon.Textract.FeatureType.QUERIES },
        };
    }
}
