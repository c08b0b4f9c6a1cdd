#!/usr/bin/env bash
# Regenerates the committed normalized specs from the seed docs in specs/. Run from anywhere; paths in
# x-specforge-source come out repository-relative because the CLI runs from the repository root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

specforge() { dotnet run --project src/SpecForge.Cli -v quiet -- "$@"; }

specforge normalize specs/trustpager/trustpager-full-reference.md \
  --output specs/trustpager/trustpager.openapi.json --title TrustPager

specforge normalize specs/mindhunters/get-a-single-pbx-extension-connector.md specs/mindhunters/create-a-contact-pool.txt specs/mindhunters/llms.v2.txt \
  --output specs/mindhunters/mindhunters.openapi.json --title Mindhunters
