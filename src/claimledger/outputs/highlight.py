"""Cut a text into flat segments under overlapping highlights (claims, framing spans, furniture).

Each segment carries the marks that cover it, so a template can open and close every element
inside the segment: the markup nests correctly whatever the overlaps, and the text itself is
only ever emitted as data (escaped by the template), never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    """A highlight over text[start:end]; `kind` is e.g. "claim" or "frame"; `data` is for the template."""

    start: int
    end: int
    kind: str
    key: str
    data: Any = None


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    marks: tuple[Mark, ...] = ()
    opens: tuple[str, ...] = field(default_factory=tuple)  # keys of marks that start in this segment
    furniture: bool = False  # outside the article body

    def of(self, kind: str) -> list[Mark]:
        return [m for m in self.marks if m.kind == kind]

    def innermost(self, kind: str) -> Mark | None:
        """The shortest mark of `kind` over this segment (links cannot nest, so one claim wins)."""
        found = self.of(kind)
        return min(found, key=lambda m: (m.end - m.start, m.start)) if found else None


def segments(text: str, marks: Iterable[Mark], body: tuple[int, int] | None = None) -> list[Segment]:
    """`text` cut at every mark boundary (and the body's), each piece with the marks covering it."""
    n = len(text)
    kept = sorted((m for m in marks if 0 <= m.start < m.end <= n), key=lambda m: (m.start, -m.end))
    cuts = {0, n} | {m.start for m in kept} | {m.end for m in kept}
    if body is not None:
        cuts |= {min(max(body[0], 0), n), min(max(body[1], 0), n)}
    bounds = sorted(cuts)
    out: list[Segment] = []
    active: list[Mark] = []
    i = 0
    for a, b in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > a]
        opened = []
        while i < len(kept) and kept[i].start == a:
            active.append(kept[i])
            opened.append(kept[i].key)
            i += 1
        outside = body is not None and not (body[0] <= a < body[1])
        out.append(Segment(text[a:b], a, tuple(active), tuple(opened), outside))
    return out


def sentence_parts(sentence: str, offset: int, start: int, end: int) -> tuple[str, str, str]:
    """(before, marked, after) of a sentence that starts at `offset` in its document, marking
    document positions [start, end); when they fall outside the sentence nothing is marked."""
    a, b = start - offset, end - offset
    if not (0 <= a < b <= len(sentence)):
        return sentence, "", ""
    return sentence[:a], sentence[a:b], sentence[b:]


def excerpt(text: str, span: Sequence[int], limit: int = 2000) -> str:
    """text[s:e] of a passage, cut to `limit` characters with an ellipsis."""
    s, e = max(0, span[0]), min(len(text), span[1])
    piece = text[s:e]
    return piece if len(piece) <= limit else piece[:limit] + "\u2026"
