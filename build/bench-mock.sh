#!/usr/bin/env bash
# Mock server throughput: the generated Map<Base>Mock (tests/SpecForge.MockBenchmarks) against Prism 5, both serving
# tests/SpecForge.MockBenchmarks/bench-pets.yaml on loopback and driven by wrk with the same request mix
# (GET /pets, GET /pets?limit=5&status=available, GET /pets/1, POST /pets with a valid body). Not part of CI.
# Needs: .NET 10 SDK, node + npm (Prism goes to ~/.cache/specforge-prism, outside the repository), wrk.
# Tunables: RUNS (5), DURATION (5s), WARMUP (3s), CONNECTIONS (32), THREADS (2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RUNS="${RUNS:-5}" DURATION="${DURATION:-5s}" WARMUP="${WARMUP:-3s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}"
SPEC="tests/SpecForge.MockBenchmarks/bench-pets.yaml"
PRISM_HOME="$HOME/.cache/specforge-prism"
ARTIFACTS="${ARTIFACTS:-/tmp/specforge-bench-mock}"
SPECFORGE_PORT="${SPECFORGE_PORT:-4020}" PRISM_PORT="${PRISM_PORT:-4021}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -x "$PRISM_HOME/node_modules/.bin/prism" ]; then
  echo "Installing Prism 5 into $PRISM_HOME"
  npm install --prefix "$PRISM_HOME" @stoplight/prism-cli@5 >/dev/null
fi

dotnet build tests/SpecForge.MockBenchmarks -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo
host_dll="$(find "$ARTIFACTS/bin/SpecForge.MockBenchmarks" -name SpecForge.MockBenchmarks.dll -path '*release*' | head -1)"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -f "$mix"; }
mix="$(mktemp --suffix .lua)"
trap cleanup EXIT

dotnet "$host_dll" "$SPECFORGE_PORT" >/dev/null 2>&1 & pids+=($!)
"$PRISM_HOME/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$PRISM_PORT" "$SPEC" >/dev/null 2>&1 & pids+=($!)

wait_for() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/pets/1" && return 0
    sleep 0.5
  done
  echo "server on port $1 did not come up" >&2; exit 1
}
wait_for "$SPECFORGE_PORT"
wait_for "$PRISM_PORT"

cat > "$mix" <<'LUA'
local body = '{"name":"Kitty","tag":"cat","status":"available"}'
local requests = {}
local index = 0
function init(args)
  requests[1] = wrk.format("GET", "/pets")
  requests[2] = wrk.format("GET", "/pets?limit=5&status=available")
  requests[3] = wrk.format("GET", "/pets/1")
  requests[4] = wrk.format("POST", "/pets", { ["Content-Type"] = "application/json" }, body)
end
function request()
  index = index % #requests + 1
  return requests[index]
end
LUA

# Both must answer the mix the same way before they are timed.
for port in "$SPECFORGE_PORT" "$PRISM_PORT"; do
  codes="$(for target in /pets "/pets?limit=5&status=available" /pets/1; do curl -s -o /dev/null -w '%{http_code} ' "http://127.0.0.1:$port$target"; done)"
  codes+="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{"name":"Kitty","tag":"cat","status":"available"}' "http://127.0.0.1:$port/pets")"
  echo "port $port answers the mix with: $codes"
done

# Requests/second of one wrk run; a run with error statuses is reported, since it would not measure the same work.
rps() {
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s "$mix" "http://127.0.0.1:$1")"
  if grep -q 'Non-2xx' <<<"$out"; then echo "port $1: $(grep 'Non-2xx' <<<"$out")" >&2; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -a specforge prism
echo "warming up ($WARMUP each)"
rps "$SPECFORGE_PORT" "$WARMUP" >/dev/null
rps "$PRISM_PORT" "$WARMUP" >/dev/null
for run in $(seq 1 "$RUNS"); do
  specforge+=("$(rps "$SPECFORGE_PORT" "$DURATION")")
  prism+=("$(rps "$PRISM_PORT" "$DURATION")")
  echo "run $run: SpecForge ${specforge[-1]} req/s, Prism ${prism[-1]} req/s"
done

sf_median="$(median "${specforge[@]}")"
prism_median="$(median "${prism[@]}")"
printf '\n%-28s %12s\n' "mock ($RUNS runs of $DURATION, -c$CONNECTIONS)" "median req/s"
printf '%-28s %12.0f\n' "SpecForge Map<Base>Mock" "$sf_median" "Prism 5" "$prism_median"
awk -v a="$sf_median" -v b="$prism_median" 'BEGIN {printf "ratio (SpecForge / Prism)    %12.1fx\n", a / b}'
