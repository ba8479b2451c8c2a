#!/usr/bin/env bash
# bench/compare.sh: whole-process timings of Steward, of the git floor and of the release tools people use today,
# on the same synthetic repositories; writes bench/RESULTS.md. See docs/benchmarks.md.
#
# usage: bench/compare.sh [--sizes 10000,100000,1000000] [--only GROUPS] [--tools NAMES] [--ops NAMES] [--runs N]
#                         [--timeout S] [--report-only]
#   --only      comma-separated groups to (re)measure: startup, floor, steward, peers, micro (the BenchmarkDotNet
#               project, short job, in process) (default: all). Rows measured
#               earlier and not remeasured are kept in the results file and reported with their own timestamps.
#   --tools     comma-separated tool names (floor, steward (the native build), steward-jit, git, dotnet-floor,
#               dotnet-floor-jit, git-cliff, release-please, ...) to (re)measure within those groups (default: every
#               tool)
#   --ops       comma-separated operations to (re)measure (next, log, notes, changelog, propagate; the startup
#               group's startup, lint, version, next; the floor's tags, range, history, files; default: all)
#   --runs      timed runs per command (default 10; fewer for commands slower than 10 s, one above 60 s)
#   --timeout   a single run longer than this is stopped and reported as "> timeout" (default 300)
#   --report-only  rewrite bench/RESULTS.md from the stored results without measuring anything
# environment: BENCH_WORK (scratch folder, default bench/work), BENCH_SHARED (folder of make-repo.sh and
#   fake-github.js, default ../shared/bench beside the clone), STEWARD_BIN (a native steward binary to measure instead
#   of publishing this tree's), STEWARD_JIT_BIN (the same for the JIT build; with STEWARD_BIN alone the JIT rows are
#   skipped), STEWARD_LABEL (what those binaries were built from, shown beside their rows).
#
# Nothing here touches the user's git configuration (GIT_CONFIG_GLOBAL=/dev/null, no system config) and nothing is
# pushed: tools that write run on a byte-for-byte copy of the repository whose only remote is the pristine original.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${BENCH_SHARED:-$(dirname "$0")/../../shared/bench}"
work="${BENCH_WORK:-$here/work}"
sizes="10000,100000,1000000"
only="startup,floor,steward,peers,micro"
runs=10
timeout_s=300
report_only=false
tools=""
ops=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --ops) ops="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --report-only) report_only=true; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0 GIT_OPTIONAL_LOCKS=0
export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 npm_config_update_notifier=false
unset GITHUB_ACTIONS GITHUB_TOKEN GH_TOKEN CI || true

mkdir -p "$work/results" "$work/repos" "$work/logs"
results="$work/results/results.tsv"
ranges="$work/results/ranges.tsv"
touch "$results"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
wants() { [[ ",$only," == *",$1,"* ]]; }
selected() { # tool [op]
  [[ -z "$tools" || ",$tools," == *",$1,"* ]] && [[ -z "$ops" || -z "${2:-}" || ",$ops," == *",$2,"* ]]
}

# ---------------------------------------------------------------------------------------------------------------
# Measuring. One row per (size, operation, tool) in results.tsv; a new measurement replaces the old row.
# Columns: size op tool command median_s cpu_s runs peak_kb status measured_at loadavg
# ---------------------------------------------------------------------------------------------------------------
ensure_hyperfine() {
  if command -v hyperfine >/dev/null; then return; fi
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing hyperfine and time from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >/dev/null 2>&1 || true
  fi
  command -v hyperfine >/dev/null || log "hyperfine unavailable: timing with a bash loop (date +%s%N) instead"
}

store() { # size op tool command median cpu runs peak status
  local key="$1"$'\t'"$2"$'\t'"$3"
  local row
  row="$(printf '%s\t' "$@")$(date -u +%Y-%m-%dT%H:%M:%SZ)"$'\t'"$(cut -d' ' -f1-3 /proc/loadavg)"
  # Under a lock: two harness runs at once (say, Steward while the peers run) must not lose each other's rows.
  (
    flock 9
    awk -F'\t' -v k="$key" '($1"\t"$2"\t"$3) != k' "$results" > "$results.tmp.$$"
    printf '%s\n' "$row" >> "$results.tmp.$$"
    mv "$results.tmp.$$" "$results"
  ) 9> "$results.lock"
}

