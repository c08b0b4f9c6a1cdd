#!/usr/bin/env bash
# Whole-process CPU time (user + system, from /usr/bin/time) of `specforge generate` (the Release CLI built from this
# source, run through its apphost like an installed tool) against NSwag's CLI (openapi2csclient) and Kiota's CLI
# (generate -l CSharp), each writing a client for the same spec into an empty folder. Runs alternate
# (SpecForge NSwag Kiota SpecForge NSwag Kiota …); one first run of each per spec is reported on its own (disk cache,
# nothing else: each run is a new process, so every run pays the JIT). Prints medians, min–max and ratios to NSwag.
#
# Usage: build/bench-cli-cpu.sh [--runs N] [--ready-to-run] [--specs SPEC...]
#   --runs N   timed runs per tool and spec after the first one (default 5)
#   --ready-to-run  also time the CLI published ReadyToRun (specforge-r2r), in the same alternation
#   --specs …  paths, or paths relative to ../shared/corpus (default: large/github-api.github.com.json large/stripe-spec3.json)
# Needs ../shared/corpus beside the repository (SPECFORGE_CORPUS); without it the script says so and exits 0.
# Not part of CI. About 4 minutes on 2 cores with the defaults (Kiota on Stripe is most of it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/peers.sh
source "$here/lib/peers.sh"

runs=5
specs=()
ready_to_run=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --ready-to-run) ready_to_run=1; shift ;;
    --specs) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do specs+=("$1"); shift; done ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs takes a number of at least 1, not $runs"
[ ${#specs[@]} -gt 0 ] || specs=(large/github-api.github.com.json large/stripe-spec3.json)
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time': apt-get install -y time)"

require_corpus
started=$SECONDS
spec_paths=()
for spec in "${specs[@]}"; do spec_paths+=("$(resolve_spec "$spec")"); done

install_peers
build_cli

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
tools=(specforge nswag kiota)
if [ -n "$ready_to_run" ]; then
  publish_cli_r2r
  tools=(specforge specforge-r2r nswag kiota)
fi
declare -A cpu wall first_cpu failed

# One run into an empty folder; prints "cpu wall" in seconds. The folder is emptied before the clock starts.
measure() {
  local tool="$1" spec="$2" out="$scratch/out-$1" times="$scratch/time-$1"
  rm -rf "$out" && mkdir -p "$out"
  generate_argv "$tool" "$spec" "$out"
  if ! /usr/bin/time -o "$times" -f '%U %S %e' "${GENERATE_ARGV[@]}" >"$scratch/log-$tool" 2>&1; then
    # specforge generate exits 1 when the spec has errors but still writes what it can; any other tool failing is fatal.
    [ -n "$(find "$out" -name '*.cs' -print -quit)" ] || { cat "$scratch/log-$tool" >&2; return 1; }
  fi
  awk '{printf "%.2f %.2f\n", $1 + $2, $3}' "$times"
}

for spec in "${spec_paths[@]}"; do
  name="$(basename "$spec")"
  for tool in "${tools[@]}"; do
    log "first run: $tool on $name"
    if result="$(measure "$tool" "$spec")"; then
      read -r "first_cpu[$name/$tool]" _ <<<"$result"
    else
      failed[$name/$tool]=1
    fi
  done
  for run in $(seq 1 "$runs"); do
    line=""
    for tool in "${tools[@]}"; do
      [ -n "${failed[$name/$tool]:-}" ] && continue
      result="$(measure "$tool" "$spec")" || die "$tool failed on $name in run $run"
      read -r c w <<<"$result"
      cpu[$name/$tool]="${cpu[$name/$tool]:-} $c"
      wall[$name/$tool]="${wall[$name/$tool]:-} $w"
      line+=" $tool ${c}s cpu/${w}s wall;"
    done
    log "$name run $run/$runs:$line"
  done
done

# $1 = median, min_of or max_of; $2 = cpu or wall; $3 = "spec/tool": that statistic of its runs.
stat_of() {
  local -n series="$2"
  local -a values
  read -r -a values <<<"${series[$3]}"
  "$1" "${values[@]}"
}

echo
echo "Whole-process generate, CPU = user + system (/usr/bin/time), $runs runs alternating after one first run each."
echo "SDK $(dotnet --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)."
echo "SpecForge: specforge generate (Release); NSwag.ConsoleCore $NSWAG_VERSION openapi2csclient; Kiota $KIOTA_VERSION generate -l CSharp."
for spec in "${spec_paths[@]}"; do
  name="$(basename "$spec")"
  echo
  echo "== $name ($(du -k "$spec" | cut -f1) KB)"
  printf '%-14s %13s %15s %9s %14s %13s\n' tool "median CPU s" "min-max CPU s" "vs NSwag" "median wall s" "first run CPU"
  nswag_median=""
  [ -n "${cpu[$name/nswag]:-}" ] && nswag_median="$(stat_of median cpu "$name/nswag")"
  for tool in "${tools[@]}"; do
    key="$name/$tool"
    if [ -n "${failed[$key]:-}" ]; then printf '%-14s %s\n' "$tool" "failed: see the log above"; continue; fi
    med="$(stat_of median cpu "$key")"
    printf '%-14s %13s %15s %9s %14s %13s\n' "$tool" "$med" "$(stat_of min_of cpu "$key")-$(stat_of max_of cpu "$key")" \
      "$(ratio "$med" "$nswag_median")" "$(stat_of median wall "$key")" "${first_cpu[$key]}"
  done
done
echo
echo "Total run time: $((SECONDS - started)) s."
