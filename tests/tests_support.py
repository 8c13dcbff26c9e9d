"""Helpers for tests that run the real `claimledger` command in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_cli(args: list[str], stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimledger", *args],
        input=stdin if stdin is not None else "",
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )
