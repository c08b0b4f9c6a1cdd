#!/usr/bin/env bash
# What users pay on every build: one console project per tool and spec, rebuilt after an edit of Program.cs only.
#   specforge      the generator by PackageReference (packed from this source into a local feed) and <SpecForgeSpec>
#   specforge-lib  the same SDK in a class library of its own, referenced by the console app (README's recommendation)
#   specforge-cached  the specforge app with the compiler server's generator driver cache on
#                  (<Features>enable-generator-cache</Features>, the README's opt-in; the same as specforge with --servers off)
#   nswag, kiota   their generated files checked in (generated once per spec and cached), with their runtime packages
#   empty-app      the same console app with no SDK at all: the floor any rebuild pays, measured in the same rounds
# Each project is built once (restore included; this starts the build servers); then, for N rounds, Program.cs gets a real text
# edit and `dotnet build --no-restore` of each project is timed, the projects alternating (A B C D A B C D …, the first
# one rotating each round). Prints, per spec, the generated files, lines and MB, whether each project compiled, the
# median rebuild (min–max) and its ratios.
#
# Usage: build/bench-consumer.sh [--pairs N] [--servers on|off] [--specs SPEC...] [--sizes-only [arguments]]
#   --pairs N    timed rebuilds per project (default 5; 0 only builds and reports what compiles)
#   --servers    on (default): the compiler server and MSBuild node reuse, as `dotnet build` has them on a developer's
#                machine, whatever this shell's environment says (CI images often export UseSharedCompilation=false
#                and MSBUILDDISABLENODEREUSE=1, which makes every build start a cold compiler); off: both disabled
#   --specs …    paths, or paths relative to ../shared/corpus (default: large/github-api.github.com.json
#                apisguru/slack.com_1.2.0_swagger.yaml, a mid-size spec whose output all three tools compile)
#   --sizes-only runs build/bench-output-size.sh instead (generated lines and files per tool, no builds)
# Projects, logs and the private NuGet packages folder stay in ~/.cache/specforge-peers/consumer (SPECFORGE_PEERS).
# Needs ../shared/corpus beside the repository (SPECFORGE_CORPUS); without it the script says so and exits 0.
# Not part of CI. 16 minutes on 2 shared, loaded cores with the defaults (GitHub's SDK compiled in the app is half of it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/peers.sh
source "$here/lib/peers.sh"

pairs=5
servers=on
specs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs="${2:?--pairs needs a number}"; shift 2 ;;
    --servers) servers="${2:?--servers needs on or off}"; shift 2 ;;
    --specs) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do specs+=("$1"); shift; done ;;
    --sizes-only) shift; exec "$here/bench-output-size.sh" "$@" ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$pairs" =~ ^[0-9]+$ ]] || die "--pairs takes a whole number, not $pairs"
case "$servers" in
  on) export UseSharedCompilation=true MSBUILDDISABLENODEREUSE=0 ;;
  off) export UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1 ;;
  *) die "--servers takes on or off, not $servers" ;;
