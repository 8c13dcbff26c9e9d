"""A document's original text as escaped HTML with its claims, framing spans and reused passages marked."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from claimledger.claims.model import Claim
from claimledger.framing.model import Span
from claimledger.outputs.anchors import claim_anchor
from claimledger.outputs.text import number
from claimledger.web.view import Place


@dataclass(frozen=True)
class Mark:
    """One interval of the text to mark: its kind ('claim', 'span', 'passage') and the thing itself."""

    start: int
    end: int
    kind: str
    item: Any


@dataclass
class Marks:
    """The marks of one text, and the claims whose anchor id was already written."""

    marks: list[Mark] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    body: tuple[int, int] | None = None
    ided: set[str] = field(default_factory=set)


def segments(length: int, marks: Sequence[Mark], extra: Sequence[int] = ()) -> Iterator[tuple[int, int, list[Mark]]]:
    """Cut [0, length) at every mark boundary (and at `extra`); each piece with the marks covering it."""
    cuts = sorted({0, length, *extra, *(m.start for m in marks), *(m.end for m in marks)})
    cuts = [c for c in cuts if 0 <= c <= length]
    for a, b in pairwise(cuts):
        yield a, b, [m for m in marks if m.start <= a and b <= m.end]


def claim_title(c: Claim, place: Place | None) -> str:
    shown = number(c.value) if c.value is not None else c.text
    label = place.label if place else f"{c.measure.replace('_', ' ')}: {shown}"
    return label + (f" (according to {c.attribution})" if c.attribution else "")


def _claim(inner: Markup, c: Claim, m: Marks) -> Markup:
    place = m.places.get(c.id)
    ident = Markup("") if c.id in m.ided else Markup(' id="{}"').format(claim_anchor(c.id))
    m.ided.add(c.id)
    mark = Markup('<mark class="claim" data-claim="{}"{} title="{}">{}</mark>').format(
        c.id, ident, claim_title(c, place), inner)
    if place is None:
        return mark
    return Markup('<a class="claim-link" href="/events/{}#{}">{}</a>').format(place.event, place.anchor, mark)


def _span(inner: Markup, spans: list[Span]) -> Markup:
    techniques = sorted({t.replace("_", " ") for s in spans for t in s.techniques})
    cues = sorted({s.cue for s in spans if s.cue})
    title = "; ".join(techniques) + (f" (cue: {', '.join(cues)})" if cues else "")
    return Markup('<span class="frame" title="{}">{}</span>').format(title, inner)


def render(text: str, m: Marks) -> Markup:
    """The whole text, escaped, with each piece wrapped in the marks that cover it."""
    out = []
    for a, b, active in segments(len(text), m.marks, m.body or ()):
        inner: Markup = escape(text[a:b])
        spans = [x.item for x in active if x.kind == "span"]
        if spans:
            inner = _span(inner, spans)
        passages = [x.item for x in active if x.kind == "passage"]
        if passages:
            inner = Markup('<span class="reused" data-passage="{}">{}</span>').format(passages[0], inner)
        claims = [x for x in active if x.kind == "claim"]
        if claims:
            innermost = min(claims, key=lambda x: x.end - x.start)
            inner = _claim(inner, innermost.item, m)
        if m.body is not None and not (m.body[0] <= a and b <= m.body[1]):
            inner = Markup('<span class="furniture">{}</span>').format(inner)
        out.append(inner)
    return Markup("").join(out)


def document_marks(claims: Sequence[Claim], spans: Sequence[Span], places: dict[str, Place],
                   body: tuple[int, int]) -> Marks:
    marks = [Mark(c.start, c.end, "claim", c) for c in claims if c.end > c.start]
    marks += [Mark(s.start, s.end, "span", s) for s in spans if s.end > s.start]
    return Marks(marks, places, body)


def passage_marks(passages: Sequence[tuple[int, int]]) -> Marks:
    return Marks([Mark(s, e, "passage", str(n + 1)) for n, (s, e) in enumerate(passages) if e > s])
