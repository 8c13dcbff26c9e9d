"""Real-browser fixtures: Debian's chromium through Playwright, and uvicorn servers on temp stores."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimledger import api
from claimledger.settings import Settings
from claimledger.store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "flood-marrowby"
EXPECTED = REPO / "examples" / "flood-marrowby.expected.json"
SCREENSHOTS = REPO / "test-output" / "screenshots"
# Written by us for these tests: an invented report whose text and metadata carry script payloads.
XSS = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>'
XSS_DOCUMENT = ("date 2025-05-02\n"
                "Harbour fire in the town of Quillby\n\n"
                f"Firefighters in the town of Quillby said on May 2, 2025 that 11 people were injured. {XSS}\n"
                "A harbour official said 3 people were killed when the warehouse roof fell.\n")


@dataclass
class Watched:
    """A page with everything it did that a test may forbid: dialogs, requests, script errors."""

    page: Any
    dialogs: list[str]
    requests: list[str]
    errors: list[str]

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    p = context.new_page()
    watched = Watched(p, [], [], [])

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    p.on("dialog", on_dialog)
    p.on("request", lambda r: watched.requests.append(r.url))
    p.on("pageerror", lambda e: watched.errors.append(str(e)))
    yield watched
    context.close()
    assert watched.dialogs == [], f"a script from document text ran: {watched.dialogs}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    settings: Settings


@pytest.fixture(scope="session")
def serve_store() -> Iterator[Callable[[Settings], Server]]:
    """Start a real uvicorn server on a free loopback port for a store; all are stopped at the end."""
    import uvicorn

    from claimledger.web.app import create_app

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(settings: Settings) -> Server:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        ready = threading.Event()
        while not server.started and thread.is_alive():
            ready.wait(0.05)
        assert server.started, "the server did not start"
        running.append((server, thread))
        return Server(f"http://127.0.0.1:{port}", settings)

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus ingested once into a store file; tests that write use a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    settings = Settings(db=f"sqlite:///{path}", progress=False)
    with Store(settings.db) as store:
        report = api.ingest([str(DEMO)], store, settings)
    assert report.read >= 6 and not report.rejections, report.summary()
    return path


@pytest.fixture(scope="session")
def demo_server(demo_db: Path, serve_store: Callable[[Settings], Server]) -> Server:
    return serve_store(Settings(db=f"sqlite:///{demo_db}", progress=False))


@pytest.fixture
def writable_server(demo_db: Path, tmp_path: Path, serve_store: Callable[[Settings], Server]) -> Server:
    copy = tmp_path / "demo-copy.db"
    shutil.copyfile(demo_db, copy)
    return serve_store(Settings(db=f"sqlite:///{copy}", progress=False))


@pytest.fixture(scope="session")
def xss_server(tmp_path_factory: pytest.TempPathFactory, serve_store: Callable[[Settings], Server]) -> Server:
    folder = tmp_path_factory.mktemp("xss")
    (folder / "quillby-fire.txt").write_text(XSS_DOCUMENT, encoding="utf-8")
    settings = Settings(db=f"sqlite:///{folder / 'xss.db'}", progress=False)
    with Store(settings.db) as store:
        api.ingest([str(folder / "quillby-fire.txt"), str(DEMO / "01_nws-wire.txt")], store, settings)
    return serve_store(settings)


@pytest.fixture(scope="session")
def xss() -> str:
    return XSS


@pytest.fixture(scope="session")
def expected_figures() -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = json.loads(EXPECTED.read_text(encoding="utf-8"))["figures"]
    return figures


def value_pattern(value: str) -> re.Pattern[str]:
    """'9' matches '9' and 'about 9' but not '19' or '9.5'; words match whole words."""
    return re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d])", re.IGNORECASE)


class FigureCheck:
    """Collects the values a page shows in each figure row, then says which expected values were not shown."""

    def __init__(self, figures: list[dict[str, Any]], value_selector: str) -> None:
        self.figures = figures
        self.selector = value_selector
        self.shown: dict[tuple[str, str | None], list[str]] = {}

    def read(self, page: Any, event: str) -> None:
        """Read the visible figure rows of `event` on the open page (ids fig-EVENT-MEASURE-SUBGROUP...)."""
        for figure in self.figures:
            prefix = f"fig-{event}-{figure['measure']}-{figure['subgroup'] or 'all'}"
            rows = page.locator(f'tr[id^="{prefix}"]')
            for i in range(rows.count()):
                if rows.nth(i).is_visible():
                    texts = rows.nth(i).locator(self.selector).all_inner_texts()
                    self.shown.setdefault((figure["measure"], figure["subgroup"]), []).extend(
                        t.replace(",", "") for t in texts)

    def missing(self) -> list[str]:
        out = []
        for figure in self.figures:
            texts = self.shown.get((figure["measure"], figure["subgroup"]), [])
            for value in figure["values"]:
                if not any(value_pattern(value).search(t) for t in texts):
                    out.append(f"{figure['measure']}/{figure['subgroup']}: {value} not in {texts}")
        return out


@pytest.fixture
def figure_check(expected_figures: list[dict[str, Any]]) -> Callable[[str], FigureCheck]:
    return lambda selector: FigureCheck(expected_figures, selector)
