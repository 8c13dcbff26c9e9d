"""Stable HTML ids for documents, figures, values and claims, shared by the report and the web pages.

An id depends only on what it names (a document id, an event id with a figure's measure and
subgroup), so links survive re-rendering: `doc-<id>`, `fig-<event>-<measure>-<subgroup>`,
`val-<event>-<measure>-<subgroup>-<n>`, `claim-<id>`.
"""

from __future__ import annotations

import hashlib
import re

from claimledger.ledger.model import Event, Figure

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def slug(text: str) -> str:
    """`text` as an id fragment that is also a plain CSS selector: kept as is when already safe (letters,
    digits, `_`, `-`), else cleaned, with a short hash of the original so distinct ids stay distinct."""
    clean = _UNSAFE.sub("-", text).strip("-")
    if clean == text and clean:
        return clean
    return f"{clean or 'x'}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"


def doc_anchor(doc_id: str) -> str:
    return f"doc-{slug(doc_id)}"


def claim_anchor(claim_id: str) -> str:
    return f"claim-{slug(claim_id)}"


def figure_anchors(event: Event) -> dict[int, str]:
    """Index of each figure in `event.figures` -> its id; the unit joins the id only when two figures
    of the event share measure and subgroup (durations in hours and in days)."""
    base = {i: f"fig-{slug(event.id)}-{slug(f.measure)}-{slug(f.subgroup or 'all')}" for i, f in enumerate(event.figures)}
    seen: dict[str, int] = {}
    for a in base.values():
        seen[a] = seen.get(a, 0) + 1
    return {i: (a if seen[a] == 1 else f"{a}-{slug(event.figures[i].unit)}") for i, a in base.items()}


def value_anchor(figure_id: str, index: int) -> str:
    return f"val-{figure_id.removeprefix('fig-')}-{index + 1}"


def figure_anchor(event: Event, figure: Figure) -> str:
    """The id of one figure's row (convenience for callers holding the figure)."""
    anchors = figure_anchors(event)
    for i, f in enumerate(event.figures):
        if f is figure:
            return anchors[i]
    raise ValueError("figure is not in this event")


def claim_rows(events: tuple[Event, ...] | list[Event]) -> dict[str, tuple[str, str]]:
    """Claim id -> (figure row id, value id), for links from a highlighted claim to its ledger row."""
    out: dict[str, tuple[str, str]] = {}
    for e in events:
        anchors = figure_anchors(e)
        for i, f in enumerate(e.figures):
            for n, v in enumerate(f.values):
                for cid in v.claims:
                    out.setdefault(cid, (anchors[i], value_anchor(anchors[i], n)))
    return out
