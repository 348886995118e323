using MlCost.Pricing.Model;

namespace MlCost.Estimation.AiServices;

/// <summary>
/// Amazon Transcribe: per second of audio, in whole seconds, at least 15 a request (the minimum is from AWS's
/// Transcribe pricing page; the price data has none).
/// </summary>
public static class Transcribe
{
    public static readonly AiServiceDefinition Definition = new(Service.Transcribe,
        ["StartTranscriptionJob", "StartStreamTranscription", "StartCallAnalyticsJob",
         "StartCallAnalyticsStreamTranscription", "StartMedicalTranscriptionJob", "StartMedicalStreamTranscription"],
        new BillingRule("seconds", WorkloadMetric.AudioSeconds, WholeUnits: true, MinimumUnits: 15,
            Note: "Each request bills {units} s (whole seconds, at least 15 s: Transcribe's per-request minimum from its pricing page, not the price data)."))
    {
        FreeTier = [new(3_600, "first 12 months",
            "Amazon Transcribe pricing, Free Tier (aws.amazon.com/transcribe/pricing): 60 minutes a month of standard batch or streaming transcription, for 12 months; not in the Price List",
            ["StartTranscriptionJob", "StartStreamTranscription"])],
    };
}
