#!/usr/bin/env bash
# Measures SpecForge's emitted JSON converters against System.Text.Json's source generator on the same order DTOs
# (serialize and deserialize; median ns, bytes allocated, ratio against STJ measured in the same run).
# Usage: build/bench-serialization.sh [BenchmarkDotNet arguments, e.g. --filter '*Deserialize*']
# Exits 2 without measuring when the two sides do not write byte-identical JSON for the same order.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SpecForge.SerializationBenchmarks/SpecForge.SerializationBenchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet
# --no-build: the Release build above is what gets measured; BenchmarkDotNet refuses unoptimized assemblies.
dotnet run --project "$project" -c Release --no-build -- "$@"
