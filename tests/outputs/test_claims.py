"""Claims: SPEC.md's claim shape as JSON lines, CSV and a table; `event` is the ledger's event id."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console

from claimledger.outputs.claims import SPEC_FIELDS, render_claims_csv, render_claims_jsonl, render_claims_table

from .conftest import Corpus

SPEC_CLAIM = ["id", "document", "measure", "subgroup", "unit", "value", "low", "high", "qualifier", "event", "parent",
              "attribution", "text", "start", "end", "sentence"]


def test_claims_jsonl_follows_the_spec_shape(small: Corpus) -> None:
    lines = render_claims_jsonl(small.claims, {"c2": "e1"}).splitlines()
    assert len(lines) == len(small.claims)
    rows = [json.loads(line) for line in lines]
    assert list(SPEC_FIELDS) == SPEC_CLAIM and list(rows[0])[:len(SPEC_CLAIM)] == SPEC_CLAIM
    c2 = next(r for r in rows if r["id"] == "c2")
    text = small.documents[0].text
    assert (c2["event"], c2["value"], text[c2["start"]:c2["end"]]) == ("e1", 487, "487")


def test_claims_event_falls_back_to_the_claims_own_event(small: Corpus) -> None:
    rows = {r["id"]: r for r in map(json.loads, render_claims_jsonl(small.claims, {"c1": "e1"}).splitlines())}
    assert rows["c1"]["event"] == "e1" and rows["c4"]["event"] == "storm_1998" and rows["c4"]["event_slug"] == "storm_1998"


def test_claims_csv_round_trips(small: Corpus) -> None:
    rows = list(csv.DictReader(io.StringIO(render_claims_csv(small.claims, {}))))
    assert [r["id"] for r in rows] == [c.id for c in small.claims]
    assert list(rows[0])[:len(SPEC_CLAIM)] == SPEC_CLAIM
    vague = next(r for r in rows if r["id"] == "c10")
    assert (vague["value"], vague["low"], vague["qualifier"]) == ("", "200", "vague")


def test_claims_table_shows_values_in_words(small: Corpus) -> None:
    console = Console(record=True, width=300)
    render_claims_table(small.claims, {"c3": "e1"}, console)
    out = console.export_text()
    assert "at least 161" in out and "hundreds" in out and "13 claims" in out
