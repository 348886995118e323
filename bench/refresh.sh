#!/usr/bin/env bash
# Refresh benchmark (issue: live prices): `prices refresh` of one SageMaker region whose offer file is a
# generated file of at least MEGABYTES (default 300) in the real format, served on 127.0.0.1:
# wall time and peak working set. Target: peak memory under 300 MB (the refresh must stream).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-300}"
mkdir -p bench/out
dotnet build bench/MlCost.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet bench/MlCost.Benchmarks/bin/Release/net10.0/MlCost.Benchmarks.dll"
file="bench/out/sagemaker-offer-${size_mb}mb.json"
[ -f "$file" ] || $bench generate "$file" "$size_mb"
cache="$(mktemp -d)/cache"
$bench refresh "$file" "$cache"
rm -rf "$(dirname "$cache")"
