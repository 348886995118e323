using MlCost.Estimation.Components;
using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Lex V2: request/response calls per request (text or speech, by what the caller sends); streaming
/// conversations (StartConversation) per 15-second interval of what is streamed: speech, text or DTMF.
/// </summary>
public static class Lex
{
    public static readonly AiServiceDefinition Definition = new(Service.Lex, ["RecognizeText", "RecognizeUtterance", "StartConversation"], null)
    {
        ChargeMetrics = [WorkloadMetric.ConversationSeconds],
        Choices =
        [
            new("inputMode", Attr.InputMode, ["speech", "text", "dtmf"], "What a streaming conversation carries; each is priced per 15-second interval on its own.")
                { Operations = ["StartConversation"] },
        ],
        Charges =
        [
            new("requests", q => q.Calls) { Operations = ["RecognizeText", "RecognizeUtterance"] },
            new("15-second intervals", q => q.Calls * Expr.Ceiling(q.PerRequest(WorkloadMetric.ConversationSeconds) / 15m))
            {
                Operations = ["StartConversation"],
                Metric = WorkloadMetric.ConversationSeconds,
                Note = q => Label.Of($"Each conversation streams {q.PerRequest(WorkloadMetric.ConversationSeconds)} s, billed as {Expr.Ceiling(q.PerRequest(WorkloadMetric.ConversationSeconds) / 15m)} whole 15-second intervals."),
            },
        ],
    };
}
