"""The claims stage's vocabulary: loads `data/lexicon.json` once, on first use, and checks its version."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

# Bump together with "version" in data/lexicon.json whenever a rule or a word list changes;
# every Claim carries it, so a ledger says which rules produced it.
LEXICON_VERSION = "claims-lexicon/2026.11.4"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (cached). Raises if the data file's version disagrees with LEXICON_VERSION."""
    text = resources.files("claimledger.claims").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    if data.get("version") != LEXICON_VERSION:
        raise RuntimeError(f"claims lexicon version {data.get('version')!r} != {LEXICON_VERSION!r}")
    return data
