"""The claims stage's vocabulary: loads `data/lexicon.json` once, on first use, and checks its version."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from claimledger.vocabulary import load_versioned

# Bump together with "version" in data/lexicon.json whenever a rule or a word list changes;
# every Claim carries it, so a ledger says which rules produced it.
LEXICON_VERSION = "claims-lexicon/2026.11.11"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (cached). Raises if the data file's version disagrees with LEXICON_VERSION."""
    return load_versioned("claimledger.claims", "data/lexicon.json", LEXICON_VERSION)