# measure SIZE OP TOOL DIR -- COMMAND...: one run under /usr/bin/time -v (peak memory, exit code, duration, and a
# warm-up), then hyperfine over the number of runs its duration allows; median wall time and mean CPU time.
measure() {
  local size="$1" op="$2" tool="$3" dir="$4"; shift 5
  selected "$tool" "$op" || return 0
  local display="$*" out="$work/logs/$size-$op-$tool"
  display="${display//$work/\$WORK}"
  case "$tool" in
    steward) display="$display [native, $steward_build]" ;;
    steward-jit) display="$display [JIT, $steward_build]" ;;
  esac
  log "$size $op $tool: $display"
  local start end rc=0
  start=$(date +%s%N)
  (cd "$dir" && timeout "$timeout_s" /usr/bin/time -v -o "$out.time" "$@" > "$out.out" 2> "$out.err") || rc=$?
  end=$(date +%s%N)
  local elapsed_ms=$(( (end - start) / 1000000 ))
  local peak_kb
  peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time" 2>/dev/null || true)
  if [[ $rc == 124 ]]; then
    store "$size" "$op" "$tool" "$display" "" "" 1 "${peak_kb:-}" "timeout>${timeout_s}s"; return
  elif [[ $rc != 0 ]]; then
    local reason
    # The first line that says what went wrong (an error or exception), else the last line it printed.
    reason=$(grep -v '^\s*$' "$out.err" | grep -v 'Command exited with non-zero' | grep -m 1 -iE 'error|exception|fatal' || true)
    [[ -n "$reason" ]] || reason=$(grep -v '^\s*$' "$out.err" | grep -v 'Command exited with non-zero' | tail -n 1 || true)
    reason=$(printf '%s' "$reason" | tr '\t' ' ' | cut -c1-200)
    log "  failed (exit $rc): $reason"
    store "$size" "$op" "$tool" "$display" "" "" 0 "${peak_kb:-}" "failed(exit $rc): $reason"; return
  fi
  local n="$runs"
  if (( elapsed_ms > 60000 )); then n=1; elif (( elapsed_ms > 10000 )); then n=3; fi
  if (( n == 1 )); then
    # Too slow to repeat: the measured run is the only run.
    local user sys
    user=$(awk -F': ' '/User time/ {print $2}' "$out.time"); sys=$(awk -F': ' '/System time/ {print $2}' "$out.time")
    store "$size" "$op" "$tool" "$display" "$(awk -v ms="$elapsed_ms" 'BEGIN{printf "%.6f", ms/1000}')" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.6f", u+s}')" 1 "$peak_kb" ok
    return
  fi
  if command -v hyperfine >/dev/null; then
    local quoted="" arg
    for arg in "$@"; do quoted+="$(printf '%q' "$arg") "; done
    (cd "$dir" && hyperfine -N --output=pipe --warmup 0 --runs "$n" --export-csv "$out.csv" "$quoted" > "$out.hyperfine" 2>&1)
    # command,mean,stddev,median,user,system,min,max
    local median cpu
    median=$(awk -F',' 'END {print $(NF-4)}' "$out.csv")
    cpu=$(awk -F',' 'END {printf "%.6f", $(NF-3) + $(NF-2)}' "$out.csv")
    store "$size" "$op" "$tool" "$display" "$median" "$cpu" "$n" "$peak_kb" ok
  else
    local times=() i
    for ((i = 0; i < n; i++)); do
      start=$(date +%s%N); (cd "$dir" && "$@" | cat > /dev/null 2>&1); end=$(date +%s%N)
      times+=($(( end - start )))
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.6f", m/1e9}')
    store "$size" "$op" "$tool" "$display" "$median" "" "$n" "$peak_kb" ok
  fi
}

