#!/usr/bin/env bash
# Install everything the test suite needs (a .venv with the [test] extra, Debian's chromium for the
# browser tests) and run the whole suite. Works on a fresh machine with Python 3.11, pip and apt.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
if [ -f scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
exec .venv/bin/python -m pytest "$@"
