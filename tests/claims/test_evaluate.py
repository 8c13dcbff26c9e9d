"""The SPEC.md matching rule, core and all scores, and the printed lines."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from claimledger.claims.evaluate import evaluate, is_core
from claimledger.claims.model import Claim

BASE = Claim(id="c1", document="d.txt", measure="killed", subgroup=None, unit="people", value=613, low=613,
             high=613, qualifier="exact", event="main", parent=None, attribution=None, text="613", start=10,
             end=13, sentence="613 were killed.")


def _gold(**fields: Any) -> dict[str, Any]:
    item = {"document": "d.txt", "measure": "killed", "subgroup": None, "value": 613, "qualifier": "exact",
            "low": None, "high": None, "unit": "people", "scope": "event", "core": True, "quote": "613"}
    item.update(fields)
    return item


@pytest.mark.parametrize("change, matches", [
    ({}, True),
    ({"value": 612, "low": 612, "high": 612}, False),
    ({"measure": "wounded"}, False),
    ({"subgroup": "women"}, False),
    ({"document": "other.txt"}, False),
])
def test_evaluate_matching_rule(change: dict[str, Any], matches: bool) -> None:
    report = evaluate([_gold()], [replace(BASE, **change)])
    assert (report.all.matched_gold == 1) == matches


@pytest.mark.parametrize("low, qualifier, matches", [(200, "vague", True), (2000, "vague", False), (200, "about", False)])
def test_evaluate_vague_matches_on_qualifier_and_low(low: int, qualifier: str, matches: bool) -> None:
    gold = _gold(value=None, qualifier="vague", low=200, core=False)
    pred = replace(BASE, value=None if qualifier == "vague" else low, low=low, high=None, qualifier=qualifier)
    assert (evaluate([gold], [pred]).all.matched_gold == 1) == matches


def test_evaluate_each_gold_matches_once() -> None:
    report = evaluate([_gold()], [BASE, replace(BASE, id="c2", start=40, end=43)])
    assert (report.all.matched_gold, report.all.predicted, report.all.precision) == (1, 2, 0.5)


def test_evaluate_core_needs_main_event_people_measure() -> None:
    assert is_core(BASE)
    assert not is_core(replace(BASE, event="war"))
    assert not is_core(replace(BASE, measure="recognized_as_genocide", unit="countries"))
    assert is_core(replace(BASE, qualifier="vague", value=None))  # "dozens were rescued" is a figure too
    assert not is_core(replace(BASE, measure="attendees"))
    assert not is_core(replace(BASE, unit="percent"))


@pytest.mark.parametrize("scope, war, other", [("war", 1, 0), ("iran_iraq_war", 1, 0), ("aftermath", 0, 1),
                                               ("earlier_flood", 0, 1)])
def test_evaluate_counts_furniture_and_war_in_main(scope: str, war: int, other: int) -> None:
    gold = [_gold(), _gold(value=20000, scope=scope, core=False)]
    preds = [BASE, replace(BASE, id="c2", value=20000, start=100, end=106), replace(BASE, id="c3", start=900, end=903)]
    report = evaluate(gold, preds, {"d.txt": (0, 500)})
    assert (report.outside_body, report.other_event_in_main, report.aftermath_in_main) == (1, war, other)


def test_evaluate_lines_end_with_core_and_all() -> None:
    lines = evaluate([_gold()], [BASE]).lines()
    assert lines[-2] == "core: P=1.000 R=1.000 F1=1.000"
    assert lines[-1] == "all: P=1.000 R=1.000 F1=1.000"


@pytest.mark.parametrize("low, high, qualifier, matches", [(40, 50, "range", True), (45, 50, "range", False)])
def test_evaluate_ranges_match_on_qualifier_and_low(low: int, high: int, qualifier: str, matches: bool) -> None:
    gold = _gold(measure="homes_destroyed", unit="homes", value=None, qualifier="range", low=40, high=50, core=False)
    pred = replace(BASE, measure="homes_destroyed", unit="homes", value=None, low=low, high=high, qualifier=qualifier)
    assert (evaluate([gold], [pred]).all.matched_gold == 1) == matches


def test_evaluate_gold_file_reads_claims_and_bodies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimledger.claims.evaluate import evaluate_gold_file
    from claimledger.documents.model import Document

    text = "At least 45 people were killed, police said. Related: 300 migrants were killed elsewhere."
    (tmp_path / "t.claims.jsonl").write_text(
        '{"document": "d.txt", "measure": "killed", "subgroup": null, "value": 45, "qualifier": "at_least", '
        '"low": 45, "high": null, "unit": "people", "scope": "event", "core": true, "quote": "45 people"}\n',
        encoding="utf-8")
    (tmp_path / "t.documents.json").write_text(
        '{"documents": {"d.txt": {"body_ends_with": "police said."}}}', encoding="utf-8")
    report = evaluate_gold_file(tmp_path / "t.claims.jsonl", [Document(id="d.txt", text=text, source="d.txt")])
    assert (report.all.matched_gold, report.outside_body) == (1, 1)
