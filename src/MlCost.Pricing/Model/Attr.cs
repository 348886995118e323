namespace MlCost.Pricing.Model;

/// <summary>Names of the normalized attributes that lookups use. Price List attribute keys keep their own names.</summary>
public static class Attr
{
    /// <summary>The API operation as AWS names it: <c>DetectDocumentText</c>, <c>DetectSentiment</c>, ...</summary>
    public const string Operation = "operation";

    /// <summary>Textract feature bundle, e.g. <c>FORMS+QUERIES</c> (sorted, joined by '+').</summary>
    public const string Features = "features";

    /// <summary>Rekognition API group: <c>Group1</c> or <c>Group2</c>.</summary>
    public const string ApiGroup = "apiGroup";

    /// <summary>Polly engine: <c>standard</c>, <c>neural</c>, <c>long-form</c>, <c>generative</c>.</summary>
    public const string Engine = "engine";

    /// <summary>Lex streaming conversations: what the caller streams, <c>speech</c>, <c>text</c> or <c>dtmf</c>.</summary>
    public const string InputMode = "inputMode";

    /// <summary>A Bedrock model id, e.g. <c>amazon.nova-lite-v1:0</c>.</summary>
    public const string Model = "model";

    /// <summary>Which tokens a Bedrock price is for: <c>input</c>, <c>output</c>, <c>cache-read</c>, <c>cache-write</c>.</summary>
    public const string Tokens = "tokens";

    /// <summary>What the price is for, in the source's words, when it is not an API operation.</summary>
    public const string Usage = "usage";

    /// <summary>The bare instance type, e.g. <c>ml.g4dn.xlarge</c>.</summary>
    public const string InstanceName = "instanceName";

    /// <summary>SageMaker component: Hosting, Training, BatchTransform, Processing, AsyncInf, Notebook, ...</summary>
    public const string Component = "component";

    /// <summary>Serverless memory size in GB.</summary>
    public const string MemoryGb = "memoryGb";

    public const string UsageType = "usagetype";
    public const string Group = "group";
    public const string VCpu = "vCpu";
    public const string Memory = "memory";
    public const string Gpu = "gpu";
    public const string GpuMemory = "gpuMemory";
}
