"""The seed corpus end to end: every gold figure, the five checks, the dated conflict, the strong reuse."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from claimledger.claims.dated import extract_dated_facts
from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.ledger.build import build_ledger
from claimledger.ledger.model import Event, Ledger

READER_READY = importlib.util.find_spec("claimledger.documents.read") is not None


def _from_reader(corpus: Path, gold_documents: dict[str, Any]) -> list[Document]:
    from claimledger.documents.read import read_paths  # type: ignore[import-not-found]

    return [d for d in read_paths([corpus]) if isinstance(d, Document)]


def _from_gold_metadata(corpus: Path, gold_documents: dict[str, Any]) -> list[Document]:
    """The ledger stage alone: raw seed files with the gold's dates and body ends as metadata."""
    docs = []
    for path in sorted(corpus.glob("*.txt")):
        meta = gold_documents["documents"][path.name]
        text = path.read_text(encoding="utf-8")
        end = text.index(meta["body_ends_with"]) + len(meta["body_ends_with"])
        docs.append(Document(id=path.name, text=text, source=str(path), body_end=end, published=meta["published"],
                             published_precision=meta["published_precision"], outlet=meta["outlet"]))
    return docs


def _corpus_ids(docs: list[Document]) -> list[Claim]:
    """Per-document claim ids renumbered corpus-wide, as the store does."""
    from claimledger.claims.extract import extract_claims

    out: list[Claim] = []
    for d in docs:
        claims = extract_claims(d)
        ids = {c.id: f"c{len(out) + n}" for n, c in enumerate(claims, start=1)}
        out += [dataclasses.replace(c, id=ids[c.id], parent=ids.get(c.parent) if c.parent else None) for c in claims]
    return out


@pytest.fixture(scope="module", params=[
    pytest.param(_from_reader, id="read_paths", marks=pytest.mark.xfail(
        not READER_READY, strict=False, reason="claimledger.documents.read.read_paths is being written by another helper")),
    pytest.param(_from_gold_metadata, id="gold_metadata"),
])
def seed_ledger(request: pytest.FixtureRequest, seed_corpus: Path, gold_documents: dict[str, Any]) -> Ledger:
    docs = request.param(seed_corpus, gold_documents)
    facts = [f for d in docs for f in extract_dated_facts(d)]
    return build_ledger(docs, _corpus_ids(docs), facts)


def _main(ledger: Ledger) -> Event:
    assert ledger.events[0].main and ledger.events[0].id == "e1"
    return ledger.events[0]


def test_seed_every_gold_figure_in_main_event(seed_ledger: Ledger, gold_ledger: dict[str, Any]) -> None:
    main = _main(seed_ledger)
    assert (main.place, main.date) == (gold_ledger["event"]["place"], gold_ledger["event"]["date"])
    found = 0
    for gold in gold_ledger["figures"]:
        (fig,) = [f for f in main.figures if (f.measure, f.subgroup) == (gold["measure"], gold["subgroup"])]
        values = {str(v.value): sorted(d[:3] for d in v.documents) for v in fig.values if v.qualifier != "vague"}
        assert values == {k: sorted(v) for k, v in gold["values"].items()}, gold
        assert fig.status == gold["status"], gold
        found += 1
    assert found == 16


def test_seed_other_event_figures_not_in_main_event(seed_ledger: Ledger) -> None:
    main = _main(seed_ledger)
    stated = {(f.measure, v.value) for f in main.figures for v in f.values}
    assert not stated & {("killed", 20000), ("wounded", 50000)}
    assert "territory_occupied" not in {f.measure for f in main.figures}
    others = {(f.measure, v.value) for e in seed_ledger.events if not e.main for f in e.figures for v in f.values}
    assert {("killed", 20000), ("wounded", 50000)} <= others


def test_seed_five_checks_pass(seed_ledger: Ledger) -> None:
    main = _main(seed_ledger)
    got = {(c.rule, c.numbers.get("sum", c.numbers.get("part")), c.numbers.get("whole", c.numbers.get("population")))
           : c.ok for c in main.checks}
    expected = {("parts_within_whole", 239, 613), ("parts_within_whole", 76, 487), ("subset_within_whole", 150, 1275),
                ("parts_within_whole", 94, 150), ("sum_within_population", 2375, 3000)}
    assert expected <= set(got)
    assert all(got[k] for k in expected)


def test_seed_dated_conflict_2008_2009(seed_ledger: Ledger) -> None:
    conflicts = [d for d in _main(seed_ledger).dated if d.status == "conflict"]
    assert any({v.date for v in d.values} == {"2008", "2009"} for d in conflicts)


def test_seed_strong_reuse_pairs_with_direction(seed_ledger: Ledger, gold_documents: dict[str, Any]) -> None:
    strong = {(r.earlier, r.later) for r in seed_ledger.reuse if r.strength == "strong"}
    gold = {(r["earlier"], r["later"]) for r in gold_documents["reuse"] if r["strength"] == "strong"}
    assert strong == gold
    weak = {(r["earlier"], r["later"]) for r in gold_documents["reuse"] if r["strength"] == "weak"}
    assert weak <= {(r.earlier, r.later) for r in seed_ledger.reuse}
