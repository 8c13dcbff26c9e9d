"""The HTML report in headless Chromium, opened from file://: every demo figure shown, nothing fetched, no script from text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _report(db: str, out: Path) -> Path:
    """Write the report with the real command, as a user would."""
    pytest.importorskip("claimledger.outputs.report", reason="the HTML report renderer is not written yet")
    done = subprocess.run([sys.executable, "-m", "claimledger", "report", "-o", str(out), "--db", db],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return out


def test_report_shows_every_expected_figure_offline(page: Any, demo_db: Path, tmp_path: Path,
                                                   figure_check: Callable) -> None:  # type: ignore[type-arg]
    report = _report(f"sqlite:///{demo_db}", tmp_path / "report.html")
    page.page.goto(report.as_uri())
    page.page.wait_for_load_state("load")
    events = page.page.evaluate(
        "() => [...new Set([...document.querySelectorAll('tr[id^=\"fig-\"]')].map(r => r.id.split('-')[1]))]")
    check = figure_check(".value .v")
    for event in events:
        check.read(page.page, event)
    assert check.missing() == []
    offline = [u for u in page.requests if not u.startswith(("file:", "data:"))]
    assert offline == [], f"the report made network requests: {offline}"
    assert page.errors == []
    page.shot("report")


def test_report_document_text_with_scripts_stays_text(page: Any, xss_server: Any, tmp_path: Path) -> None:
    report = _report(xss_server.settings.db, tmp_path / "xss-report.html")
    page.page.goto(report.as_uri())
    page.page.wait_for_load_state("load")
    injected = page.page.evaluate("""() => document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:"]').length
        + Array.from(document.scripts).filter(s => s.textContent.includes("alert(")).length""")
    assert injected == 0
    assert "<script>alert(1)</script>" in page.page.inner_text("body")
    assert page.dialogs == []
    page.shot("report-xss")
