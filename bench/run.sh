#!/usr/bin/env bash
# Offer-file reading benchmark (issue: pricing core). In one run, on the same files:
#  (a) the real Redshift offer file: BenchmarkDotNet, streaming reader vs JsonDocument.Parse vs JObject.Parse;
#  (b) a generated SageMaker-shaped offer file of >= 300 MB: each parser once in its own process,
#      wall time, throughput and peak working set, and the ratios against JObject.Parse.
# Usage: bench/run.sh [MEGABYTES]   (default 300; the file is kept in bench/out/ and reused)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-300}"
out="bench/out"
mkdir -p "$out"
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet $PWD/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"

redshift="$(cd ../shared/pricing-data/raw/bamcis-AWSPriceListApi && pwd)/AmazonRedshift.json"
echo "== (a) real Redshift offer file ($(du -h "$redshift" | cut -f1)), BenchmarkDotNet"
(cd "$out" && $bench redshift "$redshift" | grep -E '^\|' )

big="$out/sagemaker-offer-${size_mb}mb.json"
if [ ! -f "$big" ]; then $bench generate "$big" "$size_mb"; fi
echo
echo "== (b) generated offer file $big ($(du -h "$big" | cut -f1)), one read per parser, each in its own process"
results="$out/large.tsv"
: > "$results"
for parser in streaming JsonDocument.Parse JObject.Parse; do
  $bench measure "$parser" "$big" >> "$results"
done
awk -F'\t' '
  { name[NR]=$1; secs[NR]=$2; mbs[NR]=$3; peak[NR]=$4; count[NR]=$5; if ($1=="JObject.Parse") { base_mbs=$3; base_peak=$4 } }
  END {
    printf "%-20s %10s %10s %14s %16s %14s\n", "parser", "seconds", "MB/s", "peak MB", "throughput x", "peak memory x"
    for (i=1; i<=NR; i++)
      printf "%-20s %10.2f %10.1f %14d %16.2f %14.3f\n", name[i], secs[i], mbs[i], peak[i], mbs[i]/base_mbs, peak[i]/base_peak
    print "(ratios against JObject.Parse; target for streaming: throughput >= 3x, peak memory < 0.1x)"
  }' "$results"
