#!/usr/bin/env bash
# Measures `specforge diff` (SpecDiff.Compare: read both documents, compare) on GitHub's spec against a copy with 50
# edits, next to JsonDocument.Parse of both texts, and prints medians and the ratio. The issue's bar: under 1 s warm.
# Needs ../shared/corpus/large beside the repository; without it the benchmark says so and exits 0.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SpecForge.Benchmarks/SpecForge.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo -v quiet
dotnet run --project "$project" -c Release --no-build -- diff "$@"
