#!/usr/bin/env bash
# Sets up what the browser tests of the review page need (Tests/Browser): Debian's chromium and
# chromium-driver, and the Python venv .venv-test/ (git-ignored) with the pinned Selenium of
# requirements.txt. Idempotent and quiet: installs only what is missing. Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
requirements="$root/Tests/Browser/requirements.txt"
venv="$root/.venv-test"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages="chromium chromium-driver python3-venv"
if ! dpkg -s $packages >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $packages >/dev/null
fi

# Debian's python3, for which python3-venv is installed.
python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3)"

# The venv is rebuilt when requirements.txt changed since it was made.
stamp="$venv/requirements.txt"
if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp"; then
  exit 0
fi
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$requirements"
cp "$requirements" "$stamp"
