#!/usr/bin/env bash
# Bytecode-cache (import) benchmark: Taipan vs. a reference CPython.
# See the "Import-cache benchmark" section of benches/README.md.
#
# Generates a package genpkg/ (__init__.py + MODULES modules of ~320 lines of
# plain Python each) and a main.py that imports them all and prints the sum of
# their checksum()s, then times `INTERP main.py` for both interpreters:
#   cold = every __pycache__ directory removed before each run
#   warm = caches present (one untimed priming run first)
# Taipan writes __pycache__/NAME.taipan-312.pyc, CPython NAME.cpython-3XX.pyc.
#
# Usage: benches/import_cache.sh
# Environment:
#   REF=python3            reference interpreter (pyenv shims / bare names
#                          like "python3" are resolved to the real executable)
#   TAIPAN=PATH            taipan binary (default: target/release/taipan)
#   NO_BUILD=1             skip `cargo build --release -p taipan`
#   RUNS=5                 timed runs per side and mode (median reported)
#   MODULES=200            number of generated modules
#   TIMEOUT=600            per-run timeout in seconds (0 = none)
#   KEEP=1                 keep the generated tree (its path is printed)
# Exit status: 0 (also when the target does not hold), 1 on a failed run or
# an output mismatch, 2 on a setup error.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/benches"

REF="${REF:-python3}"
TAIPAN="${TAIPAN:-$ROOT/target/release/taipan}"
RUNS="${RUNS:-5}"
MODULES="${MODULES:-200}"
TIMEOUT="${TIMEOUT:-600}"

# --- resolve the reference interpreter to a real executable ---------------
if [[ "$REF" != */* || "$REF" == */shims/* ]]; then
    if ! REF_REAL="$("$REF" -c 'import sys; print(sys.executable)')" || [[ -z "$REF_REAL" ]]; then
        echo "import_cache.sh: cannot resolve reference interpreter '$REF'" >&2
        exit 2
    fi
    REF="$REF_REAL"
fi
if [[ ! -x "$REF" ]]; then
    echo "import_cache.sh: reference interpreter '$REF' is not executable" >&2
    exit 2
fi

# --- build -------------------------------------------------------------------
if [[ "${NO_BUILD:-0}" != 1 ]]; then
    echo "building taipan (cargo build --release -p taipan) ..." >&2
    (cd "$ROOT" && cargo build --release -p taipan --quiet)
fi
if [[ "$TAIPAN" != */* ]]; then
    TAIPAN="$(command -v "$TAIPAN" || true)"
fi
if [[ -z "$TAIPAN" || ! -x "$TAIPAN" ]]; then
    echo "import_cache.sh: taipan binary '${TAIPAN:-}' not found (build failed? set TAIPAN=...)" >&2
    exit 2
fi

# --- temporary work area -----------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/taipan-import-cache.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
mkdir "$WORK/tree"

# --- generate the package (deterministic) ------------------------------------
cat >"$WORK/gen.py" <<'GEN_PY'
# usage: gen.py OUTDIR NMODULES -- writes OUTDIR/genpkg/{__init__,mNNN}.py and
# OUTDIR/main.py.  Deterministic; the generated code imports nothing from the
# stdlib and sticks to plain features Taipan supports.
import os
import sys

out = sys.argv[1]
nmod = int(sys.argv[2])
pkg = os.path.join(out, "genpkg")
os.makedirs(pkg, exist_ok=True)

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda_", "mu", "nu", "xi", "omicron", "pi", "rho",
         "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]

def word(n):
    return WORDS[n % len(WORDS)]