# record_range SIZE TOOL REPO BASE: the range a tool read for "since the last release" (BASE..HEAD, or the whole
# history when BASE is empty) and how many commits git counts in it, in results/ranges.tsv for report.py. Tools differ
# here: git-cliff takes the last tag, a release candidate included, as the last release; Steward the last stable one.
record_range() {
  local size="$1" tool="$2" repo="$3" base="$4" count
  if [[ -n "$base" ]]; then count=$(git -C "$repo" rev-list --count "$base..HEAD" 2>/dev/null || echo '?')
  else count=$(git -C "$repo" rev-list --count HEAD 2>/dev/null || echo '?'); fi
  local key="$size"$'\t'"$tool"
  (
    flock 9
    touch "$ranges"
    awk -F'\t' -v k="$key" '($1"\t"$2) != k' "$ranges" > "$ranges.tmp.$$"
    printf '%s\t%s\t%s\t%s\n' "$size" "$tool" "$base" "$count" >> "$ranges.tmp.$$"
    mv "$ranges.tmp.$$" "$ranges"
  ) 9> "$results.lock"
}
# range_base FILE: the last release a tool's own output names, empty when none: the "from" of Steward's `log --json`
# (an object), the previous release's version in git-cliff's `--context` (a list of releases, the unreleased first).
range_base() {
  python3 -c 'import json, sys
j = json.load(open(sys.argv[1]))
print((j.get("from") if isinstance(j, dict) else ((j[0].get("previous") or {}).get("version") if j else None)) or "")' \
    "$1" 2>/dev/null || true
}

skip() { # size op tool reason
  selected "$3" "$2" || return 0
  log "$1 $2 $3: skipped: $4"
  store "$1" "$2" "$3" "" "" "" 0 "" "skipped: $4"
}

# ---------------------------------------------------------------------------------------------------------------
# Steward as users get it. "steward" is the native build, what `dotnet tool install` gives on linux-x64: published
# with exactly the csproj's settings (`dotnet publish src/Steward -c Release -r linux-x64`, Native AOT and its
# start-up switches), nothing added. "steward-jit" is the framework-dependent JIT build, what every other platform
# gets (the `any` tool package, PublishAot=false). The smallest .NET program (bench/StartupFloor) is published both
# ways, for the startup group.
# ---------------------------------------------------------------------------------------------------------------
steward="${STEWARD_BIN:-$work/steward/native/steward}"
steward_jit="${STEWARD_JIT_BIN:-}"
if [[ -z "${STEWARD_BIN:-}" && -z "$steward_jit" ]]; then steward_jit="$work/steward/jit/steward"; fi
floor_native="$work/steward/floor-native/startup-floor"
floor_jit="$work/steward/floor-jit/startup-floor"
# Which Steward a row measured: this tree's commit, or what STEWARD_LABEL says of STEWARD_BIN.
steward_build="${STEWARD_LABEL:-$(git -C "$root" rev-parse --abbrev-ref HEAD 2>/dev/null) $(git -C "$root" rev-parse --short HEAD 2>/dev/null)$(git -C "$root" diff --quiet HEAD -- src 2>/dev/null || echo ' (with uncommitted changes)')}"
publish() { # name project dotnet-publish-arguments...
  local name="$1" project="$2"; shift 2
  rm -rf "$work/steward/$name"
  dotnet publish "$project" -c Release "$@" -o "$work/steward/$name" > "$work/logs/publish-$name.log" 2>&1 \
    || { tail -n 20 "$work/logs/publish-$name.log" >&2; exit 1; }
}
publish_steward() {
  if [[ -n "${STEWARD_BIN:-}" ]]; then
    log "using STEWARD_BIN=$STEWARD_BIN (not publishing)${steward_jit:+ and STEWARD_JIT_BIN=$steward_jit}"
    [[ -n "$steward_jit" ]] || log "no STEWARD_JIT_BIN: the JIT rows are skipped"
  else
    log "publishing Steward: native (dotnet publish -r linux-x64) and JIT (PublishAot=false)"
    publish native "$root/src/Steward/Steward.csproj" -r linux-x64
    # The JIT restore graph keeps its own lock file (packages.jit.lock.json, see Steward.csproj).
    publish jit "$root/src/Steward/Steward.csproj" -p:PublishAot=false
  fi
}
publish_floors() {
  log "publishing the smallest .NET program (bench/StartupFloor): native and JIT"
  publish floor-native "$here/StartupFloor/StartupFloor.csproj"
  publish floor-jit "$here/StartupFloor/StartupFloor.csproj" -p:PublishAot=false
}

