#!/usr/bin/env bash
# recommend's speed (issue: recommend over 60 instance types × 5 kinds answers in under a second), in one run:
#  (a) BenchmarkDotNet: recommend over every instance type the us-east-1 snapshot names (73) × the 4 kinds it
#      searches, plus the scenario's 4 own options (ai-service, realtime, serverless, multi-model: 5 kinds), against
#      the baseline of pricing those 4 options alone (compare's work), with the ratio;
#  (b) `mlcost recommend` on that scenario as a whole process, against `mlcost --help` (the start-up floor):
#      mean wall time over RUNS runs each, and the ratio.
# Usage: bench/recommend.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mkdir -p bench/out/run-recommend
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/MlCost.Cli -c Release -v q -nologo >/dev/null
bench="dotnet $PWD/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"
mlcost="dotnet $PWD/src/MlCost.Cli/bin/Release/net10.0/mlcost.dll"

echo "== (a) recommend vs compare of the same scenario's options (BenchmarkDotNet)"
(cd bench/out/run-recommend && $bench recommend "$OLDPWD/pricing-cache" | grep -E '^\|')

scenario=bench/out/run-recommend/recommend.json
$bench recommend-scenario pricing-cache "$scenario"
echo
echo "== (b) whole process, mean of $runs runs (after one warm-up run each)"
source bench/mean-ms.sh
help=$(mean_ms $mlcost --help)
recommend=$(mean_ms $mlcost recommend "$scenario" --cache pricing-cache --top 300)
echo "mlcost --help:      ${help} ms"
echo "mlcost recommend:   ${recommend} ms ($(grep -c instanceType "$scenario") instance types × 4 kinds + 4 options)"
python3 -c "print(f'ratio recommend / --help: {$recommend / $help:.2f}')"
