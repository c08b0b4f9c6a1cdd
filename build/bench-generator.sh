#!/usr/bin/env bash
# Measures a whole SpecForge generator run on the large corpus specs against JsonDocument.Parse of the same text.
# Usage: build/bench-generator.sh [BenchmarkDotNet arguments, e.g. --filter '*Generator*']
# build/bench-generator.sh rerun: the generator run again after a one-schema edit (GeneratorRerunBenchmarks).
# Needs ../shared/corpus/large beside the repository; without it the benchmark says so and exits 0.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SpecForge.Benchmarks/SpecForge.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet
# --no-build: the Release build above is what gets measured; BenchmarkDotNet refuses unoptimized assemblies.
dotnet run --project "$project" -c Release --no-build -- "$@"
