"""A small invented corpus in a temp store, and in-process clients of the web app over it."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger import api
from claimledger.documents.model import Document
from claimledger.settings import Settings
from claimledger.store.sqlite import Store

# Invented reports about an invented flood; two share a long passage, one carries script payloads.
SHARED = (" Rescue teams worked through the night to reach families trapped on the upper floors of houses along"
          " the river, and the mayor said the town would need weeks to recover from the damage.")
XSS = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>'


def corpus() -> list[Document]:
    return [
        Document(id="alpha.txt", source="alpha.txt", title="Flood hits Pellow", published="2024-06-04",
                 published_precision="day", outlet="Pellow Gazette", language="en",
                 text="Floodwater swept through the village of Pellow on June 3, 2024. Police said 12 people were"
                      " killed and 40 people were injured when the river Dunn rose overnight." + SHARED +
                      " About 300 people were evacuated to the school.\n"),
        Document(id="beta.txt", source="beta.txt", title="Pellow toll", published="2024-06-05",
                 published_precision="day", outlet="Dunn Valley Radio", language="en",
                 text="The flood in the village of Pellow on June 3, 2024 killed 15 people, a charity said. Critics"
                      " called the response a shameful disaster and a betrayal of the valley." + SHARED +
                      " Doctors said 40 people were injured.\n"),
        Document(id="xss.txt", source="xss.txt", title='<script>alert("title")</script>', published="2024-06-05",
                 published_precision="day", outlet='<b onmouseover="alert(1)">Outlet</b>', language="en",
                 url="javascript:alert(1)",
                 text="Residents of the village of Pellow said 7 people were killed in the flood on June 3, 2024. "
                      + XSS + " Officials said 40 people were injured.\n"),
    ]


@pytest.fixture
def xss() -> str:
    return XSS


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    db = f"sqlite:///{tmp_path / 'web.db'}"
    with Store(db) as store:
        api.store_items(corpus(), store)
    return Settings(db=db, progress=False, upload_max_bytes=2000)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    from claimledger.web.app import create_app

    with TestClient(create_app(settings), base_url="http://127.0.0.1") as c:
        yield c


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    p.close()
    return p


@pytest.fixture
def parse_html():  # type: ignore[no-untyped-def]
    return parse


def injected(page: Elements, allowed_script_src: tuple[str, ...] = ("/static/app.js",)) -> list[str]:
    """What in a parsed page could run a script that the page's author did not write."""
    found = []
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                found.append(f"<{tag} {name}={value}>")
        if tag == "script" and attrs.get("src") not in allowed_script_src:
            found.append(f"<script src={attrs.get('src')}>")
        if tag == "img" and attrs.get("src") == "x":
            found.append("<img src=x>")
    found += [s for s in page.scripts if "alert(" in s]
    return found


@pytest.fixture
def find_injected():  # type: ignore[no-untyped-def]
    return injected
