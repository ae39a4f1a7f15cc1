"""Benchmark driver for Taipan vs. a reference CPython.

Normally invoked through benches/run.sh, which builds Taipan and resolves the
reference interpreter.  Run with the *reference* python (stdlib only).

Timing: each timed child is started directly with os.posix_spawn and reaped
with os.wait4; wall-clock time is time.perf_counter() around spawn..reap.

Peak RSS: measured on the (untimed) warm-up runs, through `/usr/bin/time -f %M`
when that is GNU time, else through a tiny `python -I -S` fork/exec wrapper
that reports ru_maxrss of its child.  (ru_maxrss of a child spawned directly
from this driver is useless: Linux folds the high-water RSS of the address
space that exec() replaces -- i.e. this ~13 MB driver, because posix_spawn
uses vfork -- into the child's maxrss.)
"""

import argparse
import json
import math
import os
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time


def clean_env():
    """The current environment minus every PYTHON* variable."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


class RunResult:
    __slots__ = ("seconds", "rss_kb", "status", "stdout", "stderr", "timed_out")


GNU_TIME = "/usr/bin/time"

# Fallback RSS wrapper: argv = [python, -I, -S, -c, RSS_WRAPPER, outfile, exe, args...]
RSS_WRAPPER = r"""
import os, sys
out, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    try:
        os.execv(argv[0], argv)
    finally:
        os._exit(127)
_, st, ru = os.wait4(pid, 0)
with open(out, "w") as f:
    f.write("%d\n" % ru.ru_maxrss)
