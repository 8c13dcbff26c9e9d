"""Dated facts reconciled like figures: the same happening dated differently is a conflict."""

from __future__ import annotations

import pytest

from claimledger.claims.model import DatedFact
from claimledger.ledger.build import build_ledger

from .conftest import doc


def fact(doc_id: str, date: str, what: str = "clean rivers campaign launched", n: int = 1) -> DatedFact:
    return DatedFact(id=f"d{n}", document=doc_id, what=what, date=date, precision="year", text="", start=0, end=0,
                     sentence="")


@pytest.mark.parametrize(("facts", "status", "dates"), [
    ([fact("a.txt", "2008"), fact("b.txt", "2009")], "conflict", ["2008", "2009"]),
    ([fact("a.txt", "2008"), fact("b.txt", "2008-05")], "agree", ["2008", "2008-05"]),
    ([fact("a.txt", "2008")], "single", ["2008"]),
    # one report giving two dates for a generic key names two happenings, not a disagreement
    ([fact("a.txt", "1994", "resolution adopted"), fact("a.txt", "2012", "resolution adopted", 2)], "single",
     ["1994", "2012"]),
])
def test_dated_reconciled_in_main_event(facts: list[DatedFact], status: str, dates: list[str]) -> None:
    docs = [doc("a.txt", "Floods hit the town of Marrowby.", "2020-01-01"),
            doc("b.txt", "Floods hit the town of Marrowby.", "2021-01-01")]
    (event,) = build_ledger(docs, [], dated=facts).events
    (figure,) = event.dated
    assert (figure.status, [v.date for v in figure.values]) == (status, dates)
