"""Read an HTML page the way a browser's parser would see its structure: elements, attributes, text by id."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements a browser shows apart from their neighbours: their ancestors' text gets a space before them.
BLOCK = {"td", "th", "tr", "li", "p", "div", "br", "dt", "dd", "blockquote", "figcaption", "summary", "ul", "h2", "h3"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


class Probe(HTMLParser):
    """Every element with its attributes; the text inside each element (descendants included)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(el)
        if tag in BLOCK:
            self.handle_data(" ")
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        for el in self.stack:
            el.text += data

    # -- queries ---------------------------------------------------------------------------------

    def by_id(self, id_: str) -> Element:
        found = [e for e in self.elements if e.attrs.get("id") == id_]
        assert len(found) == 1, f"{len(found)} elements with id {id_!r}"
        return found[0]

    def ids(self) -> list[str]:
        return [e.attrs["id"] for e in self.elements if "id" in e.attrs]

    def find(self, tag: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for e in self.elements:
            if tag is not None and e.tag != tag:
                continue
            if all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                out.append(e)
        return out

    def with_class(self, cls: str, tag: str | None = None) -> list[Element]:
        return [e for e in self.elements if cls in e.attrs.get("class", "").split() and (tag is None or e.tag == tag)]


def squash(text: str) -> str:
    return " ".join(text.split())
