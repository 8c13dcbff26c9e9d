"""The quality gate: the whole pipeline on the seed corpus against ../shared/gold, with pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from claimledger.documents.model import Document

FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
PINNED = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
FLOORS = PINNED["floors"]


@pytest.fixture(scope="module")
def seed_docs(seed_corpus: Path) -> list[Document]:
    from claimledger.documents.read import read_paths

    return [d for d in read_paths([seed_corpus]) if isinstance(d, Document)]


@pytest.fixture(scope="module")
def seed_ledger(seed_corpus: Path) -> Any:
    from claimledger import analyze
    from claimledger.settings import Settings

    return analyze([str(seed_corpus)], Settings(progress=False))


@pytest.mark.parametrize("name", sorted(PINNED["gold_sha256"]))
def test_quality_gate_gold_is_the_one_the_floors_were_measured_on(shared_dir: Path, name: str) -> None:
    digest = hashlib.sha256((shared_dir / "gold" / name).read_bytes()).hexdigest()
    assert digest == PINNED["gold_sha256"][name], (
        f"{name} changed: re-measure the floors in {FLOORS_FILE.name} and update its fingerprint")


def test_quality_gate_claims(shared_dir: Path, seed_corpus: Path) -> None:
    from claimledger.api import evaluate_corpus

    report = evaluate_corpus(shared_dir / "gold" / "khojaly-2012-2023.claims.jsonl", seed_corpus)
    assert report.core.precision >= FLOORS["claims_core_precision"], report.lines()
    assert report.core.f1 >= FLOORS["claims_core_f1"], report.lines()
    assert report.all.f1 >= FLOORS["claims_all_f1"], report.lines()
    assert report.outside_body <= FLOORS["claims_in_furniture_max"]
    assert report.other_event_in_main <= FLOORS["war_claims_in_main_max"]


def test_quality_gate_documents(seed_docs: list[Document], gold_documents: dict[str, Any]) -> None:
    gold = gold_documents["documents"]
    docs = {d.id: d for d in seed_docs}
    assert set(docs) == set(gold)
    dates = sum((docs[i].published, docs[i].published_precision) == (g["published"], g["published_precision"])
                for i, g in gold.items())
    outlets = sum(docs[i].outlet == g["outlet"] for i, g in gold.items())
    ends = sum(docs[i].body_text.rstrip().endswith(g["body_ends_with"]) for i, g in gold.items())
    assert (dates, outlets, ends) >= (FLOORS["documents_dates"], FLOORS["documents_outlets"],
                                      FLOORS["documents_body_ends"])


def test_quality_gate_ledger(seed_ledger: Any, gold_ledger: dict[str, Any]) -> None:
    main = seed_ledger.events[0]
    matched = 0
    for gold in gold_ledger["figures"]:
        figs = [f for f in main.figures if (f.measure, f.subgroup) == (gold["measure"], gold["subgroup"])]
        if len(figs) != 1:
            continue
        values = {str(v.value): sorted(d[:3] for d in v.documents) for v in figs[0].values if v.qualifier != "vague"}
        matched += values == {k: sorted(v) for k, v in gold["values"].items()} and figs[0].status == gold["status"]
    assert matched >= FLOORS["ledger_figures_matched"]
    assert sum(c.ok for c in main.checks) >= FLOORS["ledger_checks_passing"]


def test_quality_gate_framing(seed_docs: list[Document], gold_framing: dict[str, Any]) -> None:
    from claimledger.framing.tagger import tag_document

    # The gold scores by overlap (a flag phrase overlaps a span carrying one of its techniques), not boundaries.
    spans = {d.id: tag_document(d) for d in seed_docs}
    texts = {d.id: d.text for d in seed_docs}
    hits = 0
    for flag in gold_framing["flag"]:
        at = texts[flag["document"]].find(flag["phrase"])
        end = at + len(flag["phrase"])
        hits += any(s.start < end and at < s.end and set(s.techniques) & set(flag["techniques"])
                    for s in spans[flag["document"]])
    assert hits / len(gold_framing["flag"]) >= FLOORS["framing_flag_recall"]
    neutral = 0
    for item in gold_framing["neutral"]:
        at = texts[item["document"]].find(item["sentence"])
        end = at + len(item["sentence"])
        neutral += any(s.start < end and at < s.end for s in spans[item["document"]])
    assert neutral <= FLOORS["framing_neutral_spans_max"]
