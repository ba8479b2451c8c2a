#!/usr/bin/env bash
# bench/monorepo-compare.sh REPO [COMPONENT] [RUNS] [SINGLE]
# Whole-process timings on a repository from bench/make-monorepo.sh (mode mono): `steward next` (every component)
# and `steward log --component COMPONENT` against their git floors over the same range and paths, and a count of the
# git processes and history walks (`git log`) each steward run starts, read from a recording `git` wrapper first on
# PATH. With SINGLE (the same history from make-monorepo.sh in mode single), also the issue's ratio: `steward next` and
# `steward changelog --regenerate --dry-run` on REPO against the same runs on SINGLE, RUNS alternating runs each, the
# median CPU (user+sys of the whole process tree, from /usr/bin/time) and wall time, with the load average before and
# after, and the git floors of `changelog --regenerate` on both (the history walk with and without files). Prints
# Markdown table rows. Environment: STEWARD_BIN (default: this tree's Release build).
set -euo pipefail
repo=${1:?usage: monorepo-compare.sh REPO [COMPONENT] [RUNS] [SINGLE]}
component=${2:-c07}
runs=${3:-3}
single=${4:-}
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
floor_next() { git -C "$repo" show-ref --tags -d >/dev/null; git -C "$repo" log --name-only --format='%H%x00%P%x00%B' "$oldest..HEAD" >/dev/null; }
floor_log() { git -C "$repo" show-ref --tags -d >/dev/null; git -C "$repo" log --format='%H%x00%B' "$own..HEAD" -- "$component" >/dev/null; }
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
measure "floor: show-ref -d + git log --name-only over the same range" floor_next
measure "steward log --component $component" run_steward_log
measure "floor: show-ref -d + git log -- $component over its range" floor_log

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

[[ -n "$single" ]] || exit 0

# The issue's target: the monorepo run within 1.5 times the one-component run over the same history.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio_row() { # label, then the steward arguments
  local label=$1 t
  shift
  t=$(mktemp -d)
  for _ in $(seq "$runs"); do
    for side in mono single; do
      local dir=$repo; [[ $side == single ]] && dir=$single
      /usr/bin/time -f '%e %U %S' -o "$t/time" "$steward" -C "$dir" "$@" >/dev/null 2>&1 || true
      awk '{ printf "%.2f\n", $2 + $3 }' "$t/time" >> "$t/$side.cpu"
      awk '{ printf "%.2f\n", $1 }' "$t/time" >> "$t/$side.wall"
    done
  done
  local mc sc mw sw
  mc=$(median < "$t/mono.cpu"); sc=$(median < "$t/single.cpu"); mw=$(median < "$t/mono.wall"); sw=$(median < "$t/single.wall")
  printf '| %s | %s s | %s s | %.2fx | %s s | %s s | %.2fx |\n' "$label" "$mc" "$sc" "$(echo "$mc $sc" | awk '{ print $1 / $2 }')" "$mw" "$sw" "$(echo "$mw $sw" | awk '{ print $1 / $2 }')"
  rm -rf "$t"
}
echo
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| command ($runs alternating runs, median) | CPU mono | CPU single | CPU ratio | wall mono | wall single | wall ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
ratio_row "steward next" next
ratio_row "steward changelog --regenerate --dry-run" changelog --regenerate --dry-run
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The git floors of `changelog --regenerate`: the history walk each side needs, from the same tips Steward gives it
# (every tag reachable from HEAD, and HEAD), with Steward's formats. The one-component changelog walks without files;
# the monorepo's walk must carry each commit's files to give it to its components.
tips() { { git -C "$1" for-each-ref --merged HEAD --format='%(objectname)' refs/tags/; git -C "$1" rev-parse HEAD; } | sort -u; }
walk_plain() { git -C "$1" log --topo-order -z '--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B' --stdin -- < "$2" >/dev/null; }
walk_files() { git -C "$1" log --topo-order -z --name-only --no-renames --diff-merges=first-parent '--format=%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B' --stdin -- < "$2" >/dev/null; }
floor_row() { # label, then the command
  local label=$1 t
  shift
  t=$(mktemp)
  for _ in $(seq "$runs"); do
    TIMEFORMAT='%U %S'
    { time "$@" >/dev/null ; } 2>&1 | tail -n 1 | awk '{ printf "%.2f\n", $1 + $2 }' >> "$t"
  done
  printf '| %s | %s s |\n' "$label" "$(median < "$t")"
  rm -f "$t"
}
mono_tips=$(mktemp); single_tips=$(mktemp)
tips "$repo" > "$mono_tips"; tips "$single" > "$single_tips"
echo
echo "| git floor of changelog --regenerate ($runs runs, median) | CPU |"
echo "| --- | --- |"
floor_row "one-component walk: git log --topo-order, no files ($(wc -l < "$single_tips") tips)" walk_plain "$single" "$single_tips"
floor_row "monorepo walk without files (not enough: $(wc -l < "$mono_tips") tips)" walk_plain "$repo" "$mono_tips"
floor_row "monorepo walk: git log --topo-order --name-only ($(wc -l < "$mono_tips") tips)" walk_files "$repo" "$mono_tips"
floor_row "tag list, monorepo: git show-ref --tags -d" git -C "$repo" show-ref --tags -d
floor_row "tag list, one component: git show-ref --tags -d" git -C "$single" show-ref --tags -d
rm -f "$mono_tips" "$single_tips"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
