"""Versioned data files (lexicons, word lists) that ship inside the package, read once and checked."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_versioned(package: str, name: str, version: str) -> dict[str, Any]:
    """The JSON file `name` of `package`; raises if its "version" is not the one the code was written for
    (a rule changed without its data, or the reverse). Callers cache the result."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    if data.get("version") != version:
        raise RuntimeError(f"{package}/{name}: version {data.get('version')!r}, expected {version!r}")
    return data