# profile SIZE OP DIR -- STEWARD-ARGUMENTS...: where one run of a Steward command spends its time. The native build
# under git's trace2 (trace2 events: each git process Steward starts, its arguments and how long it ran), with the
# peak memory of Steward's own process; then, as the sampling profiler needs the .NET runtime's event pipe, the JIT
# build under dotnet-trace (methods by inclusive time; the same code, compiled at run time). Both go to results/ and
# into RESULTS.md.
profile() {
  local size="$1" op="$2" dir="$3"; shift 4
  selected steward "$op" || return 0
  local base="$work/results/profile-$size-$op"
  log "$size $op steward: profiling"
  rm -f "$base.trace2.json" "$base.own"
  # /usr/bin/time's peak is the largest process of the tree, and git's mapped packs count in it; Steward's own peak
  # (VmHWM of its process) is sampled from /proc while it runs.
  (cd "$dir" && GIT_TRACE2_EVENT="$base.trace2.json" exec /usr/bin/time -f '%e %U %S %M' -o "$base.time" "$steward" "$@" > /dev/null 2>&1) &
  local timer=$! child="" hwm=""
  while kill -0 "$timer" 2>/dev/null; do
    [[ -n "$child" ]] || child=$(pgrep -P "$timer" | head -n 1 || true)
    if [[ -n "$child" ]]; then
      local now
      now=$(awk '/^VmHWM/ {print $2}' "/proc/$child/status" 2>/dev/null || true)
      [[ -n "$now" ]] && hwm="$now"
    fi
    sleep 0.05
  done
  wait "$timer" || true
  echo "${hwm:-}" > "$base.own"
  python3 "$here/report.py" --trace2 "$base.trace2.json" "$base.time" "$base.own" > "$base.git.txt" || true
  if [[ -z "$steward_jit" ]]; then
    echo "no JIT build to profile with dotnet-trace (STEWARD_BIN without STEWARD_JIT_BIN)" > "$base.dotnet.txt"; return
  fi
  local trace_tool="$work/dotnet-tools/dotnet-trace"
  if [[ ! -x "$trace_tool" ]]; then
    dotnet tool install --tool-path "$work/dotnet-tools" dotnet-trace > "$work/logs/dotnet-trace-install.log" 2>&1 || true
  fi
  if [[ -x "$trace_tool" ]]; then
    rm -f "$base.nettrace"
    (cd "$dir" && "$trace_tool" collect --profile dotnet-sampled-thread-time -o "$base.nettrace" -- "$steward_jit" "$@" > /dev/null 2>&1) || true
    "$trace_tool" report "$base.nettrace" topN -n 20 --inclusive > "$base.dotnet.txt" 2>&1 || true
  else
    echo "dotnet-trace could not be installed: $(tail -n 1 "$work/logs/dotnet-trace-install.log")" > "$base.dotnet.txt"
  fi
}

# measure_steward SIZE OP DIR -- STEWARD-ARGUMENTS...: the native build as "steward", the JIT build as "steward-jit".
measure_steward() {
  local size="$1" op="$2" dir="$3"; shift 4
  measure "$size" "$op" steward "$dir" -- "$steward" "$@"
  if [[ -n "$steward_jit" ]]; then measure "$size" "$op" steward-jit "$dir" -- "$steward_jit" "$@"
  else skip "$size" "$op" steward-jit "no JIT build (STEWARD_BIN without STEWARD_JIT_BIN)"; fi
}
skip_steward() { skip "$1" "$2" steward "$3"; skip "$1" "$2" steward-jit "$3"; }

# A verb exists when the root help lists it (`steward VERB --help` alone would fall back to the root help).
steward_has() { "$steward" --help 2>/dev/null | grep -qE "^[[:space:]]+$1([[:space:]]|,|\$)"; }

