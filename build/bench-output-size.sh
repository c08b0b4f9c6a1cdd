#!/usr/bin/env bash
# How much C# each tool writes for the same spec: files, lines and MB of `specforge generate` (the Release CLI built
# from this source), NSwag's and Kiota's clients (installed and cached as in build/bench-consumer.sh), in one run.
# SpecForge is also run without validators, as models only, and with its mock (--no-validators, --no-client, --mock).
#
# Usage: build/bench-output-size.sh [--specs SPEC...]
#   --specs …  paths, or paths relative to ../shared/corpus (default: samples/Petstore.Sample/petstore.yaml,
#              vendor/discord-openapi.json, large/github-api.github.com.json, large/stripe-spec3.json)
# Needs ../shared/corpus beside the repository (SPECFORGE_CORPUS); without it the script says so and exits 0.
# Not part of CI. About 2 minutes the first time (peers generate), under a minute after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/peers.sh
source "$here/lib/peers.sh"

specs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --specs) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do specs+=("$1"); shift; done ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[ ${#specs[@]} -gt 0 ] || specs=(samples/Petstore.Sample/petstore.yaml vendor/discord-openapi.json large/github-api.github.com.json large/stripe-spec3.json)

require_corpus
started=$SECONDS
spec_paths=()
for spec in "${specs[@]}"; do spec_paths+=("$(resolve_spec "$spec")"); done

install_peers
build_cli

# Variants of SpecForge's output, each "label|arguments". `specforge generate` writes no mock unless --mock is given,
# so the default row is already "mock off".
chosen=(
  "validators off|--no-validators"
  "models only (no client, no validators)|--no-client --no-validators"
  "with the mock|--mock"
)

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

row() { printf '%-50s %7s %11s %8s %10s\n' "$@"; }
echo
# Peers first (cached after the first run), so their progress lines do not land inside the tables.
for spec in "${spec_paths[@]}"; do peer_output nswag "$spec" >/dev/null; peer_output kiota "$spec" >/dev/null; done

echo "Generated C# per tool: SpecForge (specforge generate), NSwag $NSWAG_VERSION (openapi2csclient, its defaults:"
echo "Newtonsoft.Json, a client class per operationId group), Kiota $KIOTA_VERSION (generate -l CSharp). MB of UTF-8 text."
for spec in "${spec_paths[@]}"; do
  nswag_dir="$(peer_output nswag "$spec")"
  kiota_dir="$(peer_output kiota "$spec")"
  read -r nswag_files nswag_lines nswag_mb < <(count_cs "$nswag_dir/src")

  echo
  echo "== $(basename "$spec") ($(du -k "$spec" | cut -f1) KB)"
  row tool files lines MB "lines vs NSwag"
  out="$scratch/specforge"
  rm -rf "$out"
  if run_generate specforge "$spec" "$out" >"$scratch/log" 2>&1; then status=""; else status=" (exit $?, diagnostics)"; fi
  read -r files lines mb < <(count_cs "$out")
  row "SpecForge$status" "$(thousands "$files")" "$(thousands "$lines")" "$mb" "$(ratio "$lines" "$nswag_lines")"
  for entry in "${chosen[@]}"; do
    IFS='|' read -r label arguments <<<"$entry"
    rm -rf "$out"
    # shellcheck disable=SC2086
    "$SPECFORGE_CLI" generate "$spec" -o "$out" -n Bench.SpecForge -c ApiClient $arguments >"$scratch/log" 2>&1 || true
    read -r files lines mb < <(count_cs "$out")
    row "SpecForge, $label" "$(thousands "$files")" "$(thousands "$lines")" "$mb" "$(ratio "$lines" "$nswag_lines")"
  done
  if [ -f "$nswag_dir/FAILED" ]; then row "NSwag (generation failed)" - - - -; else
    row NSwag "$(thousands "$nswag_files")" "$(thousands "$nswag_lines")" "$nswag_mb" "1.00x"; fi
  if [ -f "$kiota_dir/FAILED" ]; then row "Kiota (generation failed)" - - - -; else
    read -r files lines mb < <(count_cs "$kiota_dir/src")
    row Kiota "$(thousands "$files")" "$(thousands "$lines")" "$mb" "$(ratio "$lines" "$nswag_lines")"; fi
done
echo
echo "Total run time: $((SECONDS - started)) s."
