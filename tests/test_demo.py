"""The bundled demo corpus end to end, against the answer key written with it (examples/*.expected.json)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import DEMO  # type: ignore[import-not-found]

KEY = json.loads(DEMO.with_name("flood-marrowby.expected.json").read_text(encoding="utf-8"))


# SPEC.md's lower bounds of the vague plurals, back to their words (the answer key's notation).
VAGUE_WORDS = {24: "dozens", 200: "hundreds", 2000: "thousands", 200000: "hundreds of thousands",
               2000000: "millions"}


def _stated(value: Any) -> str:
    """A ledger value in the answer key's notation: the number, `low-high` for a range, the word if vague."""
    if value.qualifier == "range":
        return f"{value.low:g}-{value.high:g}"
    if value.value is None:
        return VAGUE_WORDS.get(value.low, f"vague from {value.low}")
    return f"{value.value:g}"


@pytest.fixture(scope="module")
def demo_ledger() -> Any:
    from claimledger import analyze
    from claimledger.settings import Settings

    return analyze([str(DEMO)], Settings(progress=False))


def test_demo_documents_dated_and_attributed(demo_ledger: Any) -> None:
    infos = {d.id: d for d in demo_ledger.documents}
    assert set(infos) == set(KEY["documents"])
    for doc_id, gold in KEY["documents"].items():
        assert (infos[doc_id].published, infos[doc_id].published_precision) == (
            gold["published"], gold["published_precision"]), doc_id


@pytest.mark.parametrize("gold", KEY["figures"], ids=lambda g: f"{g['measure']}-{g['subgroup']}")
def test_demo_main_event_figure(demo_ledger: Any, gold: dict[str, Any]) -> None:
    main = demo_ledger.events[0]
    (fig,) = [f for f in main.figures if (f.measure, f.subgroup) == (gold["measure"], gold["subgroup"])]
    got = {_stated(v): sorted(v.documents) for v in fig.values}
    assert got == {k: sorted(v) for k, v in gold["values"].items()}
    assert fig.status == gold["status"]


def test_demo_other_event_figures_stay_out_of_the_main_event(demo_ledger: Any) -> None:
    main = demo_ledger.events[0]
    assert not any(f.measure == "killed" and any(v.value == 41 for v in f.values) for f in main.figures)
    elsewhere = [f for e in demo_ledger.events if not e.main for f in e.figures]
    assert any(f.measure == "killed" and any(v.value == 41 for v in f.values) for f in elsewhere)


def test_demo_reuse_and_dated_conflict(demo_ledger: Any) -> None:
    strong = {(r.earlier, r.later) for r in demo_ledger.reuse if r.strength == "strong"}
    assert strong == {(r["earlier"], r["later"]) for r in KEY["reuse"] if r["strength"] == "strong"}
    main = demo_ledger.events[0]
    assert (main.place, main.date) == (KEY["event"]["place"], KEY["event"]["date"])  # the flood's own date
    dated = {frozenset(v.date for v in d.values): d.status for d in main.dated}
    for gold in KEY["dated_claims"]:
        if gold["status"] == "conflict":  # other happenings dated differently by two reports
            assert dated.get(frozenset(gold["values"])) == "conflict", gold["what"]
