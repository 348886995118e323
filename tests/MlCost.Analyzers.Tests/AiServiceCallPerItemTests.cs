using MlCost.Analyzers.Rules;

namespace MlCost.Analyzers.Tests;

/// <summary>MLC0013: Comprehend, Textract and Bedrock calls per item where a batch or asynchronous API exists.</summary>
public class AiServiceCallPerItemTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string call, string cost, string alternative, string how) =>
        Verify<AiServiceCallPerItemAnalyzer>.Diagnostic().WithLocation(location).WithArguments(call, cost, alternative, how);

    private const string BatchOf25 = "sends up to 25 documents a request, each billed as before";

    [Theory]
    [InlineData(SdkShape.V3)]
    [InlineData(SdkShape.V4)]
    public async Task Comprehend_and_Textract_calls_in_loops_and_Select_are_priced_per_1000_items(SdkShape shape)
    {
        // us-east-1: DetectSentiment $0.0001 a unit × 3 units at least × 1,000 = $0.30; DetectDocumentText $0.0015 a page = $1.50 per 1,000.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Amazon.Comprehend;
            using Amazon.Comprehend.Model;
            using Amazon.Textract;
            using Amazon.Textract.Model;
            class Reviews
            {
                private readonly IAmazonComprehend _comprehend = new AmazonComprehendClient();

                async Task Score(List<string> reviews)
                {
                    foreach (var review in reviews)
                        await {|#0:_comprehend.DetectSentimentAsync(new DetectSentimentRequest { Text = review, LanguageCode = "en" })|};
                }

                Task<DetectDocumentTextResponse>[] Read(IAmazonTextract textract, IEnumerable<byte[]> pages) =>
                    pages.Select(page => {|#1:textract.DetectDocumentTextAsync(new DetectDocumentTextRequest { Document = new Document { Bytes = new System.IO.MemoryStream(page) } })|}).ToArray();
            }
            """;
        await Verify<AiServiceCallPerItemAnalyzer>.Analyzer(source, shape, null,
            Expected(0, "DetectSentimentAsync", " (at least $0.30 per 1,000 items in us-east-1: 3 units of 100 characters at least, each)", "BatchDetectSentiment", BatchOf25),
            Expected(1, "DetectDocumentTextAsync", " ($1.50 per 1,000 pages in us-east-1)", "StartDocumentTextDetection", "takes a whole multi-page document in one asynchronous job, at the same price a page"));
    }

    [Fact]
    public async Task Bedrock_per_item_is_pointed_at_batch_inference_and_synchronous_calls_count_too()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            using Amazon.Comprehend;
            using Amazon.Comprehend.Model;
            class Summaries
            {
                async Task Run(IAmazonBedrockRuntime bedrock, AmazonComprehendClient comprehend, string[] documents)
                {
                    for (var i = 0; i < documents.Length; i++)
                    {
                        await {|#0:bedrock.ConverseAsync(new ConverseRequest { ModelId = "anthropic.claude-3-haiku-20240307-v1:0" })|};
                        {|#1:comprehend.DetectKeyPhrases(new DetectKeyPhrasesRequest { Text = documents[i], LanguageCode = "en" })|};
                    }
                }
            }
            """;
        await Verify<AiServiceCallPerItemAnalyzer>.Analyzer(source, SdkShape.V4, null,
            Expected(0, "ConverseAsync", "", "batch inference (CreateModelInvocationJob)", "bills half the on-demand token price for the same model"),
            Expected(1, "DetectKeyPhrases", " (at least $0.30 per 1,000 items in us-east-1: 3 units of 100 characters at least, each)", "BatchDetectKeyPhrases", BatchOf25));
    }

    [Fact]
    public async Task One_call_a_method_of_another_type_and_a_region_without_prices_are_told_apart()
    {
        // A single call is not per item; the user's own DetectSentimentAsync is not Comprehend's; eu-north-1 has no
        // Comprehend prices in the snapshot, and the finding says how to get them.
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Comprehend;
            using Amazon.Comprehend.Model;
            class Mine { public Task DetectSentimentAsync(DetectSentimentRequest r) => Task.CompletedTask; }
            class Reviews
            {
                async Task Once(IAmazonComprehend comprehend) => await comprehend.DetectSentimentAsync(new DetectSentimentRequest());

                async Task Own(Mine mine, List<string> texts)
                {
                    foreach (var t in texts) await mine.DetectSentimentAsync(new DetectSentimentRequest { Text = t });
                }

                async Task Each(IAmazonComprehend comprehend, List<string> texts)
                {
                    foreach (var t in texts) await {|#0:comprehend.DetectSentimentAsync(new DetectSentimentRequest { Text = t })|};
                }
            }
            """;
        await Verify<AiServiceCallPerItemAnalyzer>.Analyzer(source, SdkShape.V4, "mlcost.region = eu-north-1",
            Expected(0, "DetectSentimentAsync", " (no eu-north-1 DetectSentiment price in MlCost's prices: `mlcost prices refresh --services comprehend --regions eu-north-1`)", "BatchDetectSentiment", BatchOf25));
    }
}
