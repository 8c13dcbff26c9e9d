"""Fixtures for the framing tests: the seed corpus as Documents, the gold phrases, the group-name mirror."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimledger.documents.model import Document
from framing.framing_support import Mirror, seed_documents  # type: ignore[import-not-found]


@pytest.fixture(scope="session")
def seed_docs(seed_corpus: Path, gold_documents: dict[str, Any]) -> dict[str, Document]:
    return {d.id: d for d in seed_documents(seed_corpus, gold_documents)}


@pytest.fixture(scope="session")
def mirror() -> Mirror:
    return Mirror()
