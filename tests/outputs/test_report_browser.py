"""The report in headless Chromium: no requests but the file, no script from document text, claim -> row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.outputs.report import render_report

from .conftest import Corpus

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-output" / "screenshots"


@pytest.fixture
def chromium(browser: Any) -> Any:
    return browser


@pytest.fixture
def opened(chromium: Any, hostile: Corpus, tmp_path: Path) -> Iterator[dict[str, Any]]:
    path = tmp_path / "report.html"
    path.write_text(render_report(hostile.ledger, hostile.documents, hostile.claims, hostile.spans), encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    seen: dict[str, Any] = {"page": page, "dialogs": [], "requests": [], "errors": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.goto(path.as_uri())
    yield seen
    context.close()


def test_report_browser_runs_no_document_script_and_fetches_nothing(opened: dict[str, Any]) -> None:
    page = opened["page"]
    page.wait_for_timeout(200)
    assert opened["dialogs"] == [] and opened["errors"] == []
    assert [u for u in opened["requests"] if not u.startswith("file://")] == []
    assert "<script>alert(1)</script>" in page.locator(".doc-text").last.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report-small.png"), full_page=False)


def test_report_browser_claim_click_lands_on_its_ledger_row(opened: dict[str, Any]) -> None:
    page = opened["page"]
    page.locator('.doc-text a.claim[data-claim="c9"]').click()
    assert page.evaluate("location.hash") == "#fig-e1-wounded-all"
    row = page.locator("#fig-e1-wounded-all")
    assert row.is_visible() and row.evaluate("el => el.matches(':target')")
    box = row.bounding_box()
    assert box is not None and -2 <= box["y"] < 900


def test_report_browser_contested_toggle_hides_agreeing_rows(opened: dict[str, Any]) -> None:
    page = opened["page"]
    page.locator("#contested-only").check()
    assert not page.locator("#fig-e1-killed-children").is_visible()
    assert page.locator("#fig-e1-wounded-all").is_visible()
