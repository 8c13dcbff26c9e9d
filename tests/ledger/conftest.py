"""Helpers for ledger tests: claims located in hand-written documents."""

from __future__ import annotations

import re
from typing import Any, Callable

import pytest

from claimledger.claims.model import Claim
from claimledger.documents.model import Document

_n = {"i": 0}


def make_claim(doc: Document | str, measure: str, value: float | None, *, subgroup: str | None = None,
               unit: str = "people", qualifier: str = "exact", low: float | None = None, high: float | None = None,
               event: str = "main", parent: str | None = None, id: str | None = None, near: str | None = None,
               **extra: Any) -> Claim:
    """A claim; when `doc` is a Document its offsets point at the number's text (after `near`, if given)."""
    _n["i"] += 1
    cid = id or f"c{_n['i']}"
    start = end = 0
    doc_id = doc if isinstance(doc, str) else doc.id
    if isinstance(doc, Document) and value is not None:
        from_ = doc.text.find(near) if near else 0
        m = re.compile(rf"\b{int(value):,}\b|\b{int(value)}\b").search(doc.text, max(0, from_))
        assert m, f"{value} not in {doc.id}"
        start, end = m.start(), m.end()
    if qualifier == "exact" and value is not None:
        low = value if low is None else low
        high = value if high is None else high
    return Claim(id=cid, document=doc_id, measure=measure, subgroup=subgroup, unit=unit, value=value, low=low,
                 high=high, qualifier=qualifier, event=event, parent=parent,
                 text=str(value), start=start, end=end, sentence="", number_start=start, number_end=end,
                 **({"attribution": None} | extra))


@pytest.fixture
def claim() -> Callable[..., Claim]:
    return make_claim


def doc(id: str, text: str, published: str | None = None) -> Document:
    precision = None if published is None else {4: "year", 7: "month", 10: "day"}[len(published)]
    return Document(id=id, text=text, source=id, published=published, published_precision=precision)


@pytest.fixture
def document() -> Callable[..., Document]:
    return doc
