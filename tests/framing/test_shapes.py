"""Cues carried by shape: slogans in quotes and exclamations, rhetorical questions, and the sentence splitter."""

from __future__ import annotations

from typing import Callable

import pytest

from claimledger.documents.model import Document
from claimledger.documents.sentences import split
from claimledger.framing.tagger import tag_document


def _slogans(doc: Document) -> list[str]:
    return [s.text for s in tag_document(doc) if "Slogans" in s.techniques]


@pytest.mark.parametrize("text, expected", [
    ("Marchers chanted “Not one step back” and “Bread, work, freedom”.",
     ["Not one step back", "Bread, work, freedom"]),
    ("Banners read «Save our clinic» across the town.", ["Save our clinic"]),
    ("She told reporters “we will appeal the ruling next week”.", []),  # a quote, no slogan context, no "!"
    ("The placards repeated a long statement: “We the undersigned residents of the valley ask the council to "
     "reconsider its decision on the school”.", []),  # too long for a slogan
    ("He shouted “Stop!” at the driver.", []),  # one word: an interjection
    ("“Save the forest!” read the petition.", ["Save the forest!"]),
    ("Hands off our schools!", ["Hands off our schools!"]),
])
def test_shapes_slogans_by_quote_context_and_exclamation(make_document: Callable[..., Document], text: str,
                                                         expected: list[str]) -> None:
    assert _slogans(make_document(text)) == expected


def test_shapes_exclaimed_slogan_takes_the_whole_exclamation(make_document: Callable[..., Document]) -> None:
    text = "The residents of the valley will never forget this betrayal!"
    assert text in _slogans(make_document(text))


@pytest.mark.parametrize("text, doubt", [
    ("Can anyone really believe the official figures?", True),
    ("Is this ministry even credible any more?", True),
    ("What time does the meeting start?", False),
    ("They asked whether the figures were really accurate.", False),  # not a question
])
def test_shapes_rhetorical_questions_of_doubt(make_document: Callable[..., Document], text: str, doubt: bool) -> None:
    spans = tag_document(make_document(text))
    assert any("Doubt" in s.techniques for s in spans) is doubt


@pytest.mark.parametrize("text, sentences", [
    ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
    ("U.S. troops left. Talks resumed.", ["U.S. troops left.", "Talks resumed."]),
    ("A heading\nThe text starts here. It ends!", ["A heading", "The text starts here.", "It ends!"]),
    ("“Stop!” he said. Then quiet.", ["“Stop!” he said.", "Then quiet."]),
    ("Version 2.5 was released. It works.", ["Version 2.5 was released.", "It works."]),
])
def test_shapes_sentence_split_keeps_offsets(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split(text)] == sentences


@pytest.mark.parametrize("text, count", [
    ("We will never surrender to the Serbs!", 7),
    ("We will never surrender to the Bosnian Serbs!", 7),  # a name of two words counts as one
    ("Free Hezbollah", 2), ("Free al-Shabaab", 2), ("Free Republika Srpska", 2),  # (a slogan's call, then a name)
    ("Free Kurdistan Workers' Party!", 2), ("Free Kurdistan Democratic Party!", 2),
    ("Bosnian Croats will never surrender!", 4),  # (a name opening the text is one word too)
    ("pro-Kosovars thugs", 2), ("pro-Herzegovinian Croats thugs", 2),  # (a side's prefix opens the name)
    ("the Holocaust pro-al-Shabaab thugs", 3), ("the Holocaust pro-Hezbollah thugs", 3),
    ("well-known tyrant's lies", 3),
])
def test_shapes_word_count_counts_a_name_as_one_word(text: str, count: int) -> None:
    from claimledger.framing.words import word_count

    assert word_count(text) == count


def test_shapes_a_longer_name_does_not_cross_the_exclamation_limit(make_document: Callable[..., Document]) -> None:
    one = "We will never surrender to the Bosniaks!"
    two = "We will never surrender to the Bosnian Serbs!"
    assert _slogans(make_document(one)) == [one] and _slogans(make_document(two)) == [two]
