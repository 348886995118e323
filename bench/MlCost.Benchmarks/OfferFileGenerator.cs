using System.Globalization;
using System.Text;

namespace MlCost.Benchmarks;

/// <summary>
/// Writes a large offer file in the real Bulk API format (AWS's <c>"key" : value</c> spacing): SageMaker-shaped
/// "ML Instance" products with the attribute keys of real files, on-demand terms with one to three tiers,
/// and Reserved terms with an upfront fee — until the file reaches the size asked for.
/// </summary>
internal static class OfferFileGenerator
{
    private static readonly string[] Components = ["Hosting", "Training", "BatchTransform", "Processing", "AsyncInf", "Notebook"];
    private static readonly string[] UsageKinds = ["Host", "Train", "Tsform", "Processing", "AsyncInf", "Notebk"];
    private static readonly string[] Families = ["m5", "c5", "g4dn", "g5", "p3", "r5", "inf2", "trn1"];
    private static readonly string[] Sizes = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"];

    public static void Write(string path, long targetBytes)
    {
        var random = new Random(20261124);
        // About 2,270 bytes per product with its terms, measured on the output.
        var productCount = (int)(targetBytes / 2270) + 1;
        var skus = Enumerable.Range(0, productCount).Select(i => Sku(i)).ToArray();
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        file.Write("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for informational purposes only.\",\n");
        file.Write("  \"offerCode\" : \"AmazonSageMaker\",\n  \"version\" : \"20261101000000\",\n  \"publicationDate\" : \"2026-11-01T00:00:00Z\",\n  \"products\" : {\n");
        for (var i = 0; i < skus.Length; i++)
        {
            var c = i % Components.Length;
            var instance = $"ml.{Families[random.Next(Families.Length)]}.{Sizes[random.Next(Sizes.Length)]}";
            file.Write($"    \"{skus[i]}\" : {{\n      \"sku\" : \"{skus[i]}\",\n      \"productFamily\" : \"ML Instance\",\n      \"attributes\" : {{\n");
            Attributes(file, ("servicecode", "AmazonSageMaker"), ("location", "US East (N. Virginia)"), ("locationType", "AWS Region"),
                ("regionCode", "us-east-1"), ("usagetype", $"USE1-{UsageKinds[c]}:{instance}"), ("operation", "RunInstance"),
                ("instanceType", $"{instance}-{Components[c]}"), ("instanceName", instance), ("component", Components[c]),
                ("platoinstancetype", Components[c]), ("platoinstancename", instance), ("computeType", "CPU"),
                ("vCpu", random.Next(2, 97).ToString(CultureInfo.InvariantCulture)), ("memory", $"{random.Next(4, 769)} GiB"),
                ("gpu", "0"), ("gpuMemory", "N/A"), ("physicalGpu", "N/A"), ("clockSpeed", "3.1 GHz"),
                ("networkPerformance", "Up to 10 Gigabit"), ("processorArchitecture", "64-bit"), ("currentGeneration", "Yes"),
                ("servicename", "Amazon SageMaker"));
            file.Write(i == skus.Length - 1 ? "      }\n    }\n" : "      }\n    },\n");
        }
        file.Write("  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
        for (var i = 0; i < skus.Length; i++)
        {
            var tiers = 1 + i % 3;
            file.Write($"      \"{skus[i]}\" : {{\n        \"{skus[i]}.JRTCKXETXF\" : {{\n          \"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \"{skus[i]}\",\n          \"effectiveDate\" : \"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {{\n");
            long begin = 0;
            for (var t = 0; t < tiers; t++)
            {
                var end = t == tiers - 1 ? "Inf" : (begin + 1_000_000).ToString(CultureInfo.InvariantCulture);
                var price = (random.Next(50, 400_000) / 10_000m / (t + 1)).ToString("0.0000000000", CultureInfo.InvariantCulture);
                var rate = $"{skus[i]}.JRTCKXETXF.{Sku(t + 7)[..10]}";
                file.Write($"            \"{rate}\" : {{\n              \"rateCode\" : \"{rate}\",\n              \"description\" : \"${price} per On Demand hour\",\n              \"beginRange\" : \"{begin}\",\n              \"endRange\" : \"{end}\",\n              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {{\n                \"USD\" : \"{price}\"\n              }},\n              \"appliesTo\" : [ ]\n            }}{(t == tiers - 1 ? "" : ",")}\n");
                begin += 1_000_000;
            }
            file.Write($"          }},\n          \"termAttributes\" : {{ }}\n        }}\n      }}{(i == skus.Length - 1 ? "" : ",")}\n");
        }
        file.Write("    },\n    \"Reserved\" : {\n");
        var reserved = skus.Where((_, i) => i % 10 == 0).ToArray();
        for (var i = 0; i < reserved.Length; i++)
        {
            var sku = reserved[i];
            file.Write($"      \"{sku}\" : {{\n        \"{sku}.6QCMYABX3D\" : {{\n          \"offerTermCode\" : \"6QCMYABX3D\",\n          \"sku\" : \"{sku}\",\n          \"effectiveDate\" : \"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {{\n");
            file.Write($"            \"{sku}.6QCMYABX3D.2TG2D8R56U\" : {{\n              \"rateCode\" : \"{sku}.6QCMYABX3D.2TG2D8R56U\",\n              \"description\" : \"Upfront Fee\",\n              \"unit\" : \"Quantity\",\n              \"pricePerUnit\" : {{\n                \"USD\" : \"{random.Next(100, 90000)}\"\n              }},\n              \"appliesTo\" : [ ]\n            }},\n");
            file.Write($"            \"{sku}.6QCMYABX3D.6YS6EN2CT7\" : {{\n              \"rateCode\" : \"{sku}.6QCMYABX3D.6YS6EN2CT7\",\n              \"description\" : \"USD 0.0 per reserved instance applied\",\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {{\n                \"USD\" : \"0.0000000000\"\n              }},\n              \"appliesTo\" : [ ]\n            }}\n");
            file.Write($"          }},\n          \"termAttributes\" : {{\n            \"LeaseContractLength\" : \"1yr\",\n            \"OfferingClass\" : \"standard\",\n            \"PurchaseOption\" : \"All Upfront\"\n          }}\n        }}\n      }}{(i == reserved.Length - 1 ? "" : ",")}\n");
        }
        file.Write("    }\n  }\n}\n");
    }

    private static void Attributes(StreamWriter file, params (string Key, string Value)[] attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
            file.Write($"        \"{attributes[i].Key}\" : \"{attributes[i].Value}\"{(i == attributes.Length - 1 ? "" : ",")}\n");
    }

    /// <summary>A 16-character SKU in the Price List's alphabet.</summary>
    private static string Sku(int n)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = new char[16];
        var value = (ulong)n * 2654435761UL + 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < 16; i++)
        {
            chars[i] = alphabet[(int)(value % 32)];
            value = value / 32 ^ (ulong)(n + i) * 0x100000001B3UL;
        }
        return new string(chars);
    }
}
