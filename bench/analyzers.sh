#!/usr/bin/env bash
# Analyzer benchmark (issue: MlCost.Analyzers), NetAnalyzers style: all MlCost analyzers against an empty
# analyzer over (a) 1,000 generated files with no AWS SDK use and (b) 1,000 files using the SDK heavily.
# Overhead = MlCost / empty - 1, printed per case. Targets: under 2% on (a), under 10% on (b).
# (c), the same amount of SDK code written the cost-conscious way (nothing to fix: only MLC0012's statement of what
# each bounded training job can cost at most, one Info a file), separates the cost of finding from the cost of
# reporting. The SDK-using files reference the generated AWS SDK shapes (MlCost.AwsSdkShapes.dll) as real code
# references AWSSDK.*. Two rows are for reference. "Binding every candidate" (an analyzer that only
# asks the semantic model what each `new ...Request`, `new ProductionVariant` and `InvokeEndpoint(Async)` call is):
# the re-binding the rules avoid by reading syntax first. "Reporting the findings alone" (an analyzer that analyses
# nothing and reports MlCost's diagnostics where MlCost reports them): the analyzer driver's own handling of that
# many findings, which any analyzer reporting them pays; the rest of MlCost's overhead in (b) is its analysis.
# Then the same cases again, interleaved round by round with one compiler thread, reporting CPU time too: on this
# 2-core machine wall times of one configuration vary by 10–35% between runs, so read single figures with care;
# the allocation figures are steadier.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet $PWD/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"
(cd bench/out && $bench analyzers) | tee bench/out/analyzers.txt | grep -E '^\|'
awk -F'|' '
  function ms(x) { gsub(/[ ,]/, "", x); if (x ~ /ms$/) { sub(/ms$/, "", x); return x } if (x ~ /us$/) { sub(/us$/, "", x); return x / 1000 } if (x ~ /s$/) { sub(/s$/, "", x); return x * 1000 } return x }
  /^\|/ && /\(a\) no AWS SDK: empty/ {a0=ms($3)} /^\|/ && /\(a\) no AWS SDK: MlCost/ {a1=ms($3)}
  /^\|/ && /\(b\) heavy AWS SDK use: empty/ {b0=ms($3)} /^\|/ && /\(b\) heavy AWS SDK use: MlCost/ {b1=ms($3)} /^\|/ && /\(b\) heavy AWS SDK use: binding every candidate/ {bf=ms($3)} /^\|/ && /\(b\) heavy AWS SDK use: reporting the findings alone/ {br=ms($3)}
  /^\|/ && /\(c\) heavy, cost-conscious AWS SDK use: empty/ {c0=ms($3)} /^\|/ && /\(c\) heavy, cost-conscious AWS SDK use: MlCost/ {c1=ms($3)} /^\|/ && /\(c\) heavy, cost-conscious AWS SDK use: binding every candidate/ {cf=ms($3)}
  END {
    printf "overhead (a) no AWS SDK: %+.1f%% (target < 2%%)\n", (a1/a0-1)*100
    printf "overhead (b) heavy AWS SDK use: %+.1f%% (target < 10%%); binding every candidate %+.1f%%; reporting the findings alone %+.1f%%\n", (b1/b0-1)*100, (bf/b0-1)*100, (br/b0-1)*100
    printf "overhead (c) heavy, cost-conscious SDK use: %+.1f%%; binding every candidate %+.1f%%\n", (c1/c0-1)*100, (cf/c0-1)*100
  }' bench/out/analyzers.txt
# Tiered compilation off so that no method is re-compiled in the middle of the measured rounds.
(cd bench/out && DOTNET_TieredCompilation=0 $bench analyzers-interleaved 16) | tee -a bench/out/analyzers.txt
