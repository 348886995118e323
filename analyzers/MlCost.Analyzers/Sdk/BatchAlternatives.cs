using System.Collections.Generic;
using System.Linq;

namespace MlCost.Analyzers.Sdk
{
    /// <summary>An AI-service operation and what processes a collection of its items in fewer calls.</summary>
    internal sealed class BatchAlternative
    {
        public BatchAlternative(string service, string operation, string alternative, string how)
        {
            Service = service;
            Operation = operation;
            Alternative = alternative;
            How = how;
        }

        /// <summary>The service as <c>mlcost prices</c> names it: comprehend, textract, bedrock.</summary>
        public string Service { get; }

        /// <summary>The operation as AWS names it (without the SDK's Async suffix).</summary>
        public string Operation { get; }

        public string Alternative { get; }

        /// <summary>What the alternative does for a collection, in a few words.</summary>
        public string How { get; }
    }

    /// <summary>
    /// The real-time AI-service operations with a batch or asynchronous API for collections, from the service APIs:
    /// Comprehend's BatchDetect* (up to 25 documents a request) and asynchronous PII jobs, Textract's asynchronous
    /// Start* operations (a whole multi-page document in one job), and Bedrock batch inference (CreateModelInvocationJob,
    /// billed at half the on-demand token price: Bedrock User Guide, "Capacity, Limits, and Cost Optimization").
    /// </summary>
    internal static class BatchAlternatives
    {
        private const string Comprehend = "comprehend";
        private const string BatchOf25 = "sends up to 25 documents a request, each billed as before";

        public static readonly IReadOnlyDictionary<string, BatchAlternative> ByOperation = new[]
        {
            new BatchAlternative(Comprehend, "DetectSentiment", "BatchDetectSentiment", BatchOf25),
            new BatchAlternative(Comprehend, "DetectEntities", "BatchDetectEntities", BatchOf25),
            new BatchAlternative(Comprehend, "DetectKeyPhrases", "BatchDetectKeyPhrases", BatchOf25),
            new BatchAlternative(Comprehend, "DetectDominantLanguage", "BatchDetectDominantLanguage", BatchOf25),
            new BatchAlternative(Comprehend, "DetectSyntax", "BatchDetectSyntax", BatchOf25),
            new BatchAlternative(Comprehend, "DetectTargetedSentiment", "BatchDetectTargetedSentiment", BatchOf25),
            new BatchAlternative(Comprehend, "DetectPiiEntities", "StartPiiEntitiesDetectionJob", "processes a whole collection in S3 as one asynchronous job"),
            new BatchAlternative("textract", "AnalyzeDocument", "StartDocumentAnalysis", "takes a whole multi-page document in one asynchronous job, at the same price a page"),
            new BatchAlternative("textract", "DetectDocumentText", "StartDocumentTextDetection", "takes a whole multi-page document in one asynchronous job, at the same price a page"),
            new BatchAlternative("bedrock", "InvokeModel", "batch inference (CreateModelInvocationJob)", "bills half the on-demand token price for the same model"),
            new BatchAlternative("bedrock", "Converse", "batch inference (CreateModelInvocationJob)", "bills half the on-demand token price for the same model"),
        }.ToDictionary(a => a.Operation);

        /// <summary>Every operation's name as the SDK's methods are called: with and without Async.</summary>
        public static readonly HashSet<string> CallNames = new HashSet<string>(ByOperation.Keys.SelectMany(o => new[] { o, o + "Async" }));

        /// <summary>The alternative for a method name (<c>DetectSentimentAsync</c> → BatchDetectSentiment); null for others.</summary>
        public static BatchAlternative For(string methodName)
        {
            var operation = methodName != null && methodName.EndsWith("Async") ? methodName.Substring(0, methodName.Length - 5) : methodName;
            return operation != null && ByOperation.TryGetValue(operation, out var alternative) ? alternative : null;
        }
    }
}
