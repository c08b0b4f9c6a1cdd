# shellcheck shell=bash
# Shared by build/bench-consumer.sh, build/bench-output-size.sh and build/bench-cli-cpu.sh; sourced, never run.
# Installs the peers (NSwag and Kiota, as dotnet tools into a cache folder), generates and caches their clients per spec,
# builds the SpecForge CLI and packs the generator outside the repository's obj/ folders, and counts generated output.
#
# Everything lives under $SPECFORGE_PEERS (default ~/.cache/specforge-peers), outside the repository:
#   nswag-<version>/, kiota-<version>/   the tools (dotnet tool install --tool-path)
#   out/<tool>-<version>-<settings hash>/<spec hash>/   generated clients, reused while spec, tool and settings are the same
#   artifacts/, feed/   the Release CLI and the packed generator (rebuilt from the current source each run)
#   consumer/   the console projects of build/bench-consumer.sh and their private packages folder

# shellcheck disable=SC2034 # the versions and settings below are read by the scripts that source this file
NSWAG_VERSION=14.8.0
KIOTA_VERSION=1.38.0
# Runtime packages the generated peers compile against (what their docs tell users to reference).
KIOTA_RUNTIME_VERSION=2.1.6
NEWTONSOFT_VERSION=13.0.4

# Settings that decide what a peer writes; part of the cache key, so changing one regenerates.
# NSwag: its defaults (Newtonsoft.Json, one client class per operationId group named "{controller}Client") with a fixed
# namespace. A fixed /classname without {controller} gives every group the same class name and nothing compiles;
# /JsonLibrary:SystemTextJson ("experimental" in NSwag's help) compiled and failed on the same specs as the default where
# tried (Box, Slack, Azure Service Fabric, Twilio, GitHub).
# Kiota: C#, without the members it keeps for backward compatibility only.
NSWAG_ARGS=(/namespace:Bench.NSwag)
KIOTA_ARGS=(-l CSharp -n Bench.Kiota -c ApiClient --exclude-backward-compatible --log-level Error)

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${SPECFORGE_CORPUS:-$(cd "$bench_root/.." && pwd)/shared/corpus}"
PEERS="${SPECFORGE_PEERS:-$HOME/.cache/specforge-peers}"
NSWAG="$PEERS/nswag-$NSWAG_VERSION/nswag"
KIOTA="$PEERS/kiota-$KIOTA_VERSION/kiota"
SPECFORGE_CLI="$PEERS/artifacts/bin/SpecForge.Cli/release/specforge"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Kiota would otherwise look for a newer version of itself and print hints after each command.
export KIOTA_OFFLINE_ENABLED=true KIOTA_CLI_TELEMETRY_OPTOUT=true KIOTA_TUTORIAL_ENABLED=false KIOTA_CONSOLE_COLORS_ENABLED=false

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo "error: $*" >&2; exit 1; }

# The corpus lives beside the repository; a fresh clone without it has nothing to measure, which is not a failure.
require_corpus() {
  if [ ! -d "$CORPUS" ]; then
    echo "Skipping the benchmark: the spec corpus $CORPUS is not there (set SPECFORGE_CORPUS to use another folder)."
    exit 0
  fi
}

# A spec argument is a path, or a path relative to the corpus folder.
resolve_spec() {
  local spec="$1"
  if [ -f "$spec" ]; then (cd "$(dirname "$spec")" && echo "$PWD/$(basename "$spec")"); return; fi
  if [ -f "$CORPUS/$spec" ]; then echo "$CORPUS/$spec"; return; fi
  if [ -f "$bench_root/$spec" ]; then echo "$bench_root/$spec"; return; fi
  die "spec not found: $spec (neither a path nor relative to $CORPUS)"
}

hash_of() { cat "$@" | sha256sum | cut -c1-16; }
hash_text() { printf '%s' "$*" | sha256sum | cut -c1-16; }

install_peers() {
  if [ ! -x "$NSWAG" ]; then
    log "installing NSwag.ConsoleCore $NSWAG_VERSION into $PEERS"
    dotnet tool install NSwag.ConsoleCore --version "$NSWAG_VERSION" --tool-path "$PEERS/nswag-$NSWAG_VERSION" >/dev/null
  fi
  if [ ! -x "$KIOTA" ]; then
    log "installing Microsoft.OpenApi.Kiota $KIOTA_VERSION into $PEERS"
    dotnet tool install Microsoft.OpenApi.Kiota --version "$KIOTA_VERSION" --tool-path "$PEERS/kiota-$KIOTA_VERSION" >/dev/null
  fi
}

