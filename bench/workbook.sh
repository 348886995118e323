#!/usr/bin/env bash
# Workbook benchmark (issue: Excel comparison): write the workbook of a 20-option scenario with a
# 10,000-row sweep, in one process: the cold write (JIT included), three warm writes, the peak working set.
# Target: under 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
dotnet bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll workbook pricing-cache bench/out/twenty-options.xlsx
