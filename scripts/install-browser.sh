#!/usr/bin/env bash
# Install Debian's chromium for the browser tests (idempotent; never Playwright's own browser builds).
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "chromium already installed: $(command -v chromium)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-browser: not root and no sudo; install Debian's chromium package by hand" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
command -v chromium >/dev/null 2>&1 || { echo "install-browser: chromium still not on PATH" >&2; exit 1; }
echo "installed: $(chromium --version 2>/dev/null || command -v chromium)"
