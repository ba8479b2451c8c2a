#!/usr/bin/env bash
# bench/monorepo-compare.sh REPO [COMPONENT] [RUNS]
# Whole-process timings on a repository from bench/make-monorepo.sh (mode mono): `steward next` (every component)
# and `steward log --component COMPONENT` against their git floors over the same range and paths, and a count of the
# git processes and history walks (`git log`) each steward run starts, read from a recording `git` wrapper first on
# PATH. Prints Markdown table rows. Environment: STEWARD_BIN (default: this tree's Release build).
set -euo pipefail
repo=${1:?usage: monorepo-compare.sh REPO [COMPONENT] [RUNS]}
component=${2:-c07}
runs=${3:-3}
here="$(cd "$(dirname "$0")" && pwd)"
steward=${STEWARD_BIN:-$here/../src/Steward/bin/Release/net10.0/steward}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_OPTIONAL_LOCKS=0 NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
real_git=$(command -v git)

# The floors: what git itself needs for the same answers.
last_tag() { git -C "$repo" tag --list --merged HEAD --sort=-v:refname -- "$1-v*" | sed -n 1p; }
oldest=""
for c in $(git -C "$repo" ls-tree --name-only HEAD | grep -E '^c[0-9]+$'); do
  t=$(last_tag "$c"); s=$(git -C "$repo" rev-list -n 1 "$t")
  if [[ -z "$oldest" ]] || git -C "$repo" merge-base --is-ancestor "$s" "$oldest"; then oldest=$s; fi
done
own=$(last_tag "$component")
floor_next() { git -C "$repo" for-each-ref --format='%(refname)' refs/tags/ >/dev/null; git -C "$repo" log --name-only --format='%H%x00%P%x00%B' "$oldest..HEAD" >/dev/null; }
floor_log() { git -C "$repo" for-each-ref --format='%(refname)' refs/tags/ >/dev/null; git -C "$repo" log --format='%H%x00%B' "$own..HEAD" -- "$component" >/dev/null; }
run_steward_next() { "$steward" -C "$repo" next >/dev/null; }
run_steward_log() { "$steward" -C "$repo" log --component "$component" >/dev/null; }

measure() { # label function
  local label=$1 fn=$2 walls=() cpus=() out
  for _ in $(seq "$runs"); do
    TIMEFORMAT='%R %U %S'
    out=$( { time "$fn" ; } 2>&1 >/dev/null | tail -n 1 )
    walls+=("$(echo "$out" | awk '{printf "%.2f", $1}')"); cpus+=("$(echo "$out" | awk '{printf "%.2f", $2+$3}')")
  done
  printf '| %s | %s s | %s s |\n' "$label" "$(IFS=,; echo "${walls[*]}" | sed 's/,/, /g')" "$(IFS=,; echo "${cpus[*]}" | sed 's/,/, /g')"
}

echo "range: $oldest..HEAD ($(git -C "$repo" rev-list --count "$oldest..HEAD") commits) for next; $own..HEAD for log --component $component"
echo "| command | wall ($runs runs) | CPU user+sys ($runs runs) |"
echo "| --- | --- | --- |"
measure "steward next (every component)" run_steward_next
measure "floor: for-each-ref + git log --name-only over the same range" floor_next
measure "steward log --component $component" run_steward_log
measure "floor: for-each-ref + git log -- $component over its range" floor_log

# Which git processes one run starts: a recording wrapper first on PATH.
wrap=$(mktemp -d)
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >> %s/argv.log\nexec %s "$@"\n' "$wrap" "$real_git" > "$wrap/git"
chmod +x "$wrap/git"
for verb in "next" "log --component $component"; do
  : > "$wrap/argv.log"
  # shellcheck disable=SC2086
  PATH="$wrap:$PATH" "$steward" -C "$repo" $verb >/dev/null
  echo "steward $verb: $(wc -l < "$wrap/argv.log") git processes, $(grep -c '^log ' "$wrap/argv.log" || true) history walks (git log): $(grep '^log ' "$wrap/argv.log" | cut -c1-120 | tr '\n' ';')"
done
rm -rf "$wrap"