def module(i):
    L = []
    a = L.append
    a(f'"""Generated module m{i:03d} for the Taipan import-cache benchmark."""')
    a("")
    a(f"MODULE_ID = {i}")
    a(f'MODULE_NAME = "m{i:03d}"')
    a(f"SCALE = {(i * 7919) % 997 + 3}")
    a(f"OFFSET = {(i * 104729) % 1009 - 500}")
    a(f"RATIO = {((i * 31) % 97) / 8.0!r}")
    a(f"ENABLED = {'True' if i % 3 else 'False'}")
    a(f"LABELS = {tuple(word(i + k) for k in range(6))!r}")
    a(f"PRIMES = {[p for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47)][: 8 + i % 7]!r}")
    a("TABLE = {")
    for k in range(16):
        a(f'    "{word(i * 3 + k)}_{k}": {(i * 131 + k * 17) % 1000},')
    a("}")
    a("NESTED = {")
    for k in range(6):
        a(f'    "{word(k + i)}": [{k}, {k * k}, {(k * i) % 11}, "{word(k * 5 + i)}"],')
    a("}")
    a(f"MATRIX = [[(r * {i % 5 + 1} + c) % 7 for c in range(4)] for r in range(4)]")
    a("")
    a("")
    # ---- functions ------------------------------------------------------
    nf = 10
    for k in range(nf):
        kind = (i + k) % 6
        name = f"func_{k}"
        a(f"def {name}(n, step={k % 3 + 1}):")
        a(f'    """Variant {kind} helper number {k} of module {i}."""')
        if kind == 0:
            a("    total = 0")
            a("    i = 0")
            a("    while i < n:")
            a(f"        if i % {k + 2} == 0:")
            a(f"            total += i * SCALE + {k}")
            a("        elif i % 3 == 1:")
            a("            total -= i // step")
            a("        else:")
            a("            total ^= i")
            a("        i += step")
            a("    return total % 1000003")
        elif kind == 1:
            a("    parts = []")
            a("    for j in range(n):")
            a("        label = LABELS[j % len(LABELS)]")
            a(f'        parts.append(f"{{label}}-{{j * step:04d}}-{k}")')
            a('    text = ",".join(parts)')
            a("    text = text.upper().replace(\"-\", \"_\")")
            a("    count = 0")
            a("    for ch in text:")
            a('        if ch in "AEIOU":')
            a("            count += 1")
            a("    return count + len(text)")
        elif kind == 2:
            a(f"    squares = [x * x for x in range(n) if x % {k % 4 + 2}]")
            a("    index = {x: x % 7 for x in squares}")
            a("    unique = {v for v in index.values()}")
            a("    pairs = [(a, b) for a in range(3) for b in range(a, 3)]")
            a("    best = max(squares) if squares else 0")
            a("    worst = min(squares) if squares else 0")
            a("    return sum(squares) + len(unique) + len(pairs) + best - worst")
        elif kind == 3:
            a("    acc = 1")
            a("    values = list(PRIMES)")
            a("    for p in values:")
            a("        for q in range(step, n, step):")
            a(f"            acc = (acc * p + q + {k}) % 65521")
            a("            if acc % 5 == 0:")
            a("                break")
            a("        else:")
            a("            acc += 1")
            a("    return acc")
        elif kind == 4:
            a("    keys = sorted(TABLE, key=lambda s: (TABLE[s], s))")
            a("    result = {}")
            a("    for pos, key in enumerate(keys[:n]):")
            a("        head, _, tail = key.rpartition(\"_\")")
            a("        result[head] = result.get(head, 0) + int(tail) * step + pos")
            a("    try:")
            a("        missing = TABLE[\"no-such-key\"]")
            a("    except KeyError:")
            a(f"        missing = {k}")
            a("    return sum(result.values()) + missing")
        else:
            a("    rows = [row[:] for row in MATRIX]")
            a("    for r in range(len(rows)):")
            a("        for c in range(len(rows[r])):")
            a("            rows[r][c] = rows[r][c] * step + r - c")
            a("    flat = [v for row in rows for v in row]")
            a("    flat.sort(reverse=True)")
            a(f"    s = sum(abs(v) for v in flat[:n]) + {k}")
            a("    return s if ENABLED else -s")
        a("")
        a("")
    # ---- classes -----------------------------------------------------------
    a("class Record:")
    a('    """A small record with a few methods."""')
    a("")
    a(f"    kind = \"{word(i)}\"")
    a(f"    limit = {i % 13 + 5}")
    a("")
    a("    def __init__(self, name, value, tags=None):")
    a("        self.name = name")
    a("        self.value = value")
    a("        self.tags = list(tags) if tags else []")
    a("")
    a("    def __repr__(self):")
    a('        return f"Record({self.name!r}, {self.value})"')
    a("")
    a("    def __eq__(self, other):")
    a("        return isinstance(other, Record) and self.value == other.value")
    a("")
    a("    def __lt__(self, other):")
    a("        return self.value < other.value")
    a("")
    a("    def weight(self):")
    a("        w = self.value * SCALE + len(self.name)")
    a("        for t in self.tags:")
    a("            w += len(t) * 3")
    a("        return w % 10007")
    a("")
    a("    def describe(self, width=12):")
    a('        head = self.name.ljust(width, ".")')
    a('        return f"{head}:{self.value:>6}:{len(self.tags)}"')
    a("")
    a("    @classmethod")
    a("    def make(cls, n):")
    a("        return [cls(LABELS[j % len(LABELS)], j * 3 + n, LABELS[:j % 3])")
    a("                for j in range(n)]")
    a("")
    a("    @staticmethod")
    a("    def combine(a, b):")
    a("        return (a * 31 + b) % 65537")
    a("")
    a("")
    a("class Counter(Record):")
    a('    """Counts things; subclass of Record."""')
    a("")
    a("    def __init__(self, name, start=0):")
    a("        super().__init__(name, start, (name,))")
    a("        self.history = []")
    a("")
    a("    def bump(self, by=1):")
    a("        self.value += by")
    a("        self.history.append(self.value)")
    a("        return self")
    a("")
    a("    def weight(self):")
    a("        base = super().weight()")
    a("        return base + sum(self.history[-3:])")
    a("")
    a("    @property")
    a("    def last(self):")
    a("        return self.history[-1] if self.history else None")
    a("")
    a("")
    a("def _gen(n):")
    a("    k = 0")
    a("    while k < n:")
    a("        yield k * k % 17")
    a("        k += 1")
    a("")
    a("")
    a("def summary(*args, **kwargs):")
    a("    total = sum(args)")
    a("    for key in sorted(kwargs):")
    a("        total += len(key) * kwargs[key]")
    a("    return total")
    a("")
    a("")
    # a fair amount of extra module-level data so modules reach ~300 lines
    a("MESSAGES = [")
    for k in range(24):
        a(f'    "{word(i + k)} {word(i * 2 + k)} message {k} of module {i}",')
    a("]")
    a("")
    a("LOOKUP = {")
    for k in range(24):
        a(f"    {k}: ({(i * k) % 101}, \"{word(k)}\", {k % 2 == 0}),")
    a("}")
    a("")
    a("")
    a("def checksum():")
    a('    """Cheap: constants plus one helper and one class operation; which')
    a('    ones rotates with the module number, so all kinds get exercised."""')
    a("    total = MODULE_ID * 1000 + SCALE + OFFSET + len(TABLE) + len(NESTED)")
    a(f"    total += len(MESSAGES) + LOOKUP[{i % 24}][0] + int(RATIO * 8) + MATRIX[1][2]")
    a(f"    total += func_{i % nf}(3) + Record.combine(MODULE_ID, SCALE)")
    extra = [
        "    total += Record.make(2)[1].weight() + len(Record.make(1)[0].describe())",
        '    total += Counter("c").bump(2).weight() + (Counter("d").bump().last or 0)',
        "    total += sum(_gen(4)) + sum(p for p in PRIMES if p > 10)",
        "    total += summary(1, 2, x=3) + len(NESTED[LABELS[0]])",
    ]
    a(extra[i % len(extra)])
    a("    return total")
    return "\n".join(L) + "\n"