esac
[ ${#specs[@]} -gt 0 ] || specs=(large/github-api.github.com.json apisguru/slack.com_1.2.0_swagger.yaml)

require_corpus
started=$SECONDS
spec_paths=()
for spec in "${specs[@]}"; do spec_paths+=("$(resolve_spec "$spec")"); done

install_peers
build_cli
pack_generator

WORK="$PEERS/consumer"
PACKAGES="$WORK/packages"
mkdir -p "$WORK"

# Empty Directory.* files stop MSBuild's upward search, and central package management is off: the consumers carry
# their own versions, as a user's projects would, and inherit nothing from a folder above.
echo '<Project />' >"$WORK/Directory.Build.props"
echo '<Project />' >"$WORK/Directory.Build.targets"
cat >"$WORK/Directory.Packages.props" <<'XML'
<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
XML
cp "$bench_root/global.json" "$WORK/global.json"
# The local feed is the only place SpecForge may come from; everything else from the usual NuGet source.
cat >"$WORK/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$PEERS/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="SpecForge" />
      <package pattern="SpecForge.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
# The package keeps its version (0.1.0) from one pack to the next: drop the extracted copy so restore takes the new one.
rm -rf "$PACKAGES/specforge"

# $1 = project file, $2 = OutputType, $3 = extra items (XML).
write_csproj() {
  cat >"$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>$2</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$PACKAGES</RestorePackagesPath>
  </PropertyGroup>
$3
</Project>
XML
}

# $1 = file, $2 = a type of the generated SDK. The typeof keeps a real reference to the SDK; the edit line is what changes.
write_program() {
  cat >"$1" <<CS
// Written by build/bench-consumer.sh; the line below is edited before each timed rebuild.
Console.WriteLine("edit 0");
Console.WriteLine(typeof($2).FullName);
CS
}

edit_counter=0
edit_program() {
  edit_counter=$((edit_counter + 1))
  sed -i "s/^Console.WriteLine(\"edit [0-9]*\");/Console.WriteLine(\"edit $edit_counter\");/" "$1"
  grep -q "\"edit $edit_counter\"" "$1" || die "could not edit $1"
}

# Per "spec-id/project": its project file, Program.cs, compiled assembly (obj/) and, for specforge-lib, the SDK's assembly.
declare -A program_of assembly_of sdk_assembly_of project_of

make_projects() {
  local sid="$1" spec="$2" dir="$WORK/$1" ext="${2##*.}" nswag_dir="$3" kiota_dir="$4"
  local sf_items kiota_items nswag_items
  sf_items="  <ItemGroup>
    <PackageReference Include=\"SpecForge\" Version=\"$SPECFORGE_PACKAGE_VERSION\" PrivateAssets=\"all\" />
    <SpecForgeSpec Include=\"api.$ext\" Namespace=\"Bench.SpecForge\" ClientName=\"ApiClient\" />
  </ItemGroup>"

  rm -rf "$dir/specforge" "$dir/specforge-cached" "$dir/specforge-lib" "$dir/nswag" "$dir/kiota" "$dir/empty-app"
  mkdir -p "$dir/specforge" "$dir/specforge-cached" "$dir/specforge-lib/App" "$dir/specforge-lib/Sdk" "$dir/nswag" "$dir/kiota" "$dir/empty-app"

  write_csproj "$dir/empty-app/Consumer.csproj" Exe ""
  write_program "$dir/empty-app/Program.cs" object
  project_of[$sid/empty-app]="$dir/empty-app/Consumer.csproj"
  program_of[$sid/empty-app]="$dir/empty-app/Program.cs"
  assembly_of[$sid/empty-app]="$dir/empty-app/obj/Debug/net10.0/Consumer.dll"

  # The spec is written, not copied, so its timestamp is new and nothing is considered up to date from an earlier run.
  cat "$spec" >"$dir/specforge/api.$ext"
  write_csproj "$dir/specforge/Consumer.csproj" Exe "$sf_items"
  write_program "$dir/specforge/Program.cs" Bench.SpecForge.ApiClient
  project_of[$sid/specforge]="$dir/specforge/Consumer.csproj"
  program_of[$sid/specforge]="$dir/specforge/Program.cs"
  assembly_of[$sid/specforge]="$dir/specforge/obj/Debug/net10.0/Consumer.dll"

  cat "$spec" >"$dir/specforge-cached/api.$ext"
  write_csproj "$dir/specforge-cached/Consumer.csproj" Exe "  <PropertyGroup>
    <Features>\$(Features);enable-generator-cache</Features>
  </PropertyGroup>
$sf_items"
  write_program "$dir/specforge-cached/Program.cs" Bench.SpecForge.ApiClient
  project_of[$sid/specforge-cached]="$dir/specforge-cached/Consumer.csproj"
  program_of[$sid/specforge-cached]="$dir/specforge-cached/Program.cs"
  assembly_of[$sid/specforge-cached]="$dir/specforge-cached/obj/Debug/net10.0/Consumer.dll"

  cat "$spec" >"$dir/specforge-lib/Sdk/api.$ext"
  write_csproj "$dir/specforge-lib/Sdk/Sdk.csproj" Library "$sf_items"
  write_csproj "$dir/specforge-lib/App/App.csproj" Exe "  <ItemGroup>
    <ProjectReference Include=\"../Sdk/Sdk.csproj\" />
  </ItemGroup>"
  write_program "$dir/specforge-lib/App/Program.cs" Bench.SpecForge.ApiClient
  project_of[$sid/specforge-lib]="$dir/specforge-lib/App/App.csproj"
  program_of[$sid/specforge-lib]="$dir/specforge-lib/App/Program.cs"
  assembly_of[$sid/specforge-lib]="$dir/specforge-lib/App/obj/Debug/net10.0/App.dll"
  sdk_assembly_of[$sid/specforge-lib]="$dir/specforge-lib/Sdk/obj/Debug/net10.0/Sdk.dll"

  nswag_items="  <ItemGroup>
    <PackageReference Include=\"Newtonsoft.Json\" Version=\"$NEWTONSOFT_VERSION\" />
  </ItemGroup>"
  mkdir -p "$dir/nswag/Generated"
  cp -r "$nswag_dir/src/." "$dir/nswag/Generated/"
  write_csproj "$dir/nswag/Consumer.csproj" Exe "$nswag_items"
  # NSwag names its client classes after operationId groups; the exception class is there for every spec.
  write_program "$dir/nswag/Program.cs" Bench.NSwag.ApiException
  project_of[$sid/nswag]="$dir/nswag/Consumer.csproj"
  program_of[$sid/nswag]="$dir/nswag/Program.cs"
  assembly_of[$sid/nswag]="$dir/nswag/obj/Debug/net10.0/Consumer.dll"

  kiota_items="  <ItemGroup>"
  for package in Abstractions Http.HttpClientLibrary Serialization.Json Serialization.Text Serialization.Form Serialization.Multipart; do
    kiota_items+="
    <PackageReference Include=\"Microsoft.Kiota.$package\" Version=\"$KIOTA_RUNTIME_VERSION\" />"
  done
  kiota_items+="
  </ItemGroup>"
  mkdir -p "$dir/kiota/Generated"
  cp -r "$kiota_dir/src/." "$dir/kiota/Generated/"
  write_csproj "$dir/kiota/Consumer.csproj" Exe "$kiota_items"
  write_program "$dir/kiota/Program.cs" Bench.Kiota.ApiClient
  project_of[$sid/kiota]="$dir/kiota/Consumer.csproj"
  program_of[$sid/kiota]="$dir/kiota/Program.cs"
  assembly_of[$sid/kiota]="$dir/kiota/obj/Debug/net10.0/Consumer.dll"
}

# The flags of every build, initial and timed alike (the timed ones add --no-restore).
build_flags=(-nologo -v:quiet -clp:NoSummary)

# "CS0111 x12, CS0102 x3" from a build log: the distinct error codes, most frequent first.
error_summary() {
  grep -E ': error [A-Z]+[0-9]+' "$1" | sort -u | grep -oE 'error [A-Z]+[0-9]+' | sort | uniq -c | sort -rn | head -4 | awk '{printf "%s%s x%d", (NR > 1 ? ", " : ""), $3, $1}'
}

mtime() { stat -c %.9Y "$1" 2>/dev/null || echo 0; }

declare -A compiled why times lines_of files_of mb_of
# BENCH_TOOLS narrows the projects while developing the script, e.g. BENCH_TOOLS="nswag kiota".
read -r -a tools <<<"${BENCH_TOOLS:-specforge specforge-cached specforge-lib nswag kiota empty-app}"
sids=()

for i in "${!spec_paths[@]}"; do
  spec="${spec_paths[$i]}"
  sid="$(basename "$spec" | sed -E 's/\.(json|ya?ml)$//; s/[^A-Za-z0-9]+/-/g')"
  sids+=("$sid")
  nswag_dir="$(peer_output nswag "$spec")"
  kiota_dir="$(peer_output kiota "$spec")"

  # SpecForge's lines: the CLI writes what the generator adds to the compilation (CliMatchesGeneratorTests).
  rm -rf "$WORK/$sid/specforge-out"
  "$SPECFORGE_CLI" generate "$spec" -o "$WORK/$sid/specforge-out" -n Bench.SpecForge -c ApiClient >"$WORK/$sid.specforge-generate.log" 2>&1 || true
  read -r "files_of[$sid/specforge]" "lines_of[$sid/specforge]" "mb_of[$sid/specforge]" < <(count_cs "$WORK/$sid/specforge-out")
  files_of[$sid/empty-app]=0; lines_of[$sid/empty-app]=0; mb_of[$sid/empty-app]=0.00
  for same in specforge-lib specforge-cached; do
    files_of[$sid/$same]="${files_of[$sid/specforge]}"; lines_of[$sid/$same]="${lines_of[$sid/specforge]}"; mb_of[$sid/$same]="${mb_of[$sid/specforge]}"
  done
  for peer in nswag kiota; do
    dir_var="${peer}_dir"
    read -r "files_of[$sid/$peer]" "lines_of[$sid/$peer]" "mb_of[$sid/$peer]" < <(count_cs "${!dir_var}/src")
  done

  make_projects "$sid" "$spec" "$nswag_dir" "$kiota_dir"
  for peer in nswag kiota; do
    dir_var="${peer}_dir"
    if [ -f "${!dir_var}/FAILED" ]; then compiled[$sid/$peer]=no; why[$sid/$peer]="$peer failed to generate (${!dir_var}/generate.log)"; fi
  done

  # First build, restore included: it also starts the build servers and loads the generator, as a user's first build does.
  for tool in "${tools[@]}"; do
    key="$sid/$tool"
    [ "${compiled[$key]:-}" = no ] && continue
    log "first build of $key"
    build_log="$WORK/$sid/$tool.first-build.log"
    clock=$SECONDS
    if dotnet build "${project_of[$key]}" "${build_flags[@]}" >"$build_log" 2>&1; then
      compiled[$key]=yes
      why[$key]="first build $((SECONDS - clock)) s"
    else
      compiled[$key]=no
      why[$key]="$(error_summary "$build_log")"
      [ -n "${why[$key]}" ] || why[$key]="build failed, see $build_log"
    fi
  done
done

# One timed rebuild, after edit_program (run here, not in the $(…) subshell, so the counter and each edit are new);
# prints seconds. Fails when the app was not recompiled, or (separate SDK) when the SDK was.
timed_rebuild() {
  local key="$1" round="$2" before sdk_before start end build_log
  build_log="$WORK/$key.round-$round.log"
  before="$(mtime "${assembly_of[$key]}")"
  sdk_before="$(mtime "${sdk_assembly_of[$key]:-/nonexistent}")"
  start="$(date +%s.%N)"
  dotnet build "${project_of[$key]}" --no-restore "${build_flags[@]}" >"$build_log" 2>&1 || die "rebuild of $key failed (round $round), see $build_log"
  end="$(date +%s.%N)"
  [ "$(mtime "${assembly_of[$key]}")" != "$before" ] || die "rebuild of $key did not recompile ${assembly_of[$key]} (round $round)"
  if [ -n "${sdk_assembly_of[$key]:-}" ] && [ "$(mtime "${sdk_assembly_of[$key]}")" != "$sdk_before" ]; then
    die "rebuild of $key recompiled the SDK library (round $round)"
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f\n", e - s}'
}

timed_keys=()
for sid in "${sids[@]}"; do
  for tool in "${tools[@]}"; do
    [ "${compiled[$sid/$tool]:-}" = yes ] && timed_keys+=("$sid/$tool")
  done
done

for round in $(seq 1 "$pairs"); do
  count=${#timed_keys[@]}
  line=""
  for offset in $(seq 0 $((count - 1))); do
    key="${timed_keys[$(((offset + round - 1) % count))]}"
    edit_program "${program_of[$key]}"
    seconds="$(timed_rebuild "$key" "$round")"
    times[$key]="${times[$key]:-} $seconds"
    line+=" ${key%%-*}/${key#*/} ${seconds}s;"
  done
  log "round $round/$pairs:$line"
done

# $1 = median, min_of or max_of; $2 = project key: that statistic of its timed rebuilds.
stat_of() {
  local -a values
  read -r -a values <<<"${times[$2]}"
  "$1" "${values[@]}"
}

echo
echo "Rebuild after an edit of Program.cs only: dotnet build --no-restore, build servers $servers, $pairs round(s), projects alternating."
echo "SDK $(dotnet --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)."
for i in "${!sids[@]}"; do
  sid="${sids[$i]}"
  echo
  echo "== $(basename "${spec_paths[$i]}") ($(du -k "${spec_paths[$i]}" | cut -f1) KB)"
  printf '%-16s %7s %11s %6s  %-8s %9s %13s %8s %8s %8s  %s\n' project files lines MB compiled "median s" "min-max s" \
    "vs NSwag" "vs Kiota" "vs empty" "note"
  nswag_median=""; kiota_median=""; empty_median=""
  [ -n "${times[$sid/empty-app]:-}" ] && empty_median="$(stat_of median "$sid/empty-app")"
  [ -n "${times[$sid/nswag]:-}" ] && nswag_median="$(stat_of median "$sid/nswag")"
  [ -n "${times[$sid/kiota]:-}" ] && kiota_median="$(stat_of median "$sid/kiota")"
  for tool in "${tools[@]}"; do
    key="$sid/$tool"
    med="-"; range="-"; vs_nswag="-"; vs_kiota="-"; vs_empty="-"
    if [ -n "${times[$key]:-}" ]; then
      med="$(stat_of median "$key")"; range="$(stat_of min_of "$key")-$(stat_of max_of "$key")"
      vs_nswag="$(ratio "$med" "$nswag_median")"; vs_kiota="$(ratio "$med" "$kiota_median")"; vs_empty="$(ratio "$med" "$empty_median")"
    fi
    note="${why[$key]:-}"
    [ "$tool" = specforge-lib ] && note="SDK in its own project (not recompiled, checked); $note"
    [ "$tool" = specforge-cached ] && note="generator driver cache on; $note"
    [ "$tool" = empty-app ] && note="no SDK; $note"
    printf '%-16s %7s %11s %6s  %-8s %9s %13s %8s %8s %8s  %s\n' "$tool" "$(thousands "${files_of[$key]}")" "$(thousands "${lines_of[$key]}")" \
      "${mb_of[$key]}" "${compiled[$key]:-no}" "$med" "$range" "$vs_nswag" "$vs_kiota" "$vs_empty" "$note"
  done
  if [ -n "${times[$sid/specforge]:-}" ] && [ -n "${times[$sid/specforge-lib]:-}" ]; then
    separate="$(stat_of median "$sid/specforge-lib")"; inside="$(stat_of median "$sid/specforge")"
    echo "SDK in its own project: $separate s instead of $inside s per rebuild ($(ratio "$separate" "$inside") of the time)."
  fi
done
echo
echo "Total run time: $((SECONDS - started)) s. Projects and build logs: $WORK"
[ "$servers" = off ] || dotnet build-server shutdown >/dev/null 2>&1 || true
