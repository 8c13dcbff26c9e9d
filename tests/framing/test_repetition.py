"""Repetition inside a document (a phrase three times) and across the corpus (a phrase in many documents)."""

from __future__ import annotations

import dataclasses
from typing import Callable

import pytest

from claimledger.documents.model import Document
from claimledger.framing.model import RepeatedPhrase, Span
from claimledger.framing.repetition import corpus_repetition, phrase_key
from claimledger.framing.tagger import tag_document


def _repeated(doc: Document) -> list[str]:
    return [s.text for s in tag_document(doc) if "Repetition" in s.techniques]


@pytest.mark.parametrize("times, expected", [(2, 0), (3, 3), (4, 4)])
def test_repetition_slogan_said_three_times_in_a_document(make_document: Callable[..., Document], times: int,
                                                          expected: int) -> None:
    text = " ".join(["Crowds gathered in the square and chanted “Down with the tyrant”."] * times)
    assert len(_repeated(make_document(text))) == expected


def test_repetition_counts_a_quoted_phrase_even_without_another_cue(make_document: Callable[..., Document]) -> None:
    text = "“Bread and roses” was on every banner. He repeated “bread and roses”. Later: “Bread and roses”."
    assert _repeated(make_document(text)) == ["Bread and roses", "bread and roses", "Bread and roses"]


@pytest.mark.parametrize("text", [
    "It was heinous. A heinous act. Truly heinous.",  # one word: not a repeated phrase
    "The city council met. The city council voted. The city council adjourned.",  # not a framing phrase
])
def test_repetition_ignores_single_words_and_plain_phrases(make_document: Callable[..., Document], text: str) -> None:
    assert _repeated(make_document(text)) == []


def _span(doc: str, text: str, start: int = 0, techniques: tuple[str, ...] = ("Slogans",)) -> Span:
    return Span(doc, start, start + len(text), text, techniques, 0.7, "test")


def test_repetition_across_the_corpus_names_documents_and_counts() -> None:
    spans = {
        "a.txt": [_span("a.txt", "Justice for Marrowby!"), _span("a.txt", "justice for  Marrowby", 40)],
        "b.txt": [_span("b.txt", "“Justice for Marrowby”"), _span("b.txt", "heinous", 30, ("Loaded_Language",))],
        "c.txt": [_span("c.txt", "heinous", 5, ("Loaded_Language",)), _span("c.txt", "Never again", 20)],
    }
    assert corpus_repetition(spans) == [RepeatedPhrase("justice for marrowby", ("a.txt", "b.txt"), 3, ("Slogans",))]


def test_repetition_across_the_corpus_counts_one_place_once() -> None:
    one = _span("a.txt", "No to war")
    spans = {"a.txt": [one, dataclasses.replace(one, techniques=("Repetition",))],
             "b.txt": [_span("b.txt", "No to war")]}
    assert [(r.phrase, r.count) for r in corpus_repetition(spans)] == [("no to war", 2)]


def test_repetition_across_the_corpus_orders_by_spread() -> None:
    spans = {d: [_span(d, "Never again")] + ([_span(d, "Down with tyranny", 20)] if d != "c" else [])
             for d in ("a", "b", "c")}
    assert [r.phrase for r in corpus_repetition(spans)] == ["never again", "down with tyranny"]


def test_repetition_phrase_is_frozen() -> None:
    phrase = RepeatedPhrase("never again", ("a",), 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        phrase.count = 2  # type: ignore[misc]


@pytest.mark.parametrize("text, key", [("“Justice for X!”", "justice for x"), ("Never  Again.", "never again"),
                                       ("Don’t forget", "don't forget")])
def test_repetition_phrase_key_normalises(text: str, key: str) -> None:
    assert phrase_key(text) == key


def test_repetition_seed_slogan_spreads_across_outlets(seed_docs: dict[str, Document]) -> None:
    spans = {doc_id: tag_document(doc) for doc_id, doc in seed_docs.items()}
    widest = corpus_repetition(spans)[0]
    assert len(widest.documents) >= 3 and "Slogans" in widest.techniques