with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write('"""Generated package for the Taipan import-cache benchmark."""\n')
    f.write(f"COUNT = {nmod}\n")
for i in range(nmod):
    with open(os.path.join(pkg, f"m{i:03d}.py"), "w") as f:
        f.write(module(i))
with open(os.path.join(out, "main.py"), "w") as f:
    f.write("import genpkg\n")
    for i in range(nmod):
        f.write(f"from genpkg import m{i:03d}\n")
    f.write("\n")
    f.write("MODS = [" + ", ".join(f"m{i:03d}" for i in range(nmod)) + "]\n")
    f.write("total = 0\n")
    f.write("for m in MODS:\n")
    f.write("    total += m.checksum()\n")
    f.write('print(len(MODS), genpkg.COUNT, total)\n')
GEN_PY
# -I: ignore PYTHON* and user site; -B: the helpers write no caches of their own
env -u PYTHONDONTWRITEBYTECODE -u PYTHONPYCACHEPREFIX \
    "$REF" -I -B "$WORK/gen.py" "$WORK/tree" "$MODULES"

# --- measure -----------------------------------------------------------------
# Reuses driver.run_once (posix_spawn + wait4, perf_counter around spawn..reap,
# stdin /dev/null) so no shell or pyenv shim is inside the timed region.  Every
# PYTHON* variable (PYTHONDONTWRITEBYTECODE, PYTHONPYCACHEPREFIX, ...) is
# removed for both sides.
cat >"$WORK/measure.py" <<'MEASURE_PY'
import os
import shutil
import statistics
import sys

