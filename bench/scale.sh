#!/usr/bin/env bash
# Full-size price caches (issue: prices that hold up at the Price List's real size), in one run:
#  (a) writes a clearly synthetic cache: the snapshot with every SageMaker region file made full-size — every instance
#      type of the SageMaker service model × every instance-hour component, on-demand and under six Savings Plans
#      (tests/Shared/SyntheticSageMaker.cs; never the snapshot);
#  (b) whole process, round by round (bench/interleave.py): `mlcost --help` (the start-up floor), `mlcost compare` of an
#      example on the snapshot, and the same on the synthetic cache, with the ratios against --help — for the JIT build
#      (`dotnet build`, what `dotnet run` runs) and the tool as users get it (`dotnet pack`, then `dotnet tool install`
#      from that feed: this platform's package, compiled ahead of time);
#  (c) the analyzers' price file of each cache (what the analyzer package would carry) and the analyzer DLL's size.
# Usage: bench/scale.sh [RUNS] [EXAMPLE]   (defaults 10, examples/chatbot.json)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
example="${2:-examples/chatbot.json}"
models="${MLCOST_SHARED_AWS_SDK_MODEL:-../shared/aws-sdk-model}"
out=bench/out/scale
rm -rf "$out" && mkdir -p "$out"
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/MlCost.Cli -c Release -v q -nologo >/dev/null
dotnet pack src/MlCost.Cli -c Release -o "$out/feed" -v q -nologo >/dev/null
printf '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="feed" value="%s" /></packageSources></configuration>' \
  "$PWD/$out/feed" > "$out/nuget.config"
# A package cache of its own: the user's may hold an older package of the same version.
NUGET_PACKAGES="$PWD/$out/packages" dotnet tool install MlCost.Tool --tool-path "$out/tool" --configfile "$out/nuget.config" >/dev/null
platform=$(basename "$(ls -d "$out"/tool/.store/mlcost.tool/*/mlcost.tool.* | head -1)")
bench="dotnet $PWD/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"

echo "== (a) synthetic full-size cache"
$bench synthetic-cache pricing-cache "$out/cache" "$models"

echo
for build in "JIT (dotnet build):$PWD/src/MlCost.Cli/bin/Release/net10.0/mlcost" "installed tool (package ${platform#mlcost.tool.}):$PWD/$out/tool/mlcost"; do
  mlcost="${build#*:}"
  echo
  echo "== (b) whole process, ${build%%:*}: median of $runs rounds (after one warm-up run each), $example"
  python3 bench/interleave.py "$runs" "--help=$mlcost --help" "compare(snapshot)=$mlcost compare $example --cache pricing-cache" \
    "compare(synthetic)=$mlcost compare $example --cache $out/cache"
done
echo
echo "== (c) the analyzers' price file"
wc -lc pricing-cache/analyzer-prices.tsv "$out/cache/analyzer-prices.tsv" | sed '$d'
ls -l analyzers/MlCost.Analyzers/bin/Release/netstandard2.0/MlCost.Analyzers.dll | awk '{print "MlCost.Analyzers.dll: " $5 " bytes"}'
