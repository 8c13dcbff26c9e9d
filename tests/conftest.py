"""Shared fixtures: paths to ../shared, a fresh store, and make_document(text=...)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest

from claimledger.documents.model import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", REPO.parent / "shared"))
SEED = SHARED / "corpus" / "khojaly-2012-2023"
GOLD = SHARED / "gold"
DEMO = REPO / "examples" / "flood-marrowby"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"tests read ../shared beside the repository; not found at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def seed_corpus(shared_dir: Path) -> Path:
    return SEED


@pytest.fixture(scope="session")
def gold_documents(shared_dir: Path) -> dict[str, Any]:
    return json.loads((GOLD / "khojaly-2012-2023.documents.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_ledger(shared_dir: Path) -> dict[str, Any]:
    return json.loads((GOLD / "khojaly-2012-2023.ledger.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_framing(shared_dir: Path) -> dict[str, Any]:
    return json.loads((GOLD / "khojaly-2012-2023.framing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_claims(shared_dir: Path) -> list[dict[str, Any]]:
    lines = (GOLD / "khojaly-2012-2023.claims.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def make_document() -> Callable[..., Document]:
    """Build a Document from text, body = whole text unless given."""

    def make(text: str, id: str = "doc.txt", **fields: Any) -> Document:
        return Document(id=id, text=text, source=id, **fields)

    return make


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from claimledger.store.sqlite import Store

    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_executable() -> str | None:
    import shutil

    found = shutil.which("chromium") or "/usr/bin/chromium"
    return found if Path(found).exists() else None


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """One headless Debian chromium for the whole run (Playwright's sync API allows one loop per process)."""
    executable = chromium_executable()
    if executable is None:
        pytest.skip("no chromium executable: run scripts/install-browser.sh (Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