bench_dir, ref, taipan, tree, runs, timeout = sys.argv[1:7]
runs = max(1, int(runs))
timeout = float(timeout)
sys.path.insert(0, bench_dir)
from driver import clean_env, describe_failure, first_diff, run_once  # noqa: E402

env = clean_env()
main_py = os.path.join(tree, "main.py")
os.chdir(tree)
sides = (("cpython", ref), ("taipan", taipan))


def wipe():
    """Remove every __pycache__ directory in the generated tree."""
    for d, subdirs, _ in os.walk(tree):
        if "__pycache__" in subdirs:
            shutil.rmtree(os.path.join(d, "__pycache__"))
            subdirs.remove("__pycache__")


def count_pyc(tag):
    n = 0
    for d, _, files in os.walk(tree):
        if os.path.basename(d) == "__pycache__":
            n += sum(1 for f in files if tag in f and f.endswith(".pyc"))
    return n


expected = None


def run(who, exe, what):
    global expected
    r = run_once(exe, [main_py], env, timeout)
    if r.status != 0 or r.timed_out:
        sys.exit("FAILED (%s, %s):\n%s" % (who, what, describe_failure(who, r)))
    if expected is None:
        expected = r.stdout
    elif r.stdout != expected:
        line, x, y = first_diff(expected, r.stdout)
        sys.exit("MISMATCH (%s, %s) at line %s:\n  cpython: %s\n  %-7s: %s"
                 % (who, what, line, x, who, y))
    return r.seconds


# 1. correctness: reference first (defines the expected output), then taipan
wipe()
for who, exe in sides:
    run(who, exe, "check")
print("output (both sides): %s" % expected.decode(errors="replace").strip())

times = {(who, mode): [] for who, _ in sides for mode in ("cold", "warm")}
# 2. cold: no caches at all before each run; sides alternate
for i in range(runs):
    for who, exe in sides:
        wipe()
        times[(who, "cold")].append(run(who, exe, "cold run %d" % i))
# 3. warm: one untimed priming run per side, then alternating timed runs
wipe()
for who, exe in sides:
    run(who, exe, "priming")
n_tai, n_cpy = count_pyc(".taipan-"), count_pyc(".cpython-")
print("cache files after priming: taipan %d, cpython %d" % (n_tai, n_cpy))
if n_tai == 0:
    print("WARNING: taipan wrote no __pycache__/*.taipan-*.pyc files")
for i in range(runs):
    for who, exe in sides:
        times[(who, "warm")].append(run(who, exe, "warm run %d" % i))

med = {k: statistics.median(v) * 1000.0 for k, v in times.items()}
lo = {k: min(v) * 1000.0 for k, v in times.items()}
print()
print("median wall time of %d runs, ms (min in parentheses):" % runs)
print("%-8s %20s %20s %10s" % ("", "cold", "warm", "cold/warm"))
for who, _ in sides:
    c, w = med[(who, "cold")], med[(who, "warm")]
    print("%-8s %11.1f (%6.1f) %11.1f (%6.1f) %9.2fx"
          % (who, c, lo[(who, "cold")], w, lo[(who, "warm")], c / w))
t_speedup = med[("taipan", "cold")] / med[("taipan", "warm")]
ratio = med[("cpython", "warm")] / med[("taipan", "warm")]
print()
print("warm ratio cpython/taipan: %.2f (>1 means taipan faster)" % ratio)
ok1 = t_speedup >= 5.0
ok2 = ratio > 1.0
print("target: taipan warm >= 5x faster than taipan cold: %s (%.2fx)"
      % ("yes" if ok1 else "NO", t_speedup))
print("target: taipan warm faster than cpython warm:      %s (%.2fx)"
      % ("yes" if ok2 else "NO", ratio))
print("target holds: %s" % ("yes" if ok1 and ok2 else "NO"))
MEASURE_PY

echo "reference: $REF ($("$REF" -I -c 'import sys; print(sys.version.split()[0])'))"
echo "taipan:    $TAIPAN"
echo "tree:      genpkg/ with $MODULES modules, $(awk 'END { print NR }' "$WORK"/tree/genpkg/*.py) lines"
env -u PYTHONDONTWRITEBYTECODE -u PYTHONPYCACHEPREFIX \
    "$REF" -I -B "$WORK/measure.py" "$BENCH_DIR" "$REF" "$TAIPAN" \
    "$WORK/tree" "$RUNS" "$TIMEOUT"
