"""CSV: one row per figure value, readable back with csv.DictReader."""

from __future__ import annotations

import csv
import io

from claimledger.outputs import render_ledger
from claimledger.outputs.csv import COLUMNS

from .conftest import Corpus


def _rows(corpus: Corpus) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_ledger(corpus.ledger, "csv"))))


def test_csv_has_one_row_per_value_with_the_columns(small: Corpus) -> None:
    rows = _rows(small)
    assert len(rows) == sum(len(f.values) for e in small.ledger.events for f in e.figures)
    assert tuple(rows[0]) == COLUMNS
    for col in ("event", "measure", "subgroup", "unit", "status", "value", "low", "high", "qualifier", "reports",
                "independent", "documents", "claims"):
        assert col in COLUMNS


def test_csv_round_trips_values_documents_and_claims(small: Corpus) -> None:
    rows = {(r["event"], r["measure"], r["subgroup"], r["qualifier"], r["value"]): r for r in _rows(small)}
    wounded = rows[("e1", "wounded", "", "exact", "487")]
    assert (wounded["status"], wounded["reports"], wounded["independent"]) == ("conflict", "3", "2")
    assert wounded["documents"].split("|") == ["a.txt", "b.txt", "d.txt"]
    assert wounded["claims"].split("|") == ["c2", "c6", "c12"]
    vague = rows[("e1", "rescued", "", "vague", "")]
    assert (vague["low"], vague["high"]) == ("200", "")
    assert rows[("e1", "homes_destroyed", "", "range", "")]["low"] == "40"
    assert rows[("e1", "killed", "children", "exact", "6")]["status"] == "single"
    assert rows[("e2", "killed", "", "exact", "41")]["documents"] == "a.txt"


def test_csv_quotes_cells_that_hold_commas_and_quotes(hostile: Corpus) -> None:
    rows = [r for r in _rows(hostile) if r["event"] == "e3"]
    assert rows and rows[0]["event_label"].startswith("<script>") and rows[0]["documents"] == 'x<b>"evil".txt'


def test_csv_lists_a_reports_earlier_values_after_the_figures_values() -> None:
    from claimledger.documents.model import Document
    from claimledger.ledger.build import build_ledger

    from ..ledger.conftest import make_claim

    a = Document(id="a.txt", text="The toll rose to 14 from 11 on Sunday.", source="a.txt", published="2024-03-16")
    now, before = make_claim(a, "killed", 14, id="c1"), make_claim(a, "killed", 11, id="c2", earlier=True)
    rows = list(csv.DictReader(io.StringIO(render_ledger(build_ledger([a], [now, before]), "csv"))))
    assert [(r["value"], r["status"], r["claims"]) for r in rows] == [("14", "single", "c1"), ("11", "earlier", "c2")]
