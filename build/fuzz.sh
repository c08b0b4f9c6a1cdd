#!/usr/bin/env bash
# Fuzzes SpecForge in process: mutants of the repository's fixtures and seed docs (and of ../shared/corpus when it is
# there) through generate, normalize and diff, each within 10 s and 1 GiB, judged as a user would judge the result.
# Usage: build/fuzz.sh [--count N] [--seed S] [--compile-every K] [--failures DIR] [--time-budget SECONDS] [--keep-going]
# Prints one line per failing case and the figures at the end; exits 1 when any case failed. Failing inputs are
# written to DIR (default fuzz-failures/) so each can become a fixture in tests/SpecForge.FuzzTests/Regressions.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/SpecForge.FuzzTests/SpecForge.FuzzTests.csproj"

dotnet build "$project" -c Release --nologo -v quiet
dotnet run --project "$project" -c Release --no-build -- "$@"
