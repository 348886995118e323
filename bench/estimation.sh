#!/usr/bin/env bash
# Estimation benchmarks (issue: compare and breakeven), in one run:
#  (a) BenchmarkDotNet: breakeven over a 20-option scenario (curves + every crossing of every pair), and a
#      sweep of 10^6 volumes over the same curves: time and allocations — for this tree and for a baseline
#      commit (default: the last one before cost components, override with BASELINE=<commit>), built from a
#      git worktree and measured in the same run, with the ratio new / baseline;
#  (b) `mlcost compare` on an example as a whole process against the same process printing --help (the
#      runtime's start-up floor): mean wall time over RUNS runs each, and the ratio.
# Usage: bench/estimation.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
baseline="${BASELINE:-4130fd1}"
mkdir -p bench/out
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
# The baseline, checked out outside this tree (BenchmarkDotNet looks for its project below the tree's root,
# and must find only one) and built the same way.
worktree="${TMPDIR:-/tmp}/mlcost-bench-baseline"
git worktree remove --force "$worktree" >/dev/null 2>&1 || rm -rf "$worktree"
git worktree prune
git worktree add --detach "$worktree" "$baseline" >/dev/null 2>&1
trap 'git worktree remove --force "$worktree" >/dev/null 2>&1 || true' EXIT
dotnet build "$worktree/bench/MlCost.Benchmarks" -c Release -v q -nologo >/dev/null
dotnet build src/MlCost.Cli -c Release -v q -nologo >/dev/null
# The same tool compiled ahead of time (ReadyToRun), as `dotnet publish` ships it.
dotnet publish src/MlCost.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/out/mlcost-r2r -v q -nologo >/dev/null
bench="dotnet $PWD/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"

old="dotnet $worktree/bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"

echo "== (a) breakeven, 20 options (BenchmarkDotNet), baseline $baseline then this tree"
# BenchmarkDotNet builds the project it finds under the working folder's tree: run each from inside its own.
mkdir -p "$worktree/bench/out/run" bench/out/run-new
(cd "$worktree/bench/out/run" && $old breakeven "$OLDPWD/pricing-cache" | grep -E '^\|')
(cd bench/out/run-new && $bench breakeven "$OLDPWD/pricing-cache" | grep -E '^\|')
report=BenchmarkDotNet.Artifacts/results/MlCost.Benchmarks.BreakevenBenchmarks-report.csv
mkdir -p bench/out/run-baseline && cp "$worktree/bench/out/run/$report" bench/out/run-baseline/report.csv
echo
echo "-- new / baseline (mean time; below 1 is faster)"
python3 - bench/out/run-baseline/report.csv "bench/out/run-new/$report" <<'PY'
import csv, re, sys
def means(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    def ms(text):
        value, unit = re.match(r"([\d.,]+)\s*(\S+)", text).groups()
        return float(value.replace(",", "")) * {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1, "s": 1000}[unit]
    return {r["Method"]: ms(r["Mean"]) for r in rows}
old, new = means(sys.argv[1]), means(sys.argv[2])
print(f"{'benchmark':44} {'baseline ms':>12} {'new ms':>10} {'ratio':>7}")
for name in new:
    print(f"{name:44} {old.get(name, float('nan')):12.2f} {new[name]:10.2f} {new[name] / old.get(name, float('nan')):7.2f}")
PY

echo
echo "== (b) whole process, mean of $runs runs (after one warm-up run each)"
source bench/mean-ms.sh
dotnet build "$worktree/src/MlCost.Cli" -c Release -v q -nologo >/dev/null
for build in "JIT (dotnet build):$PWD/src/MlCost.Cli/bin/Release/net10.0/mlcost" "ReadyToRun (dotnet publish):$PWD/bench/out/mlcost-r2r/mlcost" \
             "baseline $baseline, JIT:$worktree/src/MlCost.Cli/bin/Release/net10.0/mlcost"; do
  name="${build%%:*}"; mlcost="${build#*:}"
  help_ms=$(mean_ms "$mlcost" --help)
  compare_ms=$(mean_ms "$mlcost" compare examples/document-extraction.json --cache pricing-cache)
  json_ms=$(mean_ms "$mlcost" compare examples/document-extraction.json --cache pricing-cache --format json)
  echo "-- $name"
  awk -v h="$help_ms" -v c="$compare_ms" -v j="$json_ms" 'BEGIN {
    printf "%-44s %8s %8s\n", "command", "ms", "ratio"
    printf "%-44s %8d %8.2f\n", "mlcost --help (start-up floor)", h, 1
    printf "%-44s %8d %8.2f\n", "mlcost compare document-extraction.json", c, c / h
    printf "%-44s %8d %8.2f\n", "mlcost compare ... --format json", j, j / h
  }'
done
echo "(target: compare under 2x the start-up floor)"
