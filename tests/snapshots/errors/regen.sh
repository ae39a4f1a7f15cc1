#!/usr/bin/env bash
# Writes NAME.stderr for every NAME.py here from CPython 3.12, in the snapshot test's
# format (script directory stripped from paths, exit status appended). Run it when adding
# a case; a case whose CPython text Taipan cannot match yet is blessed from Taipan instead
# (TAIPAN_BLESS=1) and the difference noted in the case as a comment.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
py="$(PYENV_VERSION=3.12.1 python3 -c 'import sys; print(sys.executable)')"
[ $# -eq 0 ] && set -- *.py
for f in "$@"; do
  set +e
  err=$(env -u PYTHONSTARTUP PYTHONDONTWRITEBYTECODE=1 "$py" "$f" 2>&1 >/dev/null)
  rc=$?
  set -e
  printf '%s\n[exit status %s]\n' "${err//$PWD\//}" "$rc" > "${f%.py}.stderr"
done
