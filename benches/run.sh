#!/usr/bin/env bash
# Benchmark Taipan against a reference CPython.  See benches/README.md.
#
# Usage: benches/run.sh [BENCH ...]      (default: all benches/*.py)
#   BENCH may be a name (fib), a file name (fib.py) or a path.
# Environment:
#   REF=/usr/bin/python3   reference interpreter (pyenv shims / bare names
#                          like "python3" are resolved to the real executable)
#   TAIPAN=PATH            taipan binary (default: target/release/taipan)
#   NO_BUILD=1             skip `cargo build --release -p taipan`
#   RUNS=3                 timed pairs per program (after 1 warm-up pair)
#   STARTUP_RUNS=20        runs of `-c pass` per side for the start-up line
#   TIMEOUT=600            per-run timeout in seconds (0 = none)
#   JSON=FILE              also write raw results as JSON
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/benches"

REF="${REF:-/usr/bin/python3}"
TAIPAN="${TAIPAN:-$ROOT/target/release/taipan}"
RUNS="${RUNS:-3}"
STARTUP_RUNS="${STARTUP_RUNS:-20}"
TIMEOUT="${TIMEOUT:-600}"

# --- resolve the reference interpreter to a real executable ---------------
if [[ "$REF" != */* || "$REF" == */shims/* ]]; then
    if ! REF_REAL="$("$REF" -c 'import sys; print(sys.executable)')" || [[ -z "$REF_REAL" ]]; then
        echo "run.sh: cannot resolve reference interpreter '$REF'" >&2
        exit 2
    fi
    REF="$REF_REAL"
fi
if [[ ! -x "$REF" ]]; then
    echo "run.sh: reference interpreter '$REF' is not executable" >&2
    exit 2
fi

# --- build -------------------------------------------------------------------
if [[ "${NO_BUILD:-0}" != 1 ]]; then
    echo "building taipan (cargo build --release -p taipan) ..." >&2
    (cd "$ROOT" && cargo build --release -p taipan --quiet)
fi
if [[ ! -x "$TAIPAN" ]] && ! command -v "$TAIPAN" >/dev/null 2>&1; then
    echo "run.sh: taipan binary '$TAIPAN' not found (build failed? set TAIPAN=...)" >&2
    exit 2
fi

# --- select programs ---------------------------------------------------------
progs=()
if [[ $# -eq 0 ]]; then
    for f in "$BENCH_DIR"/*.py; do
        [[ "$(basename "$f")" == driver.py ]] && continue
        progs+=("$f")
    done
else
    for b in "$@"; do
        if [[ -f "$b" ]]; then progs+=("$b")
        elif [[ -f "$BENCH_DIR/$b" ]]; then progs+=("$BENCH_DIR/$b")
        elif [[ -f "$BENCH_DIR/$b.py" ]]; then progs+=("$BENCH_DIR/$b.py")
        else echo "run.sh: no such benchmark: $b" >&2; exit 2
        fi
    done
fi
if [[ ${#progs[@]} -eq 0 ]]; then
    echo "run.sh: no benchmarks found" >&2
    exit 2
fi

# --- run the driver under the real reference python (-I: ignore PYTHON* env,
#     user site-packages); the driver strips PYTHON* for both child sides.
args=(--ref "$REF" --taipan "$TAIPAN" --runs "$RUNS"
      --startup-runs "$STARTUP_RUNS" --timeout "$TIMEOUT")
[[ -n "${JSON:-}" ]] && args+=(--json "$JSON")
exec "$REF" -I "$BENCH_DIR/driver.py" "${args[@]}" "${progs[@]}"
