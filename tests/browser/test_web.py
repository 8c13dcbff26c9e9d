"""The served pages in headless Chromium: demo figures shown, claim links land on ledger rows, uploads appear."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser

CORVEY = (b"date 2025-04-02\nLandslide buries homes in the hamlet of Corvey\n\n"
          b"A landslide struck the hamlet of Corvey on April 2, 2025. The fire service said 23 people were killed"
          b" and 17 people were injured when the hillside above the school gave way after a week of rain.\n")
ODDLEY = (b"date 2025-04-03\nBridge collapse in the town of Oddley\n\n"
          b"A footbridge collapsed in the town of Oddley on April 3, 2025. Police said 5 people were killed.\n")


def _main_events(server: Any) -> list[str]:
    ledger = httpx.get(server.url + "/api/ledger").json()
    return [e["id"] for e in ledger["events"] if e.get("main", True)]


def test_web_event_pages_show_every_expected_figure_value(page: Any, demo_server: Any, figure_check: Callable) -> None:  # type: ignore[type-arg]
    check = figure_check(".value .num")
    for n, event in enumerate(_main_events(demo_server)):
        page.page.goto(f"{demo_server.url}/events/{event}")
        check.read(page.page, event)
        page.shot(f"web-event-{event}" if n else "web-event")
    assert check.missing() == []
    assert page.errors == []


def test_web_overview_lists_the_demo_corpus(page: Any, demo_server: Any) -> None:
    page.page.goto(demo_server.url + "/")
    text = page.page.inner_text("main")
    for doc in ("01_nws-wire.txt", "02_tessel-valley-courier.html", "apo-2025-0317", "06_valley-truth-blog.txt"):
        assert doc in text
    page.shot("web-overview")


def test_web_clicking_a_claim_lands_on_its_ledger_row(page: Any, demo_server: Any) -> None:
    p = page.page
    p.goto(demo_server.url + "/documents/03_radio-aldermoor.txt")
    mark = p.locator("a.claim-link > mark.claim").filter(has_text="221")
    if mark.count() == 0:
        mark = p.locator("a.claim-link > mark.claim")
    mark = mark.first
    title = mark.get_attribute("title") or ""
    href = mark.locator("xpath=..").get_attribute("href") or ""
    path, fragment = href.split("#")
    assert fragment.startswith("fig-") and ": " in title  # hover text: "Measure: value"
    page.shot("web-document")
    mark.click()
    p.wait_for_url(f"**{path}#{fragment}")
    target = p.locator(":target")
    assert target.get_attribute("id") == fragment
    assert target.is_visible()
    box, viewport = target.bounding_box(), p.viewport_size
    assert box is not None and -1 <= box["y"] < viewport["height"]  # scrolled into view (sub-pixel slack)
    value = title.split(": ", 1)[1].split(" (according")[0]
    assert value in target.inner_text()
    page.shot("web-claim-target")


def test_web_upload_through_the_file_input_appears_in_the_ledger(page: Any, writable_server: Any) -> None:
    p = page.page
    p.goto(writable_server.url + "/")
    p.set_input_files("#files", files=[{"name": "corvey-landslide.txt", "mimeType": "text/plain", "buffer": CORVEY}])
    with p.expect_navigation():
        p.click("button[type=submit]")
    assert "1 added" in p.inner_text("main")
    page.shot("web-upload-result")
    p.locator("table.uploaded a[href^='/events/']").first.click()
    p.wait_for_url("**/events/*")
    row = p.locator("tr[id*='-killed-all']")
    assert "23" in row.first.inner_text()
    page.shot("web-upload-event")


def test_web_drag_and_drop_uploads_several_files(page: Any, writable_server: Any) -> None:
    p = page.page
    p.goto(writable_server.url + "/")
    files = {"corvey-landslide.txt": CORVEY.decode(), "oddley-bridge.txt": ODDLEY.decode()}
    with p.expect_navigation():
        p.evaluate("""(files) => {
            const data = new DataTransfer();
            for (const [name, text] of Object.entries(files)) data.items.add(new File([text], name, {type: "text/plain"}));
            const zone = document.getElementById("dropzone");
            for (const type of ["dragenter", "dragover", "drop"])
                zone.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
        }""", files)
    text = p.inner_text("main")
    assert "2 added" in text and "corvey-landslide.txt" in text and "oddley-bridge.txt" in text
    docs = [d["id"] for d in httpx.get(writable_server.url + "/api/documents").json()]
    assert {"corvey-landslide.txt", "oddley-bridge.txt"} <= set(docs)


def test_web_document_text_with_scripts_stays_text(page: Any, xss_server: Any, xss: str) -> None:
    p = page.page
    ledger = httpx.get(xss_server.url + "/api/ledger").json()
    events = [e["id"] for e in ledger["events"] if "quillby-fire.txt" in e["documents"]]
    paths = ["/", "/documents/quillby-fire.txt", "/compare?a=quillby-fire.txt&b=01_nws-wire.txt"]
    for path in paths + [f"/events/{e}" for e in events]:
        p.goto(xss_server.url + path)
        injected = p.evaluate("""() => document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:"]').length
            + Array.from(document.scripts).filter(s => s.textContent.includes("alert")).length""")
        assert injected == 0, path
    p.goto(xss_server.url + "/documents/quillby-fire.txt")
    assert xss in p.inner_text("#text")
    page.shot("web-xss-document")
    assert page.dialogs == []
