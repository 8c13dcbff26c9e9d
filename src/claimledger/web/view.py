"""What the pages look up in a built ledger: which figure row each claim feeds, and each document's events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimledger.claims.model import Claim
from claimledger.ledger.model import DocumentInfo, Event, Ledger
from claimledger.outputs.anchors import figure_anchors, value_anchor
from claimledger.outputs.text import figure_label, value_text


@dataclass(frozen=True)
class ClaimRef:
    """The little of a claim the ledger pages need to point at it: its document and its words."""

    id: str
    document: str
    text: str


@dataclass(frozen=True)
class Place:
    """Where a claim sits in the ledger: its event, its figure row and value ids, and how it reads."""

    event: str
    anchor: str
    value: str
    label: str  # "Wounded: 212"


@dataclass(frozen=True)
class View:
    """A built ledger with the indexes the pages look things up in (cached per store state)."""

    ledger: Ledger
    claims: dict[str, ClaimRef]
    places: dict[str, Place]  # claim id -> figure row
    events_of: dict[str, tuple[str, ...]]  # document id -> event ids

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.ledger.events if e.id == event_id), None)

    def info(self, doc_id: str) -> DocumentInfo | None:
        return next((d for d in self.ledger.documents if d.id == doc_id), None)

    def infos(self) -> dict[str, DocumentInfo]:
        return {d.id: d for d in self.ledger.documents}


def build_view(ledger: Ledger, claims: Iterable[Claim]) -> View:
    """Index a ledger: claim id -> figure row (one pass over the claims, keeping only id, document, words)."""
    refs = {c.id: ClaimRef(c.id, c.document, c.text) for c in claims}
    places: dict[str, Place] = {}
    events_of: dict[str, list[str]] = {}
    for e in ledger.events:
        for d in e.documents:
            events_of.setdefault(d, []).append(e.id)
        anchors = figure_anchors(e)
        for i, f in enumerate(e.figures):
            for n, v in enumerate(f.values):
                label = f"{figure_label(f)}: {value_text(v, f.unit)}"
                for cid in v.claims:
                    places.setdefault(cid, Place(e.id, anchors[i], value_anchor(anchors[i], n), label))
    return View(ledger, refs, places, {d: tuple(es) for d, es in events_of.items()})