# Sets GENERATE_ARGV to the one command line each tool is run, timed and cached with: $1 = tool, $2 = spec, $3 = output folder.
generate_argv() {
  case "$1" in
    specforge) GENERATE_ARGV=("$SPECFORGE_CLI" generate "$2" -o "$3" -n Bench.SpecForge -c ApiClient) ;;
    specforge-r2r) GENERATE_ARGV=("$SPECFORGE_CLI_R2R" generate "$2" -o "$3" -n Bench.SpecForge -c ApiClient) ;;
    nswag) GENERATE_ARGV=("$NSWAG" openapi2csclient "/input:$2" "/output:$3/Client.cs" "${NSWAG_ARGS[@]}") ;;
    kiota) GENERATE_ARGV=("$KIOTA" generate -d "$2" -o "$3" --clean-output "${KIOTA_ARGS[@]}") ;;
    *) die "unknown tool $1" ;;
  esac
}

run_generate() {
  generate_argv "$@"
  "${GENERATE_ARGV[@]}"
}

# Prints the folder holding NSwag's or Kiota's client for a spec, generating it only when spec, tool version or settings
# changed. A failed generation is cached too (folder with FAILED and the log), so a rerun does not retry it for nothing.
peer_output() {
  local tool="$1" spec="$2" version settings key dir tmp
  case "$tool" in
    nswag) version="$NSWAG_VERSION"; settings="${NSWAG_ARGS[*]}" ;;
    kiota) version="$KIOTA_VERSION"; settings="${KIOTA_ARGS[*]}" ;;
    *) die "unknown peer $tool" ;;
  esac
  key="$(hash_of "$spec")"
  dir="$PEERS/out/$tool-$version-$(hash_text "$settings")/$key"
  if [ ! -f "$dir/.done" ]; then
    tmp="$dir.tmp.$$"
    rm -rf "$tmp" && mkdir -p "$tmp/src"
    log "generating the $tool client for $(basename "$spec")"
    if run_generate "$tool" "$spec" "$tmp/src" >"$tmp/generate.log" 2>&1; then :; else touch "$tmp/FAILED"; fi
    touch "$tmp/.done"
    rm -rf "$dir" && mv "$tmp" "$dir"
  fi
  echo "$dir"
}

# The Release CLI, built from the current source into a private artifacts folder (never the repository's obj/).
build_cli() {
  log "building the SpecForge CLI (Release)"
  dotnet build "$bench_root/src/SpecForge.Cli/SpecForge.Cli.csproj" -c Release --artifacts-path "$PEERS/artifacts" \
    -nologo -v quiet -clp:ErrorsOnly >"$PEERS/cli-build.log" 2>&1 || { cat "$PEERS/cli-build.log" >&2; die "the CLI did not build"; }
  [ -x "$SPECFORGE_CLI" ] || die "$SPECFORGE_CLI missing after the build"
}

# The same CLI published ReadyToRun (framework-dependent, linux-x64): its own code and its dependencies precompiled,
# so a short-lived process JIT-compiles less.
SPECFORGE_CLI_R2R="$PEERS/cli-r2r/specforge"
publish_cli_r2r() {
  log "publishing the SpecForge CLI ReadyToRun (Release, linux-x64)"
  rm -rf "$PEERS/cli-r2r"
  dotnet publish "$bench_root/src/SpecForge.Cli/SpecForge.Cli.csproj" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$PEERS/cli-r2r" --artifacts-path "$PEERS/artifacts-r2r" \
    -nologo -v quiet -clp:ErrorsOnly >"$PEERS/cli-r2r.log" 2>&1 || { cat "$PEERS/cli-r2r.log" >&2; die "the ReadyToRun publish failed"; }
  [ -x "$SPECFORGE_CLI_R2R" ] || die "$SPECFORGE_CLI_R2R missing after the publish"
}

# The generator package, packed from the current source into $PEERS/feed as PackedConsumerFixture does.
pack_generator() {
  log "packing the SpecForge generator (Release) into $PEERS/feed"
  rm -f "$PEERS"/feed/SpecForge.*.nupkg
  dotnet pack "$bench_root/src/SpecForge.Generator/SpecForge.Generator.csproj" -c Release -o "$PEERS/feed" \
    --artifacts-path "$PEERS/artifacts" -nologo -v quiet -clp:ErrorsOnly >"$PEERS/pack.log" 2>&1 || { cat "$PEERS/pack.log" >&2; die "dotnet pack failed"; }
  SPECFORGE_PACKAGE_VERSION="$(basename "$(find "$PEERS/feed" -maxdepth 1 -name 'SpecForge.[0-9]*.nupkg' | head -1)" .nupkg)"
  SPECFORGE_PACKAGE_VERSION="${SPECFORGE_PACKAGE_VERSION#SpecForge.}"
}

# "files lines megabytes" of the C# files under a folder (Kiota's kiota-lock.json is not code and not counted).
count_cs() {
  find "$1" -name '*.cs' -type f -print0 | xargs -0 -r cat | wc -lc | awk -v files="$(find "$1" -name '*.cs' -type f | wc -l)" \
    '{printf "%d %d %.2f\n", files, $1, $2 / 1048576}'
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else printf "%.2f\n", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
min_of() { printf '%s\n' "$@" | sort -g | head -1; }
max_of() { printf '%s\n' "$@" | sort -g | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "nan" || b == "nan" || b == 0) print "n/a"; else printf "%.2fx\n", a / b}'; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
