#!/usr/bin/env bash
# Regenerates every committed artifact listed in specs/specforge.json (normalized seed specs, SDK surfaces) and prints
# the API-level diff against what was committed. Pass --check to write nothing and fail when anything is stale, as
# .ci/run does. Run from anywhere: file names inside the specs are relative to the repository root either way.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run --project src/SpecForge.Cli -v quiet -- regen --manifest specs/specforge.json "$@"
