#!/usr/bin/env bash
# bench/make-monorepo.sh N K MODE [DIR] [SEED]
# The monorepo mode of the synthetic repository generator (the shared bench/make-repo.sh is not changed): exactly N
# commits of Conventional-Commits history over K components, top-level folders c00 .. c{K-1}, each commit touching one
# to three of them (and, 1 in 20, only docs/ outside every component), built with `git fast-import`. Deterministic for
# given N, K and SEED. Refs are packed and a commit-graph written, as in a clone after `git gc`.
#
# MODE decides only the tags and steward.yml, so the two repositories have the same commits and files:
#   mono    a steward.yml listing the K components; every 200 commits each component touched since its last release
#           gets a release tag cNN-vX.Y.Z (several tags on one commit), its version following its own bumps
#   single  no steward.yml (one component at the root); every 200 commits a tag vX.Y.Z
# The last 50+ commits are left unreleased. Writes DIR/.git/bench-expected.txt.
set -euo pipefail
N=${1:?usage: make-monorepo.sh N K MODE [DIR] [SEED]}
K=${2:?usage: make-monorepo.sh N K MODE [DIR] [SEED]}
MODE=${3:?usage: make-monorepo.sh N K MODE [DIR] [SEED]}
DIR=${4:-/tmp/bench-repos/monorepo-$N-$K-$MODE}
SEED=${5:-42}
case "$MODE" in mono|single) ;; *) echo "MODE is mono or single" >&2; exit 2 ;; esac

rm -rf "$DIR" && mkdir -p "$DIR"
git init -q -b main "$DIR"
git -C "$DIR" config user.name "Bench" && git -C "$DIR" config user.email bench@example.com

/usr/bin/python3 - "$N" "$K" "$MODE" "$SEED" "$DIR/.git/bench-expected.txt" <<'PY' | git -C "$DIR" fast-import --quiet --date-format=raw
import random, sys
N, K, MODE, SEED, EXPECTED = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
rnd = random.Random(SEED)
out = sys.stdout
T0 = 1_500_000_000
TYPES = ["feat"] * 25 + ["fix"] * 25 + ["chore"] * 12 + ["docs"] * 10 + ["refactor"] * 8 + ["perf"] * 5 + ["test"] * 5
NOUNS = ["tag parsing", "empty input", "merge commits", "unicode paths", "the config loader", "retry logic"]
COMPONENTS = [f"c{j:02d}" for j in range(K)]
mark = 0

def data(text):
    return f"data {len(text.encode())}\n{text}\n"

def blob(text):
    global mark
    mark += 1
    out.write(f"blob\nmark :{mark}\n" + data(text))
    return mark

def commit(i, msg, parent, files):
    global mark
    blobs = [(f, blob(text)) for f, text in files]
    mark += 1
    ts = T0 + 600 * i
    out.write(f"commit refs/heads/main\nmark :{mark}\nauthor Bench <bench@example.com> {ts} +0000\n"
              f"committer Bench <bench@example.com> {ts} +0000\n" + data(msg))
    if parent:
        out.write(f"from :{parent}\n")
    for f, b in blobs:
        out.write(f"M 100644 :{b} {f}\n")
    out.write("\n")
    return mark

def tag(name, target, i):
    out.write(f"tag {name}\nfrom :{target}\ntagger Bench <bench@example.com> {T0 + 600 * i + 1} +0000\n" + data(f"Release {name}"))

def bumped(v, b):
    M, m, p = v
    return (M + 1, 0, 0) if b == 3 else (M, m + 1, 0) if b == 2 else (M, m, p + 1) if b == 1 else v

fmt = lambda v: "%d.%d.%d" % v
first = [(f"{c}/VERSION", "0.1.0\n") for c in COMPONENTS] + [("README.md", "# bench\n")]
if MODE == "mono":
    first.append(("steward.yml", "components:\n" + "".join(f"  - name: {c}\n    path: {c}\n" for c in COMPONENTS)))
tip = commit(1, "chore: initial commit", None, first)
versions = {c: (0, 1, 0) for c in COMPONENTS}
pending = {c: 0 for c in COMPONENTS}
root_version, root_pending = (0, 1, 0), 0
i, next_rel = 1, 200
while i < N:
    t = rnd.choice(TYPES)
    b = {"feat": 2, "fix": 1, "perf": 1}.get(t, 0)
    i += 1
    if rnd.random() < 0.05:
        touched, files = [], [(f"docs/page{rnd.randint(0, 9)}.md", f"revision {i}\n")]
    else:
        touched = rnd.sample(COMPONENTS, min(K, rnd.randint(1, 3)))
        files = [(f"{c}/src/File{rnd.randint(0, 9)}.txt", f"revision {i} {rnd.random():.6f}\n") for c in touched]
    tip = commit(i, f"{t}: {rnd.choice(NOUNS)} {i}", tip, files)
    for c in touched:
        pending[c] = max(pending[c], b)
    root_pending = max(root_pending, b)
    if i >= next_rel and N - i >= 50:
        next_rel += 200
        if MODE == "mono":
            for c in COMPONENTS:
                if pending[c]:
                    versions[c] = bumped(versions[c], pending[c]); pending[c] = 0
                    tag(f"{c}-v{fmt(versions[c])}", tip, i)
        elif root_pending:
            root_version = bumped(root_version, root_pending); root_pending = 0
            tag(f"v{fmt(root_version)}", tip, i)
with open(EXPECTED, "w") as f:
    f.write(f"commits={N}\ncomponents={K}\nmode={MODE}\n")
    if MODE == "mono":
        f.write(f"releasing={sum(1 for c in COMPONENTS if pending[c])}\n")
    else:
        f.write(f"expected_next={fmt(bumped(root_version, root_pending)) if root_pending else '(no release)'}\n")
PY

git -C "$DIR" reset -q --hard main
# As a clone or `git gc` leaves them: refs packed (with their peeled commits), and a commit-graph.
git -C "$DIR" pack-refs --all
git -C "$DIR" commit-graph write --reachable
cat "$DIR/.git/bench-expected.txt"