# ---------------------------------------------------------------------------------------------------------------
# Peers, installed into the scratch folder from the registries reachable here.
# ---------------------------------------------------------------------------------------------------------------
peers="$work/peers"
peer_npm=(git-cliff semantic-release @semantic-release/commit-analyzer @semantic-release/release-notes-generator
  commit-and-tag-version conventional-changelog-cli conventional-changelog-conventionalcommits
  conventional-recommended-bump release-please nerdbank-gitversioning)
# The npm packages each peer needs (a peer not selected with --tools is not installed).
peer_packages() {
  case "$1" in
    git-cliff) echo git-cliff ;;
    semantic-release) echo semantic-release @semantic-release/commit-analyzer @semantic-release/release-notes-generator ;;
    commit-and-tag-version) echo commit-and-tag-version ;;
    conventional-changelog) echo conventional-changelog-cli conventional-changelog-conventionalcommits ;;
    conventional-recommended-bump) echo conventional-recommended-bump conventional-changelog-conventionalcommits ;;
    release-please) echo release-please ;;
    nbgv) echo nerdbank-gitversioning ;;
  esac
}
install_peers() {
  local missing=() tool pkg
  for tool in git-cliff semantic-release commit-and-tag-version conventional-changelog conventional-recommended-bump \
      release-please nbgv; do
    selected "$tool" || continue
    for pkg in $(peer_packages "$tool"); do
      [[ -f "$peers/node_modules/$pkg/package.json" ]] || missing+=("$pkg")
    done
  done
  if (( ${#missing[@]} > 0 )); then
    log "installing the npm peers into $peers: ${missing[*]}"
    mkdir -p "$peers"
    npm install --prefix "$peers" --no-audit --no-fund --loglevel=error "${missing[@]}" > "$work/logs/npm.log" 2>&1 \
      || log "npm install failed: $(tail -n 1 "$work/logs/npm.log")"
  fi
  # The .NET peers: ask the NuGet mirror, report its answer.
  : > "$work/logs/dotnet-peers.txt"
  for pkg in GitVersion.Tool minver-cli Versionize; do
    selected "$pkg" || continue
    local answer
    if answer=$(dotnet tool install --tool-path "$work/dotnet-tools" "$pkg" 2>&1); then
      printf '%s\tinstalled\n' "$pkg" >> "$work/logs/dotnet-peers.txt"
    else
      printf '%s\t%s\n' "$pkg" "$(printf '%s' "$answer" | grep -v '^\s*$' | head -n 1 | tr '\t' ' ')" >> "$work/logs/dotnet-peers.txt"
    fi
  done
}
npm_version() { node -p "require('$peers/node_modules/$1/package.json').version" 2>/dev/null || echo "not installed"; }

fake_port=0
fake_pid=""
# The loopback GitHub stub, on 127.0.0.1 only, on a port nobody else uses (a few tries).
start_fake_github() {
  local try i
  for try in 1 2 3 4 5; do
    fake_port=$((20000 + RANDOM % 20000))
    node "$shared/fake-github.js" "$fake_port" > "$work/logs/fake-github.log" 2>&1 &
    fake_pid=$!
    for ((i = 0; i < 100; i++)); do
      grep -q listening "$work/logs/fake-github.log" 2>/dev/null && return 0
      kill -0 "$fake_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$fake_pid" 2>/dev/null || true
  done
  log "fake-github did not start: $(tail -n 3 "$work/logs/fake-github.log")"; return 1
}
stop_fake_github() { [[ -n "$fake_pid" ]] && kill "$fake_pid" 2>/dev/null || true; }
trap stop_fake_github EXIT

# ---------------------------------------------------------------------------------------------------------------
# Repositories: make-repo.sh N (seed 42), then a commit-graph, the state of a maintained clone (git gc and git
# maintenance write one). Every tool runs on this same state; the copy for writing tools is made with cp -a.
# ---------------------------------------------------------------------------------------------------------------
ensure_repo() {
  local n="$1" dir="$work/repos/repo-$1"
  if [[ ! -f "$dir/.git/bench-expected.txt" || ! -f "$dir/.git/objects/info/commit-graph" ]]; then
    log "building repository of $n commits (make-repo.sh)"
    bash "$shared/make-repo.sh" "$n" "$dir" > "$work/logs/make-repo-$n.log"
    git -C "$dir" commit-graph write --reachable
  fi
}
fresh_copy() {
  local n="$1" copy="$work/repos/copy-$1"
  rm -rf "$copy"
  cp -a "$work/repos/repo-$n" "$copy"
  git -C "$copy" remote add origin "$work/repos/repo-$n"
}

# The small repository of the startup group: a VERSION file, one annotated release tag and three commits after it, so
# that `steward next` has a release and commits to read; and a commit message for `steward lint`.
small_repo() {
  local dir="$work/repos/small"
  if ! git -C "$dir" rev-parse -q --verify refs/tags/v1.2.3 > /dev/null 2>&1; then
    rm -rf "$dir"
    git init -q -b main "$dir"
    local g=(git -C "$dir" -c user.name=Bench -c user.email=bench@example.com)
    printf '1.2.3\n' > "$dir/VERSION"
    "${g[@]}" add VERSION
    "${g[@]}" commit -q -m "chore: initial commit"
    "${g[@]}" tag -a v1.2.3 -m "v1.2.3"
    local i
    for i in 1 2 3; do
      printf 'change %s\n' "$i" > "$dir/file-$i.txt"
      "${g[@]}" add "file-$i.txt"
      "${g[@]}" commit -q -m "$([[ $i == 2 ]] && echo "feat(core): add feature $i" || echo "fix: repair thing $i")"
    done
  fi
  printf 'feat(parser): read footers\n\nThe body says why.\n\nRefs: #12\n' > "$work/repos/small.msg"
}

log_format='--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B'
tag_format='--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:iso-strict)'

run_size() {
  local n="$1" repo="$work/repos/repo-$1" copy="$work/repos/copy-$1"
  ensure_repo "$n"
  local last_stable
  last_stable=$(awk -F= '/^last_stable_tag=/ {print $2}' "$repo/.git/bench-expected.txt")

  if wants floor; then
    measure "$n" tags floor "$repo" -- git for-each-ref "$tag_format" refs/tags/
    measure "$n" tags floor-merged "$repo" -- git for-each-ref "$tag_format" --merged=HEAD refs/tags/
    # Reachability of one tag, the other way to find the last release reachable from HEAD.
    measure "$n" ancestor floor "$repo" -- git merge-base --is-ancestor "$last_stable" HEAD
    measure "$n" range floor "$repo" -- git log -z "$log_format" "$last_stable..HEAD" --
    measure "$n" history floor "$repo" -- git log -z "$log_format" HEAD --
    measure "$n" files floor "$repo" -- git ls-files -z
  fi

  if wants steward; then
    if steward_has next; then measure_steward "$n" next "$repo" -- next; else skip_steward "$n" next "no 'next' verb in this build"; fi
    # log --json's output names the range Steward read ("from") and its commits: report.py prints both.
    if steward_has log; then
      measure_steward "$n" log "$repo" -- log --json
      local tool
      for tool in steward steward-jit; do
        if selected "$tool" log && [[ -s "$work/logs/$n-log-$tool.out" ]]; then
          record_range "$n" "$tool" "$repo" "$(range_base "$work/logs/$n-log-$tool.out")"
        fi
      done
    else skip_steward "$n" log "no 'log' verb in this build"; fi
    if steward_has changelog; then
      measure_steward "$n" notes "$repo" -- changelog --dry-run
      measure_steward "$n" changelog "$repo" -- changelog --regenerate --dry-run
    else
      skip_steward "$n" notes "no 'changelog' verb in this build"; skip_steward "$n" changelog "no 'changelog' verb in this build"
    fi
    if steward_has propagate; then
      # propagate reads VERSION, which make-repo.sh does not write: an untracked VERSION holding the last release
      # is there for this measurement only.
      printf '%s\n' "${last_stable#v}" > "$repo/VERSION"
      measure_steward "$n" propagate "$repo" -- propagate --dry-run
      rm -f "$repo/VERSION"
    else skip_steward "$n" propagate "no 'propagate' verb in this build"; fi
    # Profiles at the largest size, where the targets are set.
    if [[ "$n" == 1000000 ]]; then
      steward_has next && profile "$n" next "$repo" -- next
      steward_has log && profile "$n" log "$repo" -- log --json
      steward_has changelog && profile "$n" changelog "$repo" -- changelog --regenerate --dry-run
    fi
  fi

  if wants peers; then
    local bin="$peers/node_modules/.bin" cliff="$peers/node_modules/git-cliff-linux-x64/bin/git-cliff"
    fresh_copy "$n"
    # git-cliff's Rust binary itself, never its npm launcher (.bin/git-cliff), a Node script that starts the binary:
    # Node's start-up is not git-cliff's cost.
    if [[ -x "$cliff" ]]; then
      measure "$n" next git-cliff "$copy" -- "$cliff" --bumped-version --unreleased
      measure "$n" notes git-cliff "$copy" -- "$cliff" --unreleased --bump
      measure "$n" changelog git-cliff "$copy" -- "$cliff"
      # The range git-cliff read for next and notes, from its own context (untimed): the release it took as the last
      # one and the commits after it. report.py prints it beside Steward's.
      if selected git-cliff next || selected git-cliff notes; then
        if (cd "$copy" && "$cliff" --unreleased --context > "$work/logs/$n-range-git-cliff.json" 2> /dev/null); then
          record_range "$n" git-cliff "$copy" "$(range_base "$work/logs/$n-range-git-cliff.json")"
        fi
      fi
    else
      local why="its binary $cliff is missing (see logs/npm.log)"
      skip "$n" next git-cliff "$why"; skip "$n" notes git-cliff "$why"; skip "$n" changelog git-cliff "$why"
    fi
    if [[ -x "$bin/conventional-recommended-bump" ]]; then
      measure "$n" next conventional-recommended-bump "$copy" -- "$bin/conventional-recommended-bump" -p conventionalcommits
    else skip "$n" next conventional-recommended-bump "not installed"; fi
    if [[ -x "$bin/nbgv" ]]; then
      measure "$n" next nbgv "$copy" -- "$bin/nbgv" get-version
    else skip "$n" next nbgv "not installed"; fi
    if [[ -x "$bin/semantic-release" ]]; then
      measure "$n" notes semantic-release "$copy" -- "$bin/semantic-release" --dry-run --no-ci --branches main \
        --repository-url "file://$copy" --plugins @semantic-release/commit-analyzer,@semantic-release/release-notes-generator
    else skip "$n" notes semantic-release "not installed"; fi
    if [[ -x "$bin/commit-and-tag-version" ]]; then
      measure "$n" notes commit-and-tag-version "$copy" -- "$bin/commit-and-tag-version" --dry-run
    else skip "$n" notes commit-and-tag-version "not installed"; fi
    if [[ -x "$bin/release-please" ]] && start_fake_github; then
      measure "$n" notes release-please "$copy" -- "$bin/release-please" release-pr --local --local-path "$copy" --dry-run \
        --token none --repo-url local/repo --api-url "http://127.0.0.1:$fake_port" \
        --graphql-url "http://127.0.0.1:$fake_port" --target-branch main --release-type simple
      stop_fake_github
    else skip "$n" notes release-please "not installed or the loopback GitHub stub did not start"; fi
    if [[ -x "$bin/conventional-changelog" ]]; then
      measure "$n" changelog conventional-changelog "$copy" -- "$bin/conventional-changelog" -p conventionalcommits -r 0 -u
    else skip "$n" changelog conventional-changelog "not installed"; fi
    local pkg reason
    while IFS=$'\t' read -r pkg reason; do
      [[ "$reason" == installed ]] && reason="installed, but no measurement is scripted for it"
      skip "$n" next "$pkg" "dotnet tool install: $reason"
    done < "$work/logs/dotnet-peers.txt"
    # The copy must still be what it was: the dry runs wrote nothing that matters, and nothing left the machine.
    [[ "$(git -C "$copy" rev-parse HEAD)" == "$(git -C "$repo" rev-parse HEAD)" ]] || log "warning: a peer moved HEAD in the copy"
    rm -rf "$copy"
  fi
}

# Start-up: what a commit-msg hook and a CI step pay before any history is read, against git's own start-up. In the
# small repository; lint reads a message file outside it.
run_startup() {
  small_repo
  local dir="$work/repos/small" message="$work/repos/small.msg"
  measure small startup git "$dir" -- git --version
  measure small startup dotnet-floor "$dir" -- "$floor_native"
  measure small startup dotnet-floor-jit "$dir" -- "$floor_jit"
  measure_steward small startup "$dir" -- --version
  measure_steward small lint "$dir" -- lint --message-file "$message"
  measure_steward small version "$dir" -- version
  measure_steward small next "$dir" -- next
  profile small version "$dir" -- version
}

# The in-process benchmarks (bench/Steward.Benchmarks), short job; their tables go into RESULTS.md as they are.
run_micro() {
  ensure_repo 10000
  log "BenchmarkDotNet: every benchmark, short job, in process"
  rm -rf "$work/bdn"
  (cd "$root" && STEWARD_BENCH_REPO="$work/repos/repo-10000" BENCH_SHARED="$shared" \
    dotnet run -c Release --project bench/Steward.Benchmarks -- --filter '*' --job short --inProcess \
    --exporters github --artifacts "$work/bdn" > "$work/logs/benchmarkdotnet.log" 2>&1) \
    || log "BenchmarkDotNet failed: $(tail -n 3 "$work/logs/benchmarkdotnet.log")"
  mkdir -p "$work/results/micro"
  rm -f "$work/results/micro/"*.md
  cp "$work/bdn/results/"*-report-github.md "$work/results/micro/" 2>/dev/null || true
}

if [[ "$report_only" == false ]]; then
  ensure_hyperfine
  command -v /usr/bin/time >/dev/null || { log "/usr/bin/time is missing (Debian package 'time')"; exit 1; }
  if wants startup || wants steward; then publish_steward; fi
  if wants startup; then publish_floors; fi
  if wants peers; then install_peers; fi
  if wants startup; then run_startup; fi
  IFS=',' read -r -a size_list <<< "$sizes"
  for n in "${size_list[@]}"; do run_size "$n"; done
  if wants micro; then run_micro; fi
fi

# ---------------------------------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------------------------------
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores=$(nproc)"
  echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)"
  echo "git=$(git --version)"
  echo "dotnet=$(dotnet --version 2>/dev/null || echo none)"
  echo "node=$(node --version 2>/dev/null || echo none)"
  echo "hyperfine=$(hyperfine --version 2>/dev/null || echo none)"
  echo "steward=$("$steward" --version 2>/dev/null || echo 'not published') (native: $([[ -f "$steward" ]] && du -h "$steward" | cut -f1 || echo '?'))"
  echo "git-cliff-binary=$("$peers/node_modules/git-cliff-linux-x64/bin/git-cliff" --version 2>/dev/null || echo 'not installed')"
  for p in "${peer_npm[@]}"; do echo "npm:$p=$(npm_version "$p")"; done
  [[ -f "$work/logs/dotnet-peers.txt" ]] && awk -F'\t' '{print "dotnet:" $1 "=" $2}' "$work/logs/dotnet-peers.txt"
  for d in "$work"/repos/repo-*; do
    [[ -f "$d/.git/bench-expected.txt" ]] || continue
    last=$(awk -F= '/^last_stable_tag=/ {print $2}' "$d/.git/bench-expected.txt")
    echo "repo:$(basename "$d")=$(tr '\n' ' ' < "$d/.git/bench-expected.txt") tags=$(git -C "$d" tag | wc -l) commit-graph=$([[ -f "$d/.git/objects/info/commit-graph" ]] && echo yes || echo no) size=$(du -sh "$d/.git" | cut -f1) range_commits=$(git -C "$d" rev-list --count "$last..HEAD" 2>/dev/null || echo '?')"
  done
} > "$work/results/machine.txt"

# The hand-measured sections of the current RESULTS.md (the monorepo one) are carried over: report.py reads the old
# file, so the new one is written beside it first.
python3 "$here/report.py" "$results" "$work/results/machine.txt" "$here/RESULTS.md" > "$here/RESULTS.md.new"
mv "$here/RESULTS.md.new" "$here/RESULTS.md"
log "wrote $here/RESULTS.md"
