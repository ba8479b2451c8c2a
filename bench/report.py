#!/usr/bin/env python3
"""Writes bench/RESULTS.md (to stdout) from the rows bench/compare.sh stored. Standard library only.

Every number printed here comes from a row of results.tsv, that is from a measurement; a missing measurement is
printed as "not measured", never estimated.
"""
import glob
import os
import sys


def trace2_summary(trace_path, time_path, own_path=None):
    """Each git process a run started (git's trace2 events): when it started, how long it ran, its arguments."""
    import json
    from datetime import datetime

    def when(text):
        return datetime.fromisoformat(text.replace("Z", "+00:00"))

    procs = {}
    with open(trace_path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e.get("event") == "start":
                procs[e["sid"]] = {"argv": e.get("argv", []), "start": when(e["time"]), "end": None}
            elif e.get("event") == "exit" and e.get("sid") in procs:
                procs[e["sid"]]["end"] = when(e["time"])
    lines = []
    try:
        wall, user, system, peak = open(time_path, encoding="utf-8").read().split()[-4:]
        lines.append(f"whole run: {float(wall):.2f} s wall, {float(user) + float(system):.2f} s CPU, "
                     f"peak {int(peak) / 1024:.0f} MiB (largest single process)")
    except (OSError, ValueError):
        pass
    try:
        own = int(open(own_path, encoding="utf-8").read().strip()) if own_path else None
        if own:
            lines.append(f"Steward's own process: peak {own / 1024:.0f} MiB (VmHWM sampled every 50 ms)")
    except (OSError, ValueError):
        pass
    if not procs:
        lines.append("git processes: none traced")
        return "\n".join(lines)
    first = min(p["start"] for p in procs.values())
    ordered = sorted(procs.values(), key=lambda p: p["start"])
    durations = [(p["end"] - p["start"]).total_seconds() if p["end"] else 0.0 for p in ordered]
    total = sum(durations)
    longest = max(range(len(ordered)), key=lambda i: durations[i])
    lines.append(f"git processes: {len(ordered)}, {total:.2f} s inside them in all; the longest "
                 f"{durations[longest]:.2f} s: {' '.join(ordered[longest]['argv'][:2])} ... "
                 f"{' '.join(a for a in ordered[longest]['argv'][2:] if a.startswith('--merged') or not a.startswith('--format'))}")
    lines.append("in order (start offset from the first git start, duration, command):")
    shown = list(range(len(ordered)))
    if len(shown) > 16:
        shown = shown[:8] + [-1] + shown[-4:]
    for i in shown:
        if i < 0:
            lines.append(f"  ... {len(ordered) - 12} more ...")
            continue
        p = ordered[i]
        argv = " ".join(a if len(a) < 60 else a[:57] + "..." for a in p["argv"])
        lines.append(f"  +{(p['start'] - first).total_seconds():7.3f} s  {durations[i]:7.3f} s  {argv}")
    return "\n".join(lines)


if len(sys.argv) > 1 and sys.argv[1] == "--trace2":
    print(trace2_summary(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))
    sys.exit(0)

# report.py RESULTS.TSV MACHINE.TXT [CURRENT-RESULTS.MD]: the last, when given, is the RESULTS.md being replaced, whose
# hand-measured sections (KEPT_SECTIONS) are carried over into the new one as they are.
results_path, machine_path = sys.argv[1], sys.argv[2]
previous_path = sys.argv[3] if len(sys.argv) > 3 else None
here = os.path.dirname(os.path.abspath(__file__))
work_results = os.path.dirname(results_path)
logs = os.path.join(os.path.dirname(work_results), "logs")

COLUMNS = ["size", "op", "tool", "command", "median", "cpu", "runs", "peak_kb", "status", "at", "load"]
rows = []
with open(results_path, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= len(COLUMNS):
            rows.append(dict(zip(COLUMNS, parts)))
# Rows of builds no longer measured: the ReadyToRun startup rows ("steward-r2r") are dropped; a "steward" row from
# before the native build (its command's bracket does not say "native") stays in a results file until that row is
# remeasured, and is shown as what it is, never as the native build.
rows = [r for r in rows if r["tool"] != "steward-r2r"]
for r in rows:
    if r["tool"] == "steward" and r["command"] and "[native, " not in r["command"]:
        r["tool"] = "steward-earlier"

machine = {}
with open(machine_path, encoding="utf-8") as f:
    for line in f:
        key, _, value = line.rstrip("\n").partition("=")
        machine[key] = value

# The range each tool read for "since the last release" (compare.sh's record_range): (size, tool) -> (base, commits).
ranges = {}
try:
    with open(os.path.join(work_results, "ranges.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4:
                ranges[(parts[0], parts[1])] = (parts[2], parts[3])
except OSError:
    pass

by = {(r["size"], r["op"], r["tool"]): r for r in rows}

# How each tool is named in the tables.
TOOL_LABELS = {"steward": "steward", "steward-jit": "steward (JIT)",
               "steward-earlier": "steward (an earlier ReadyToRun build, not remeasured)"}
# Steward first, its JIT build second, then the peers.
order = {"steward": 0, "steward-jit": 1, "steward-earlier": 1.5}


def tool_label(tool):
    return TOOL_LABELS.get(tool, tool)


def ok(r):
    return r is not None and r["status"] == "ok" and num(r, "median") is not None


def num(r, key):
    try:
        return float(r[key]) if r and r.get(key) else None
    except ValueError:
        return None


def seconds(v):
    if v is None:
        return "—"
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def mib(kb):
    return "—" if kb is None else f"{kb / 1024:.0f} MiB" if kb >= 10240 else f"{kb / 1024:.1f} MiB"


def cell(text):
    return text.replace("|", "\\|")


def ratio(a, b):
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}×"


# The floor of each operation: what git alone needs to hand over the same data.
FLOOR_PARTS = {
    "next": ["tags", "range"],
    "log": ["tags", "range"],
    "notes": ["tags", "range"],
    "changelog": ["tags", "history"],
    "propagate": ["files"],
}
OPS = [
    ("next", "next version", "`steward next`"),
    ("log", "commits since the last release, as data", "`steward log --json`"),
    ("notes", "next version and the unreleased notes", "`steward changelog --dry-run`"),
    ("changelog", "whole changelog from every release tag", "`steward changelog --regenerate --dry-run`"),
    ("propagate", "version targets, dry run", "`steward propagate --dry-run`"),
]
# Operations that read "since the last release", where the range a tool took is printed beside it.
RANGED_OPS = {"next", "log", "notes"}


def floor(size, op):
    parts = [by.get((size, p, "floor")) for p in FLOOR_PARTS[op]]
    if any(p is None or num(p, "median") is None for p in parts):
        return None, None, None
    wall = sum(num(p, "median") for p in parts)
    cpu = sum(num(p, "cpu") or 0 for p in parts)
    peak = max(num(p, "peak_kb") or 0 for p in parts)
    return wall, cpu, peak


def size_label(size):
    try:
        n = int(size)
        return f"10^{len(str(n)) - 1} commits" if str(n).strip("0") == "1" else f"{n} commits"
    except ValueError:
        return size


def repo_facts(size):
    """make-repo.sh's facts of the repository of that size (machine.txt), e.g. last_stable_tag, expected_next."""
    facts = {}
    for part in machine.get(f"repo:repo-{size}", "").split():
        key, _, value = part.partition("=")
        facts[key] = value
    return facts


def range_text(size, tool):
    """The range a tool read, as `BASE..HEAD` and its commit count, or None when not recorded."""
    got = ranges.get((size, tool))
    if got is None:
        return None
    base, count = got
    return f"`{base}..HEAD`, {count} commits" if base else f"the whole history, {count} commits"


out = []
w = out.append
w("# Benchmark results")
w("")
w("Written by `bench/compare.sh` (see [docs/benchmarks.md](../docs/benchmarks.md) for how to rerun and read it). Every")
w("number below was measured by that script on the machine described here; a row without a number says why. The")
w("sections marked *measured by hand* are not: they are carried over as they are, with their own dates.")
w("")
w(f"- Report written: {machine.get('date', '?')}")
w(f"- Machine: {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}), {machine.get('memory', '?')} memory, "
  f"{machine.get('os', '?')}")
w(f"- Tools: {machine.get('git', '?')}; .NET SDK {machine.get('dotnet', '?')}; node {machine.get('node', '?')}; "
  f"{machine.get('hyperfine', '?')}; Steward {machine.get('steward', '?')}, measured as the native build "
  "(`steward`) with the JIT build beside it (`steward (JIT)`), see below; git-cliff's binary: "
  f"{machine.get('git-cliff-binary', '?')}")
peers = [f"{k[4:]} {v}" for k, v in machine.items() if k.startswith("npm:") and v != "not installed"]
if peers:
    w(f"- npm peers: {', '.join(peers)}")
for k, v in machine.items():
    if k.startswith("dotnet:"):
        w(f"- {k[7:]}: {v}")
w("- Repositories (`make-repo.sh N`, seed 42), each with a commit-graph written (`git commit-graph write "
  "--reachable`, the state `git gc` leaves); every tool ran on that same state (`range_commits`: the commits since "
  "the last stable release, what the floor reads):")
for k, v in machine.items():
    if k.startswith("repo:"):
        w(f"  - {k[5:]}: {v}")
w("")
w("**Builds.** `steward` is the native build, what `dotnet tool install` gives on linux-x64: `dotnet publish src/Steward")
w("-c Release -r linux-x64`, Native AOT with exactly the settings of `src/Steward/Steward.csproj`. `steward (JIT)` is")
w("the framework-dependent build every other platform gets (the `any` tool package): `dotnet publish src/Steward -c")
w("Release -p:PublishAot=false`, compiled at run time. Both are built from the same commit, named in the Commands")
w("section. Every ratio to Steward (× Steward, the targets) is to the native build.")
w("")
w("Columns: **median** wall-clock time over the runs (hyperfine, output through a pipe); **CPU** the mean user+system")
w("time of a run, children included, which a busy machine disturbs far less than wall time; **peak** the maximum")
w("resident set size of the largest single process of the run (`/usr/bin/time -v`, one run); **× floor** and")
w("**× Steward** the median over the floor's or the native Steward's median for the same operation on the same")
w("repository (above 1 is slower). **load** is the load average (1, 5, 15 minutes) when the row was measured: compare")
w("rows taken under similar load, and prefer the CPU column when the loads differ.")
w("")
w("The floor of an operation is git alone producing the same data with the same format, one process after the other:")
w("`git for-each-ref` over `refs/tags/` plus `git log -z` over the commits since the last stable release (next, log,")
w("notes), or over the whole history (changelog); `git ls-files -z` for propagate.")
w("")

sizes = sorted({r["size"] for r in rows if r["size"] != "small"}, key=lambda s: int(s) if s.isdigit() else 0)

# Startup.
git_v = by.get(("small", "startup", "git"))
STARTUP = [
    ("startup", "git", "`git --version`", "—"),
    ("startup", "dotnet-floor", "the smallest .NET program (bench/StartupFloor)", "native"),
    ("startup", "dotnet-floor-jit", "the smallest .NET program (bench/StartupFloor)", "JIT"),
    ("startup", "steward", "`steward --version`", "native"),
    ("startup", "steward-jit", "`steward --version`", "JIT"),
    ("lint", "steward", "`steward lint --message-file F`", "native"),
    ("lint", "steward-jit", "`steward lint --message-file F`", "JIT"),
    ("version", "steward", "`steward version`, small repository", "native"),
    ("version", "steward-jit", "`steward version`, small repository", "JIT"),
    ("next", "steward", "`steward next`, small repository", "native"),
    ("next", "steward-jit", "`steward next`, small repository", "JIT"),
]
w("## Startup")
w("")
w("What a commit-msg hook (`lint`) and a CI step (`version`, `next`) pay before any history counts. The small repository")
w("has a VERSION file, one annotated release tag and three commits after it; `lint` reads a three-line message from a")
w("file. The smallest .NET program prints a version and nothing else, published both ways as Steward is: what starting")
w("the runtime costs before Steward does anything.")
w("")
w("| command | build | median | CPU | peak | × `git --version` | × `git --version`, CPU | runs | load |")
w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for op, tool, label, build in STARTUP:
    r = by.get(("small", op, tool))
    if r is None:
        w(f"| {label} | {build} | not measured | | | | | | |")
        continue
    if r["status"] != "ok":
        w(f"| {label} | {build} | {cell(r['status'])} | | | | | | {r['load']} |")
        continue
    w(f"| {label} | {build} | {seconds(num(r, 'median'))} | {seconds(num(r, 'cpu'))} | {mib(num(r, 'peak_kb'))} | "
      f"{ratio(num(r, 'median'), num(git_v, 'median'))} | {ratio(num(r, 'cpu'), num(git_v, 'cpu'))} | "
      f"{r['runs']} | {r['load']} |")
w("")

# The native build's start-up, its profile and earlier comparisons, measured by hand (bench/native.md).
native = os.path.join(here, "native.md")
if os.path.exists(native):
    w("### Native AOT, measured by hand (bench/native.md)")
    w("")
    w("Measured by hand (instructions, git processes, profiles, earlier builds), not by `compare.sh`: copied from")
    w("`bench/native.md` as it is, each part with its own date. The tables above and below are `compare.sh`'s.")
    w("")
    w(open(native, encoding="utf-8").read().rstrip())
    w("")

for size in sizes:
    facts = repo_facts(size)
    w(f"## {size_label(size)}")
    w("")
    w("| operation | tool | median | CPU | peak | × floor | × floor, CPU | × Steward | × Steward, CPU | runs | load |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    steward_range = ranges.get((size, "steward"))
    for op, what, _ in OPS:
        fw, fc, fp = floor(size, op)
        st = by.get((size, op, "steward"))
        st_wall = num(st, "median") if ok(st) else None
        st_cpu = num(st, "cpu") if ok(st) else None
        op_rows = [r for r in rows if r["size"] == size and r["op"] == op]
        if not op_rows and fw is None:
            continue
        floor_name = "floor (git)"
        if op in RANGED_OPS and facts.get("last_stable_tag"):
            floor_name += f", `{facts['last_stable_tag']}..HEAD`"
        w(f"| **{op}**: {what} | {floor_name} | {seconds(fw)} | {seconds(fc)} | {mib(fp)} | 1.00× | 1.00× | "
          f"{ratio(fw, st_wall)} | {ratio(fc, st_cpu)} | | |")
        for r in sorted(op_rows, key=lambda r: (order.get(r["tool"], 2), num(r, "median") or 1e99)):
            name = tool_label(r["tool"])
            # Where a tool read another range than Steward's, the row says which.
            got = ranges.get((size, r["tool"]))
            if op in RANGED_OPS and got and steward_range and got[0] != steward_range[0]:
                name += f", `{got[0] or 'whole history'}..HEAD`"
            if r["status"] != "ok":
                w(f"| {op} | {name} | {cell(r['status'])} | | | | | | | | {r['load']} |")
                continue
            m = num(r, "median")
            c = num(r, "cpu")
            w(f"| {op} | {name} | {seconds(m)} | {seconds(c)} | {mib(num(r, 'peak_kb'))} | "
              f"{ratio(m, fw)} | {ratio(c, fc)} | {ratio(m, st_wall)} | {ratio(c, st_cpu)} | {r['runs']} | {r['load']} |")
    # What each tool answered to "next version", and over which range, beside what make-repo.sh says the answer is.
    want = facts.get("expected_next", "?")
    answers = []
    for r in sorted((r for r in rows if r["size"] == size and r["op"] == "next" and r["status"] == "ok"),
                    key=lambda r: (order.get(r["tool"], 2), r["tool"])):
        try:
            with open(os.path.join(logs, f"{size}-next-{r['tool']}.out"), encoding="utf-8") as f:
                first = next((line.strip() for line in f if line.strip()), "")
        except OSError:
            continue
        where = range_text(size, r["tool"])
        answers.append(f"{tool_label(r['tool'])} `{cell(first[:60])}` "
                       f"({'from ' + where if where else 'range not reported by the tool'})")
    if answers:
        w("")
        expected_range = (f" from `{facts['last_stable_tag']}..HEAD`, {facts.get('range_commits', '?')} commits, "
                          "the floor's range" if facts.get("last_stable_tag") else "")
        w(f"Answers to *next version*, each with the range the tool read as \"since the last release\" (make-repo.sh "
          f"expects {want}{expected_range}): " + "; ".join(answers) + ".")
        cliff = ranges.get((size, "git-cliff"))
        if cliff and steward_range and cliff[0] != steward_range[0]:
            w("")
            w(f"git-cliff takes the last tag, a release candidate included, as the last release (`{cliff[0]}`), so "
              f"its next and notes rows read {cliff[1]} commits where Steward read {steward_range[1]}: the times "
              "are for the operation as each tool does it, not for the same work.")
    extra = by.get((size, "tags", "floor-merged"))
    if ok(extra):
        w("")
        w(f"For reference, `git for-each-ref --merged=HEAD` (tags reachable from HEAD, which finding the last release "
          f"needs): {seconds(num(extra, 'median'))} median, {seconds(num(extra, 'cpu'))} CPU; plain "
          f"`git for-each-ref`: {seconds(num(by.get((size, 'tags', 'floor')), 'median'))}; "
          f"`git merge-base --is-ancestor LAST-RELEASE HEAD`: {seconds(num(by.get((size, 'ancestor', 'floor')), 'median'))}; "
          f"`git log` over the range: "
          f"{seconds(num(by.get((size, 'range', 'floor')), 'median'))}; over the whole history: "
          f"{seconds(num(by.get((size, 'history', 'floor')), 'median'))}.")
    w("")

# Targets: issue 19's, each with its verdict computed from the rows above (the native build).
w("## Targets (issue 19)")
w("")
w("Each verdict is computed from the rows above, for the native build; wall time decides (the targets are set for a")
w("quiet machine), CPU time is given beside it. The JIT build's ratio is shown for comparison, not judged.")
w("")
big = "1000000"


def verdict(r, limit):
    return "met" if r <= limit else f"missed by {r / limit:.2f}× ({r:.2f}× against {limit}×)"


def jit_note(wall_ratio):
    return f"; JIT: {wall_ratio:.2f}×" if wall_ratio is not None else ""


def startup_target(name, op, limit):
    st, jit = by.get(("small", op, "steward")), by.get(("small", op, "steward-jit"))
    if not ok(st) or not ok(git_v):
        why = f" ({cell(st['status'])})" if st and st["status"] != "ok" else ""
        return f"| {name} | not measured{why} | |"
    r = num(st, "median") / num(git_v, "median")
    rc = num(st, "cpu") / num(git_v, "cpu") if num(st, "cpu") and num(git_v, "cpu") else None
    rj = num(jit, "median") / num(git_v, "median") if ok(jit) else None
    cpu = f", {rc:.2f}× (CPU)" if rc is not None else ""
    return (f"| {name} | {r:.2f}× (wall){cpu}: {seconds(num(st, 'median'))} against "
            f"{seconds(num(git_v, 'median'))}{jit_note(rj)} | {verdict(r, limit)} |")


def floor_target(name, op, limit, size):
    fw, fc, _ = floor(size, op)
    st, jit = by.get((size, op, "steward")), by.get((size, op, "steward-jit"))
    if not ok(st) or fw is None:
        why = f" ({cell(st['status'])})" if st and st["status"] != "ok" else ""
        return f"| {name} | not measured at {size_label(size)}{why} | |"
    r = num(st, "median") / fw
    rc = num(st, "cpu") / fc if num(st, "cpu") and fc else None
    rj = num(jit, "median") / fw if ok(jit) else None
    cpu = f", {rc:.2f}× (CPU)" if rc is not None else ""
    return (f"| {name} | {r:.2f}× the floor (wall){cpu} at {size_label(size)}{jit_note(rj)} | "
            f"{verdict(r, limit)} |")


w("| target | measured | verdict |")
w("| --- | --- | --- |")
w(startup_target("`steward --version` within 3× of `git --version`", "startup", 3))
w(startup_target("`steward lint --message-file F` within 5× of `git --version`", "lint", 5))
w(startup_target("`steward version`, small repository, within 5× of `git --version`", "version", 5))
w(floor_target("`steward next` within 1.5× of the floor at 10^6", "next", 1.5, big))
w(floor_target("`steward log --json` within 1.5× of the floor at 10^6", "log", 1.5, big))
w(floor_target("`changelog --regenerate` within 2× of the floor at 10^6", "changelog", 2.0, big))
cl = by.get((big, "changelog", "steward"))
own_file = os.path.join(work_results, f"profile-{big}-changelog.own")
try:
    own_kb = int(open(own_file, encoding="utf-8").read().strip())
except (OSError, ValueError):
    own_kb = None
if own_kb:
    mb = own_kb * 1024 / 1e6
    tree = (f"; the largest process of the run, git's included: {num(cl, 'peak_kb') / 1024:.0f} MiB"
            if cl and num(cl, "peak_kb") else "")
    w(f"| `changelog --regenerate` under 200 MB at 10^6 | Steward's process {own_kb / 1024:.0f} MiB "
      f"({mb:.0f} MB, VmHWM of the native build){tree} | {'met' if mb < 200 else f'missed by {mb - 200:.0f} MB'} |")
elif ok(cl) and num(cl, "peak_kb") is not None:
    peak = num(cl, "peak_kb") / 1024
    w(f"| `changelog --regenerate` under 200 MB at 10^6 | {peak:.0f} MiB, largest process of the run "
      f"(git's included; Steward's own not sampled) | "
      f"{'met' if peak * 1.048576 < 200 else f'missed by {peak * 1.048576 - 200:.0f} MB'} |")
else:
    w("| `changelog --regenerate` under 200 MB at 10^6 | not measured at 10^6 commits | |")


def ahead_of(peers_wanted):
    """Steward (native) against each peer on every operation both ran, at every size: (compared, lost, timed out,
    the peers compared)."""
    compared, lost, timed_out, names = 0, [], [], set()
    for size in sizes:
        for op, _, _ in OPS:
            st = by.get((size, op, "steward"))
            if not ok(st):
                continue
            for r in rows:
                if r["size"] != size or r["op"] != op or not peers_wanted(r["tool"]):
                    continue
                if r["status"].startswith("timeout"):
                    # The peer did not finish in the time Steward's run took a fraction of: Steward is ahead.
                    compared += 1
                    names.add(r["tool"])
                    timed_out.append(f"{r['tool']} on {op} at {size_label(size)}")
                    continue
                if not ok(r):
                    continue
                compared += 1
                names.add(r["tool"])
                wall = num(r, "median") <= num(st, "median")
                cpu = (num(r, "cpu") or 0) <= (num(st, "cpu") or 0)
                if wall or cpu:
                    how = "wall and CPU" if wall and cpu else "wall" if wall else "CPU"
                    lost.append((wall, f"{r['tool']} on {op} at {size_label(size)} ({how}: "
                                       f"{seconds(num(r, 'median'))}, {seconds(num(r, 'cpu'))} CPU against Steward's "
                                       f"{seconds(num(st, 'median'))}, {seconds(num(st, 'cpu'))} CPU)"))
    return compared, lost, timed_out, names


NOT_PEERS = {"steward", "steward-jit", "steward-earlier", "floor", "floor-merged", "git", "dotnet-floor", "dotnet-floor-jit"}
for name, wanted in [("ahead of git-cliff (its binary) on every shared operation at every size",
                      lambda t: t == "git-cliff"),
                     ("ahead of every peer on every shared operation at every size (issue 8)",
                      lambda t: t not in NOT_PEERS)]:
    compared, lost, timed_out, names = ahead_of(wanted)
    if compared == 0:
        w(f"| {name} | not measured (no native Steward row beside a peer's) | |")
        continue
    lost_wall = [text for wall, text in lost if wall]
    measured = (f"ahead in {compared - len(lost_wall)} of {compared} comparisons by wall time, "
                f"{compared - len(lost)} by wall and CPU time both (against {', '.join(sorted(names))})")
    if timed_out:
        measured += f" (timed out, counted as ahead: {', '.join(timed_out)})"
    verdict_text = "met" if not lost_wall else "missed (wall): " + "; ".join(lost_wall)
    cpu_only = [text for wall, text in lost if not wall]
    if cpu_only:
        verdict_text += "; behind by CPU time only: " + "; ".join(cpu_only)
    w(f"| {name} | {measured} | {verdict_text} |")
w("")

# What the profiles show, read by hand (bench/findings.md, beside this script).
findings = os.path.join(here, "findings.md")
if os.path.exists(findings):
    w("## What the measurements and profiles show")
    w("")
    w(open(findings, encoding="utf-8").read().rstrip())
    w("")

# The commands, as run (the largest size's, which differ from the others' only in paths and tag names).
commands = {}
for r in rows:
    if r["command"]:
        commands[(r["op"], r["tool"])] = r["command"]
if commands:
    w("## Commands")
    w("")
    w("As last run (sizes differ only in paths and tag names). `$WORK` is the scratch folder; Steward's rows name the")
    w("build they measured in brackets (native or JIT, branch and commit).")
    w("")
    w("| operation | tool | command |")
    w("| --- | --- | --- |")
    for (op, tool), command in sorted(commands.items()):
        w(f"| {op} | {tool_label(tool)} | `{cell(command)}` |")
    w("")

# The in-process benchmarks, as BenchmarkDotNet wrote them.
micro = sorted(glob.glob(os.path.join(work_results, "micro", "*-report-github.md")))
if micro:
    w("## In-process benchmarks (BenchmarkDotNet)")
    w("")
    w("`dotnet run -c Release --project bench/Steward.Benchmarks -- --filter '*' --job short --inProcess` (JIT); the log")
    w("reader reads the 10^4-commit repository above. Tables as BenchmarkDotNet exported them:")
    w("")
    for md in micro:
        name = os.path.basename(md).replace("Steward.Benchmarks.", "").replace("-report-github.md", "")
        w(f"### {name}")
        w("")
        text = open(md, encoding="utf-8").read().strip()
        w(text)
        w("")

# Profiles of Steward's own runs: where a missed target's time goes.
profiles = sorted(glob.glob(os.path.join(work_results, "profile-*.git.txt")))
if profiles:
    w("## Profiles")
    w("")
    w("One run of each Steward command, native, under git's trace2 (every git process Steward started and how long it")
    w("ran) with its own peak memory, then one run of the JIT build under `dotnet-trace collect --profile")
    w("dotnet-sampled-thread-time` (the sampling profiler needs the runtime's event pipe, which the native build does not")
    w("serve; the methods are the same, compiled at run time): methods by inclusive share of the samples, all threads, so")
    w("waiting threads count too. Raw files: `$WORK/results/profile-*`.")
    w("")
    for git_txt in profiles:
        name = os.path.basename(git_txt)[len("profile-"):-len(".git.txt")]
        size, _, op = name.partition("-")
        where = "a small repository" if size == "small" else size_label(size)
        w(f"### {op} on {where}")
        w("")
        w("```")
        w(open(git_txt, encoding="utf-8").read().rstrip())
        w("```")
        dotnet_txt = git_txt[:-len(".git.txt")] + ".dotnet.txt"
        if os.path.exists(dotnet_txt):
            text = [line.rstrip() for line in open(dotnet_txt, encoding="utf-8") if line.strip()]
            w("")
            w("```")
            w("\n".join(line[:150] for line in text[:24]))
            w("```")
        w("")

# Sections measured by hand and kept in RESULTS.md itself (other scripts' results, copied in by hand): carried over
# from the file being replaced, from their heading to the next generated heading or the end, as they are.
KEPT_SECTIONS = ["## Monorepo"]
if previous_path and os.path.exists(previous_path):
    generated = {line for line in out if line.startswith("## ")}
    kept, keeping = [], False
    for line in open(previous_path, encoding="utf-8").read().rstrip().split("\n"):
        if line.startswith("## "):
            keeping = any(line.startswith(k) for k in KEPT_SECTIONS) or (keeping and line not in generated
                                                                           and not line.startswith("## Targets"))
        if keeping:
            kept.append(line)
    if kept:
        w("\n".join(kept))
        w("")
print("\n".join(out).rstrip())