code = os.waitstatus_to_exitcode(st)
sys.exit(code if code >= 0 else 128 - code)
"""


def have_gnu_time():
    try:
        import subprocess
        with tempfile.NamedTemporaryFile("r") as f:
            r = subprocess.run([GNU_TIME, "-f", "%M", "-o", f.name, "true"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=10)
            return r.returncode == 0 and f.read().strip().isdigit()
    except Exception:
        return False


class RssProbe:
    """Wraps a command so that its peak RSS (KiB) is written to a file."""

    def __init__(self, ref):
        self.gnu = have_gnu_time()
        self.ref = ref
        self.method = ("%s -f %%M" % GNU_TIME) if self.gnu else \
            "python fork/exec wrapper (ru_maxrss)"

    def wrap(self, exe, args, outfile):
        if self.gnu:
            return GNU_TIME, ["-f", "%M", "-o", outfile, exe] + list(args)
        return self.ref, ["-I", "-S", "-c", RSS_WRAPPER, outfile, exe] + list(args)

    @staticmethod
    def read(outfile):
        # GNU time may prepend "Command exited with non-zero status N"
        with open(outfile) as f:
            lines = f.read().split()
        return int(lines[-1]) if lines and lines[-1].isdigit() else 0


def run_once(exe, args, env, timeout, rss=None):
    """Run `exe args...`; return RunResult (stdout/stderr as bytes).

    With rss (an RssProbe) the command is run under the RSS wrapper and
    r.rss_kb is set (r.seconds then includes wrapper overhead); otherwise
    r.rss_kb is None.
    """
    rss_file = None
    if rss is not None:
        fd, rss_file = tempfile.mkstemp(prefix="taipan-bench-rss-")
        os.close(fd)
        exe, args = rss.wrap(exe, args, rss_file)
    argv = [exe] + list(args)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            open(os.devnull, "rb") as devnull:
        actions = [
            (os.POSIX_SPAWN_DUP2, devnull.fileno(), 0),
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        timed_out = [False]
        t0 = time.perf_counter()
        # own process group, so a timeout also kills a wrapper's child
        pid = os.posix_spawn(exe, argv, env, file_actions=actions, setpgroup=0)

        def kill():
            timed_out[0] = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill) if timeout > 0 else None
        if timer:
            timer.start()
        while True:
            try:
                _, status, ru = os.wait4(pid, 0)
                break
            except InterruptedError:
                continue
        t1 = time.perf_counter()
        if timer:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        r = RunResult()
        r.seconds = t1 - t0
        r.rss_kb = None
        if rss_file is not None:
            r.rss_kb = RssProbe.read(rss_file)
            os.unlink(rss_file)
        r.status = os.waitstatus_to_exitcode(status)
        r.stdout = out.read()
        r.stderr = err.read()
        r.timed_out = timed_out[0]
        return r


def describe_failure(who, r):
    if r.timed_out:
        what = "timed out"
    elif r.status < 0:
        what = "killed by signal %d" % -r.status
    else:
        what = "exit status %d" % r.status
    tail = r.stderr.decode("utf-8", "replace").strip().splitlines()[-10:]
    msg = "  %s: %s" % (who, what)
    if tail:
        msg += "\n" + "\n".join("    | " + line for line in tail)
    return msg


def first_diff(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return i + 1, x, y
    return None, "<trailing bytes differ>", ""


def fmt_mb(kb):
    return "%.1f" % (kb / 1024.0)


def bench_program(path, ref, taipan, runs, env, timeout, log, rss):
    """Warm-up pair (also measures peak RSS) + `runs` timed pairs, alternating
    ref/taipan.

    Returns a dict; 'error' is set on mismatch or failure.
    """
    name = os.path.splitext(os.path.basename(path))[0]
    res = {"name": name, "file": path, "ref_times": [], "taipan_times": [],
           "ref_rss_kb": 0, "taipan_rss_kb": 0, "error": None}
    expected = None
    for i in range(runs + 1):
        warm = i == 0
        pair = []
        for who, exe in (("cpython", ref), ("taipan", taipan)):
            r = run_once(exe, [path], env, timeout, rss if warm else None)
            if r.status != 0 or r.timed_out:
                res["error"] = "FAILED"
                log("FAILED %s (run %d):\n%s" % (name, i, describe_failure(who, r)))
                return res
            pair.append(r)
        rr, tr = pair
        if expected is None:
            expected = rr.stdout
        for who, r in (("cpython", rr), ("taipan", tr)):
            if r.stdout != expected:
                line, x, y = first_diff(expected, r.stdout)
                res["error"] = "MISMATCH"
                log("MISMATCH %s (run %d, %s differs from first cpython run), "
                    "first difference at line %s:\n  cpython: %s\n  %-7s: %s"
                    % (name, i, who, line, x, who, y))
                return res
        if warm:
            res["ref_rss_kb"] = rr.rss_kb
            res["taipan_rss_kb"] = tr.rss_kb
        else:
            res["ref_times"].append(rr.seconds)
            res["taipan_times"].append(tr.seconds)
    res["ref_median"] = statistics.median(res["ref_times"])
    res["taipan_median"] = statistics.median(res["taipan_times"])
    res["ratio"] = res["ref_median"] / res["taipan_median"]
    return res


def bench_startup(ref, taipan, n, env, timeout, log, rss):
    res = {"ref_times": [], "taipan_times": [], "ref_rss_kb": 0,
           "taipan_rss_kb": 0, "error": None}
    # one untimed warm-up pair, then n alternating timed pairs
    for i in range(n + 1):
        for who, exe, key in (("cpython", ref, "ref"), ("taipan", taipan, "taipan")):
            r = run_once(exe, ["-c", "pass"], env, timeout, None if i else rss)
            if r.status != 0 or r.timed_out or r.stdout:
                res["error"] = "FAILED"
                log("FAILED start-up (-c pass):\n%s" % describe_failure(who, r))
                return res
            if i > 0:
                res[key + "_times"].append(r.seconds)
            else:
                res[key + "_rss_kb"] = r.rss_kb
    res["ref_mean"] = statistics.fmean(res["ref_times"])
    res["taipan_mean"] = statistics.fmean(res["taipan_times"])
    res["ratio"] = res["ref_mean"] / res["taipan_mean"]
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", required=True, help="reference python executable")
    ap.add_argument("--taipan", required=True, help="taipan executable")
    ap.add_argument("--runs", type=int, default=3, help="timed pairs per program (>=1)")
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="per-run timeout in seconds (0 = none)")
    ap.add_argument("--json", help="also write results as JSON to this file")
    ap.add_argument("programs", nargs="+")
    a = ap.parse_args()

    def resolve(exe):
        p = shutil.which(exe)
        if p is None:
            sys.exit("driver: executable not found: %s" % exe)
        return os.path.abspath(p)

    ref, taipan = resolve(a.ref), resolve(a.taipan)
    runs = max(1, a.runs)
    env = clean_env()
    rss = RssProbe(ref)

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    print("reference: %s" % ref)
    print("taipan:    %s" % taipan)
    print("timed pairs per program: %d (+1 warm-up); start-up runs: %d"
          % (runs, a.startup_runs))
    print("peak RSS via: %s (on the warm-up runs)" % rss.method)
    print(flush=True)

    bad = 0
    su = bench_startup(ref, taipan, a.startup_runs, env, a.timeout, log, rss)
    if su["error"]:
        bad += 1
        print("start-up (-c pass): FAILED")
    else:
        print("start-up (-c pass, mean of %d): cpython %.4f s, taipan %.4f s, "
              "ratio %.2f; peak RSS cpython %s MB, taipan %s MB"
              % (a.startup_runs, su["ref_mean"], su["taipan_mean"], su["ratio"],
                 fmt_mb(su["ref_rss_kb"]), fmt_mb(su["taipan_rss_kb"])))
    print(flush=True)

    hdr = "%-20s %11s %11s %8s %12s %12s" % (
        "benchmark", "cpython s", "taipan s", "ratio", "cpy RSS MB", "tai RSS MB")
    print(hdr)
    print("-" * len(hdr), flush=True)
    results = []
    for prog in a.programs:
        r = bench_program(os.path.abspath(prog), ref, taipan, runs, env, a.timeout, log, rss)
        results.append(r)
        if r["error"]:
            bad += 1
            print("%-20s %11s" % (r["name"], r["error"]), flush=True)
        else:
            print("%-20s %11.4f %11.4f %8.2f %12s %12s" % (
                r["name"], r["ref_median"], r["taipan_median"], r["ratio"],
                fmt_mb(r["ref_rss_kb"]), fmt_mb(r["taipan_rss_kb"])), flush=True)
    print("-" * len(hdr))
    ok = [r["ratio"] for r in results if not r["error"]]
    if ok:
        gm = math.exp(sum(math.log(x) for x in ok) / len(ok))
        note = "" if len(ok) == len(results) else \
            "  (over %d of %d benchmarks; failures excluded)" % (len(ok), len(results))
        print("%-20s %11s %11s %8.2f%s" % ("geometric mean", "", "", gm, note))
    else:
        gm = None
        print("geometric mean: n/a (no successful benchmarks)")
    print("ratio = cpython_time / taipan_time  (>1 means taipan is faster)")

    if a.json:
        with open(a.json, "w") as f:
            json.dump({"reference": ref, "taipan": taipan, "runs": runs,
                       "startup": su, "benchmarks": results, "geomean": gm},
                      f, indent=2)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
