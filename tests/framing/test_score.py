"""The per-document framing score: the share of body sentences with framing, weighted by technique."""

from __future__ import annotations

from typing import Callable

import pytest

from claimledger.documents.model import Document
from claimledger.framing.model import TECHNIQUES, Span
from claimledger.framing.score import TECHNIQUE_WEIGHTS, document_score
from claimledger.framing.tagger import tag_document


def test_score_weights_every_technique_once() -> None:
    assert set(TECHNIQUE_WEIGHTS) == set(TECHNIQUES)
    assert all(0 < w <= 1 for w in TECHNIQUE_WEIGHTS.values())


@pytest.mark.parametrize("text, sentences, framed", [
    ("Talks resumed on Monday. Both sides sent delegations.", 2, 0),
    ("Talks resumed on Monday. The heinous regime sent thugs. Both sides sent delegations.", 3, 1),
    ("A heinous act. A vile lie. A ridiculous plan. Nothing else.", 4, 3),
])
def test_score_counts_framed_body_sentences(make_document: Callable[..., Document], text: str, sentences: int,
                                            framed: int) -> None:
    doc = make_document(text)
    result = document_score(doc, tag_document(doc))
    assert (result.sentences, result.framed_sentences) == (sentences, framed)
    assert 0 <= result.score <= framed / sentences


def test_score_is_zero_without_spans_and_for_an_empty_body(make_document: Callable[..., Document]) -> None:
    assert document_score(make_document("Talks resumed."), []).score == 0
    empty = document_score(make_document(""), [])
    assert (empty.score, empty.sentences, empty.framed_sentences) == (0, 0, 0)


def test_score_weighs_a_label_above_a_loaded_word(make_document: Callable[..., Document]) -> None:
    doc = make_document("First sentence here. Second sentence here.")
    def span(technique: str) -> Span:
        return Span(doc.id, 0, 5, "First", (technique,), 0.6, "test")
    label = document_score(doc, [span("Name_Calling,Labeling")]).score
    loaded = document_score(doc, [span("Loaded_Language")]).score
    assert label == pytest.approx(TECHNIQUE_WEIGHTS["Name_Calling,Labeling"] / 2)
    assert loaded == pytest.approx(TECHNIQUE_WEIGHTS["Loaded_Language"] / 2)
    assert label > loaded


def test_score_ignores_sentences_outside_the_body(make_document: Callable[..., Document]) -> None:
    text = "Share this heinous story! Talks resumed. Both sides met."
    doc = make_document(text, body_start=text.index("Talks"))
    result = document_score(doc, tag_document(doc))
    assert (result.sentences, result.framed_sentences, result.score) == (2, 0, 0)


def test_score_ranks_the_seed_documents_above_neutral_wire_copy(seed_docs: dict[str, Document],
                                                                make_document: Callable[..., Document]) -> None:
    wire = make_document("Officials said 613 people were killed. Talks resumed in Geneva on Monday. "
                         "The ministry published the figures on its website.")
    floor = document_score(wire, tag_document(wire)).score
    assert floor == 0
    assert all(document_score(d, tag_document(d)).score > floor for d in seed_docs.values())
