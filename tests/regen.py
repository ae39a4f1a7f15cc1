#!/usr/bin/env python3
"""Regenerate expected outputs for Taipan differential test cases.

Usage: python3 tests/regen.py [PATH ...]

Runs every non-underscore tests/cases/**/*.py under CPython 3.12 (found via
PYENV_VERSION=3.12.1 python3, or $(pyenv prefix 3.12.1)/bin/python3) with the
case's directory as cwd, and writes NAME.out (stdout), plus NAME.rc and
NAME.err (last line of stderr) when the exit status is non-zero. Stale
.rc/.err files are removed for cases that exit 0. Optional PATH arguments
(case files or directories) restrict regeneration to those cases. Finally
writes tests/cases/MANIFEST with the CPython version and the case count.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
TIMEOUT = 30


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


def find_cpython():
    candidates = []
    env = clean_env()
    env["PYENV_VERSION"] = "3.12.1"
    candidates.append((["python3"], env))
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True,
                                text=True, timeout=TIMEOUT).stdout.strip()
        if prefix:
            candidates.append(([os.path.join(prefix, "bin", "python3")], clean_env()))
    except (OSError, subprocess.SubprocessError):
        pass
    for name in ("python3.12",):
        path = shutil.which(name)
        if path:
            candidates.append(([path], clean_env()))
    for cmd, env in candidates:
        try:
            r = subprocess.run(cmd + ["-c", "import sys; print(sys.version_info[:2] == (3, 12)); print(sys.version)"],
                               capture_output=True, text=True, env=env, timeout=TIMEOUT)
        except (OSError, subprocess.SubprocessError):
            continue
        lines = r.stdout.splitlines()
        if r.returncode == 0 and lines and lines[0] == "True":
            return cmd, env, "\n".join(lines[1:])
    sys.exit("regen.py: could not find CPython 3.12")


def is_case(p):
    return p.suffix == ".py" and not p.name.startswith("_") and "__pycache__" not in p.parts


def all_cases():
    return sorted(p for p in CASES.rglob("*.py") if is_case(p))


def selected_cases(args):
    out = []
    for a in args:
        p = Path(a).resolve()
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.py") if is_case(q)))
        elif is_case(p):
            out.append(p)
        else:
            sys.exit(f"regen.py: not a case: {a}")
    return out


def run_case(cmd, env, case):
    try:
        r = subprocess.run(cmd + [case.name], cwd=case.parent, capture_output=True,
                           env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f"regen.py: timeout in {case}")
    case.with_suffix(".out").write_bytes(r.stdout)
    rc_file, err_file = case.with_suffix(".rc"), case.with_suffix(".err")
    if r.returncode != 0:
        lines = r.stderr.decode("utf-8", "replace").splitlines()
        last = lines[-1] if lines else ""
        rc_file.write_text(f"{r.returncode}\n")
        err_file.write_text(f"{last}\n")
    else:
        for f in (rc_file, err_file):
            if f.exists():
                f.unlink()
    return r.returncode


def remove_pycache():
    for d in list(CASES.rglob("__pycache__")):
        shutil.rmtree(d, ignore_errors=True)


def main():
    cmd, env, version = find_cpython()
    cases = selected_cases(sys.argv[1:]) if len(sys.argv) > 1 else all_cases()
    failing = 0
    for case in cases:
        rc = run_case(cmd, env, case)
        if rc != 0:
            failing += 1
            print(f"rc={rc}: {case.relative_to(CASES)}")
    remove_pycache()
    total = len(all_cases())
    (CASES / "MANIFEST").write_text(f"cpython: {version}\ncases: {total}\n")
    print(f"regenerated {len(cases)} case(s) ({failing} non-zero exit); {total} total; CPython {version}")


if __name__ == "__main__":
    main()
