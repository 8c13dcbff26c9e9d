"""Text reuse: LSH candidates, aligned passages with offsets in both texts, direction, strength."""

from __future__ import annotations

import dataclasses

import pytest

from claimledger.ledger.build import build_ledger
from claimledger.ledger.reuse import ReuseIndex, align, tokens

from .conftest import doc
from .texts import OWN_A, OWN_B, SOURCE, UNRELATED


@pytest.mark.parametrize("order", ["earlier_first", "later_first"])
def test_reuse_direction_from_publication_dates(order: str) -> None:
    source = doc("wire.txt", SOURCE + OWN_A, "2020-03-01")
    copy = doc("paper.txt", OWN_B + SOURCE, "2020-03-03")
    docs = [source, copy] if order == "earlier_first" else [copy, source]
    ledger = build_ledger(docs, [])
    assert [(r.earlier, r.later, r.strength, r.direction_from) for r in ledger.reuse] == \
        [("wire.txt", "paper.txt", "strong", "published")]


def test_reuse_tie_says_so() -> None:
    ledger = build_ledger([doc("b.txt", SOURCE + OWN_A, "2020-03-01"), doc("a.txt", OWN_B + SOURCE, "2020-03-01")], [])
    assert [(r.earlier, r.later, r.direction_from) for r in ledger.reuse] == [("a.txt", "b.txt", "tie")]


def test_reuse_passage_offsets_point_at_the_same_words() -> None:
    a, b = doc("a.txt", OWN_A + SOURCE, "2020-01-01"), doc("b.txt", OWN_B + SOURCE + OWN_A, "2020-01-02")
    (r,) = build_ledger([a, b], []).reuse
    for p in r.passages:
        left, right = a.text[p.earlier[0]:p.earlier[1]], b.text[p.later[0]:p.later[1]]
        assert left.split() == right.split()
    assert any("487 people were injured" in a.text[p.earlier[0]:p.earlier[1]] for p in r.passages)


@pytest.mark.parametrize(("text_b", "expected"), [
    (UNRELATED, []),
    # one shared sentence (a quoted line) is weak, not strong
    (UNRELATED + "Officials said 487 people were injured and 31 people were killed as the water rose through the night.",
     ["weak"]),
])
def test_reuse_strength(text_b: str, expected: list[str]) -> None:
    ledger = build_ledger([doc("a.txt", SOURCE, "2020-01-01"), doc("b.txt", text_b, "2020-01-02")], [])
    assert [r.strength for r in ledger.reuse] == expected


def test_reuse_index_finds_candidates_without_all_pairs() -> None:
    index = ReuseIndex(0.5)
    index.add("a", SOURCE)
    index.add("b", UNRELATED)
    index.add("c", OWN_A + SOURCE)
    assert index.candidates() == [("a", "c")]


def test_reuse_align_bridges_an_edited_number() -> None:
    a = tokens(SOURCE)
    b = tokens(SOURCE.replace("487", "475"))
    passages = align(a, b)
    assert any(p.later[0] <= SOURCE.index("487") < p.later[1] for p in passages)
    assert len(passages) == 1


@pytest.mark.parametrize("with_text_of", [False, True])
def test_reuse_offsets_in_original_text_when_body_starts_late(with_text_of: bool) -> None:
    header = "SITE MENU | Weather | Sport\n"
    a = doc("a.txt", header + SOURCE + OWN_A, "2020-01-01")
    b = doc("b.txt", header + OWN_B + SOURCE, "2020-01-02")
    a, b = (d.__class__(**{**d.__dict__, "body_start": len(header)}) for d in (a, b))
    texts = {d.id: d.text for d in (a, b)}
    (r,) = build_ledger([a, b], [], text_of=texts.__getitem__ if with_text_of else None).reuse
    p = max(r.passages, key=lambda p: p.later[1] - p.later[0])
    assert a.text[p.earlier[0]:p.earlier[1]] == b.text[p.later[0]:p.later[1]]
    assert p.earlier[0] >= len(header)


def test_reuse_identical_short_reports_are_a_strong_copy_with_direction() -> None:
    from claimledger.claims.extract import extract_claims
    from claimledger.documents.model import Document
    from claimledger.ledger.build import build_ledger

    text = "Fourteen fans were arrested after the match, police said."
    docs = [Document(id=i, text=text, source=i, published=p, published_precision="day")
            for i, p in (("paper.txt", "2024-05-03"), ("wire.txt", "2024-05-02"))]
    claims = [c for d in docs for c in extract_claims(d)]
    claims = [dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(claims, 1)]
    ledger = build_ledger(docs, claims)
    (reuse,) = ledger.reuse
    assert (reuse.earlier, reuse.later, reuse.strength) == ("wire.txt", "paper.txt", "strong")
    (value,) = [v for e in ledger.events for f in e.figures for v in f.values]
    assert value.independent == 1 and len(value.documents) == 2
