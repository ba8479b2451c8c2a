#!/usr/bin/env python3
"""Writes bench/RESULTS.md (to stdout) from the rows bench/compare.sh stored. Standard library only.

Every number printed here comes from a row of results.tsv, that is from a measurement; a missing measurement is
printed as "not measured", never estimated.
"""
import os
import sys
from collections import defaultdict



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

results_path, machine_path = sys.argv[1], sys.argv[2]

COLUMNS = ["size", "op", "tool", "command", "median", "cpu", "runs", "peak_kb", "status", "at", "load"]
rows = []
with open(results_path, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= len(COLUMNS):
            rows.append(dict(zip(COLUMNS, parts)))

machine = {}
with open(machine_path, encoding="utf-8") as f:
    for line in f:
        key, _, value = line.rstrip("\n").partition("=")
        machine[key] = value

by = {(r["size"], r["op"], r["tool"]): r for r in rows}


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


out = []
w = out.append
w("# Benchmark results")
w("")
w("Written by `bench/compare.sh` (see [docs/benchmarks.md](../docs/benchmarks.md) for how to rerun and read it). Every")
w("number below was measured by that script on the machine described here; a row without a number says why.")
w("")
w(f"- Report written: {machine.get('date', '?')}")
w(f"- Machine: {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}), {machine.get('memory', '?')} memory, "
  f"{machine.get('os', '?')}")
w(f"- Tools: {machine.get('git', '?')}; .NET SDK {machine.get('dotnet', '?')}; node {machine.get('node', '?')}; "
  f"{machine.get('hyperfine', '?')}; Steward {machine.get('steward', '?')} (published ReadyToRun, see below)")
peers = [f"{k[4:]} {v}" for k, v in machine.items() if k.startswith("npm:")]
if peers:
    w(f"- npm peers: {', '.join(peers)}")
for k, v in machine.items():
    if k.startswith("dotnet:"):
        w(f"- {k[7:]}: {v}")
w("- Repositories (`make-repo.sh N`, seed 42), each with a commit-graph written (`git commit-graph write "
  "--reachable`, the state `git gc` leaves); every tool ran on that same state:")
for k, v in machine.items():
    if k.startswith("repo:"):
        w(f"  - {k[5:]}: {v}")
w("")
w("Columns: **median** wall-clock time over the runs (hyperfine, output through a pipe); **CPU** the mean user+system")
w("time of a run, which a busy machine disturbs far less than wall time; **peak** the maximum resident set size of the")
w("largest single process of the run (`/usr/bin/time -v`, one run); **× floor** and **× Steward** the median over the")
w("floor's or Steward's median for the same operation on the same repository (above 1 is slower). **load** is the")
w("1-minute load average when the row was measured: the machine was shared with other builds, so compare rows taken")
w("under similar load, and prefer the CPU column when the loads differ.")
w("")
w("The floor of an operation is git alone producing the same data with the same format, one process after the other:")
w("`git for-each-ref` over `refs/tags/` plus `git log -z` over the commits since the last stable release (next, log,")
w("notes), or over the whole history (changelog); `git ls-files -z` for propagate.")
w("")

sizes = sorted({r["size"] for r in rows if r["size"] != "small"}, key=lambda s: int(s) if s.isdigit() else 0)

# Startup.
w("## Startup")
w("")
w("| command | median | CPU | peak | × `git --version` | × `git --version`, CPU | runs | load |")
w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
git_v = by.get(("small", "startup", "git"))
for op, tool, label in [("startup", "git", "`git --version`"),
                        ("startup", "dotnet-floor", "the smallest .NET program (bench/StartupFloor, ReadyToRun)"),
                        ("startup", "steward-r2r", "`steward --version` (ReadyToRun)"),
                        ("startup", "steward-jit", "`steward --version` (JIT, plain `dotnet publish`)"),
                        ("version", "steward-r2r", "`steward version`, small repository (ReadyToRun)"),
                        ("version", "steward-jit", "`steward version`, small repository (JIT)")]:
    r = by.get(("small", op, tool))
    if r is None:
        w(f"| {label} | not measured | | | | | | |")
        continue
    if r["status"] != "ok":
        w(f"| {label} | {cell(r['status'])} | | | | | | |")
        continue
    w(f"| {label} | {seconds(num(r, 'median'))} | {seconds(num(r, 'cpu'))} | {mib(num(r, 'peak_kb'))} | "
      f"{ratio(num(r, 'median'), num(git_v, 'median'))} | {ratio(num(r, 'cpu'), num(git_v, 'cpu'))} | "
      f"{r['runs']} | {r['load']} |")
w("")

# The Native AOT build, measured by hand (bench/native.md): compare.sh publishes ReadyToRun and JIT builds only.
native = os.path.join(os.path.dirname(os.path.abspath(__file__)), "native.md")
if os.path.exists(native):
    w("### Native AOT (measured by hand)")
    w("")
    w(open(native, encoding="utf-8").read().rstrip())
    w("")

for size in sizes:
    w(f"## {size_label(size)}")
    w("")
    w("| operation | tool | median | CPU | peak | × floor | × floor, CPU | × Steward | × Steward, CPU | runs | load |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for op, what, _ in OPS:
        fw, fc, fp = floor(size, op)
        st = by.get((size, op, "steward"))
        st_wall = num(st, "median") if st and st["status"] == "ok" else None
        st_cpu = num(st, "cpu") if st and st["status"] == "ok" else None
        op_rows = [r for r in rows if r["size"] == size and r["op"] == op]
        if not op_rows and fw is None:
            continue
        w(f"| **{op}**: {what} | floor (git) | {seconds(fw)} | {seconds(fc)} | {mib(fp)} | 1.00× | 1.00× | "
          f"{ratio(fw, st_wall)} | {ratio(fc, st_cpu)} | | |")
        for r in sorted(op_rows, key=lambda r: (r["tool"] != "steward", num(r, "median") or 1e99)):
            if r["status"] != "ok":
                w(f"| {op} | {r['tool']} | {cell(r['status'])} | | | | | | | | {r['load']} |")
                continue
            m = num(r, "median")
            c = num(r, "cpu")
            w(f"| {op} | {r['tool']} | {seconds(m)} | {seconds(c)} | {mib(num(r, 'peak_kb'))} | "
              f"{ratio(m, fw)} | {ratio(c, fc)} | {ratio(m, st_wall)} | {ratio(c, st_cpu)} | {r['runs']} | {r['load']} |")
    # What each tool answered to "next version", beside what make-repo.sh says the answer is.
    logs = os.path.join(os.path.dirname(os.path.dirname(results_path)), "logs")
    expected = machine.get(f"repo:repo-{size}", "")
    want = next((part.split("=", 1)[1] for part in expected.split() if part.startswith("expected_next=")), "?")
    answers = []
    for r in rows:
        if r["size"] == size and r["op"] == "next" and r["status"] == "ok":
            try:
                with open(os.path.join(logs, f"{size}-next-{r['tool']}.out"), encoding="utf-8") as f:
                    first = next((line.strip() for line in f if line.strip()), "")
            except OSError:
                continue
            answers.append(f"{r['tool']} `{cell(first[:60])}`")
    if answers:
        w("")
        w(f"Answers to *next version* (make-repo.sh expects {want}): " + "; ".join(answers) + ".")
    extra = by.get((size, "tags", "floor-merged"))
    if extra and extra["status"] == "ok":
        w("")
        w(f"For reference, `git for-each-ref --merged=HEAD` (tags reachable from HEAD, which finding the last release "
          f"needs): {seconds(num(extra, 'median'))} median, {seconds(num(extra, 'cpu'))} CPU; plain "
          f"`git for-each-ref`: {seconds(num(by.get((size, 'tags', 'floor')), 'median'))}; "
          f"`git merge-base --is-ancestor LAST-RELEASE HEAD`: {seconds(num(by.get((size, 'ancestor', 'floor')), 'median'))}; "
          f"`git log` over the range: "
          f"{seconds(num(by.get((size, 'range', 'floor')), 'median'))}; over the whole history: "
          f"{seconds(num(by.get((size, 'history', 'floor')), 'median'))}.")
    w("")

# Targets.
w("## Targets (issue #8)")
w("")
big = "1000000"


def verdict(r, limit):
    return "met" if r <= limit else f"missed by {r / limit:.2f}× ({r:.2f}× against {limit}×)"


def target_row(name, op, limit, size):
    fw, fc, _ = floor(size, op)
    st = by.get((size, op, "steward"))
    if st is None or st["status"] != "ok" or fw is None:
        why = cell(st["status"]) if st else "no measurement"
        return f"| {name} | not measured at {size_label(size)} ({why}) | |"
    r, rc = num(st, "median") / fw, num(st, "cpu") / fc
    return (f"| {name} | {r:.2f}× the floor (wall), {rc:.2f}× (CPU) at {size_label(size)} | "
            f"wall: {verdict(r, limit)}; CPU: {verdict(rc, limit)} |")


w("| target | measured | verdict |")
w("| --- | --- | --- |")
w(target_row("`steward next` within 1.5× of the floor at 10^6", "next", 1.5, big))
w(target_row("`steward log --json` within 1.5× of the floor at 10^6", "log", 1.5, big))
w(target_row("`changelog --regenerate` within 2× of the floor at 10^6", "changelog", 2.0, big))
cl = by.get((big, "changelog", "steward"))
own_file = os.path.join(os.path.dirname(results_path), f"profile-{big}-changelog.own")
try:
    own_kb = int(open(own_file, encoding="utf-8").read().strip())
except (OSError, ValueError):
    own_kb = None
if own_kb:
    mb = own_kb * 1024 / 1e6
    tree = f"; the largest process of the run, git's included: {num(cl, 'peak_kb') / 1024:.0f} MiB" if cl and num(cl, "peak_kb") else ""
    w(f"| `changelog --regenerate` peak memory under 200 MB at 10^6 | Steward's process {own_kb / 1024:.0f} MiB "
      f"({mb:.0f} MB){tree} | {'met' if mb < 200 else f'missed by {mb - 200:.0f} MB'} |")
elif cl and cl["status"] == "ok" and num(cl, "peak_kb") is not None:
    peak = num(cl, "peak_kb") / 1024
    w(f"| `changelog --regenerate` peak memory under 200 MB at 10^6 | {peak:.0f} MiB, largest process of the run "
      f"(git's included; Steward's own not sampled) | {'met' if peak * 1.048576 < 200 else f'missed by {peak * 1.048576 - 200:.0f} MB'} |")
else:
    w("| `changelog --regenerate` peak memory under 200 MB at 10^6 | not measured | |")
sv = by.get(("small", "version", "steward-r2r"))
if sv and git_v and sv["status"] == "ok" and git_v["status"] == "ok":
    r = num(sv, "median") / num(git_v, "median")
    rc = num(sv, "cpu") / num(git_v, "cpu")
    w(f"| `steward version` within 3× of `git --version` | {r:.1f}× (wall), {rc:.1f}× (CPU) | "
      f"wall: {verdict(r, 3)}; CPU: {verdict(rc, 3)} |")
else:
    w("| `steward version` within 3× of `git --version` | not measured | |")

# Ahead of every peer on every shared operation at every size, in wall time and in CPU time.
behind, compared, behind_wall, behind_cpu = [], 0, 0, 0
for size in sizes:
    for op, _, _ in OPS:
        st = by.get((size, op, "steward"))
        if st is None or st["status"] != "ok":
            continue
        for r in rows:
            if r["size"] == size and r["op"] == op and r["tool"] != "steward" and r["status"] == "ok":
                compared += 1
                wall = num(r, "median") <= num(st, "median")
                cpu = (num(r, "cpu") or 0) <= (num(st, "cpu") or 0)
                behind_wall += wall
                behind_cpu += cpu
                if wall or cpu:
                    how = "wall and CPU" if wall and cpu else "wall" if wall else "CPU"
                    behind.append(f"{r['tool']} on {op} at {size_label(size)} ({how}: {seconds(num(r, 'median'))}, "
                                  f"{seconds(num(r, 'cpu'))} CPU against Steward's {seconds(num(st, 'median'))}, "
                                  f"{seconds(num(st, 'cpu'))} CPU)")
if compared == 0:
    w("| ahead of every peer on every shared operation at every size | not measured (no Steward row beside a peer) | |")
else:
    measured = (f"ahead in {compared - behind_wall} of {compared} comparisons by wall time, {compared - behind_cpu} "
                "by CPU time (peers that timed out or failed not counted)")
    w(f"| ahead of every peer on every shared operation at every size | {measured} | "
      + ("met" if not behind else "missed: " + "; ".join(behind)) + " |")
w("")

# What the profiles show, read by hand (bench/findings.md, beside this script).
findings = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings.md")
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
    w("As last run (sizes differ only in paths and tag names). `$WORK` is the scratch folder; Steward's rows name the build they measured in brackets.")
    w("")
    w("| operation | tool | command |")
    w("| --- | --- | --- |")
    for (op, tool), command in sorted(commands.items()):
        w(f"| {op} | {tool} | `{cell(command)}` |")
    w("")

# The in-process benchmarks, as BenchmarkDotNet wrote them.
import glob
import os
micro = sorted(glob.glob(os.path.join(os.path.dirname(results_path), "micro", "*-report-github.md")))
if micro:
    w("## In-process benchmarks (BenchmarkDotNet)")
    w("")
    w("`dotnet run -c Release --project bench/Steward.Benchmarks -- --filter '*' --job short --inProcess`; the log")
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
import glob
import os
profiles = sorted(glob.glob(os.path.join(os.path.dirname(results_path), "profile-*.git.txt")))
if profiles:
    w("## Profiles")
    w("")
    w("One run of each Steward command under git's trace2 (every git process Steward started and how long it ran) and")
    w("under `dotnet-trace collect --profile dotnet-sampled-thread-time` (methods by inclusive share of the samples, all")
    w("threads, so waiting threads count too). Raw files: `bench/work/results/profile-*`.")
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
print("\n".join(out))
