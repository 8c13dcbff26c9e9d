"""Dated facts reconciled like figures: the same happening (same `what` key) dated by several documents."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from claimledger.claims.model import DatedFact
from claimledger.ledger.model import DatedFigure, DatedValue


def _compatible(a: str, b: str) -> bool:
    """'2008' and '2008-05-01' agree (one is the other at finer precision); '2008' and '2009' do not."""
    return a.startswith(b) or b.startswith(a)


def dated_figures(facts: Sequence[DatedFact]) -> tuple[DatedFigure, ...]:
    """One DatedFigure per `what` key; status single / agree / conflict across documents."""
    by_what: dict[str, list[DatedFact]] = defaultdict(list)
    for f in facts:
        by_what[f.what].append(f)
    return tuple(_figure(what, fs) for what, fs in sorted(by_what.items()))


def _figure(what: str, facts: Sequence[DatedFact]) -> DatedFigure:
    by_date: dict[str, list[DatedFact]] = defaultdict(list)
    for f in facts:
        by_date[f.date].append(f)
    values = tuple(DatedValue(date=d, documents=tuple(dict.fromkeys(f.document for f in fs)),
                              facts=tuple(f.id for f in fs)) for d, fs in sorted(by_date.items()))
    return DatedFigure(what=what, status=_status(facts), values=values)


def _status(facts: Sequence[DatedFact]) -> str:
    if len({f.document for f in facts}) <= 1:
        return "single"
    # a clash counts only between documents: one report giving two dates names two happenings
    clash = any(a.document != b.document and not _compatible(a.date, b.date)
                for i, a in enumerate(facts) for b in facts[i + 1:])
    return "conflict" if clash else "agree"
