"""The sentence splitter keeps offsets and does not break at abbreviations."""

from __future__ import annotations

import pytest

from claimledger.claims.sentences import split


@pytest.mark.parametrize("text, expected", [
    ("He said 5 died. The U.S. states agreed.", ["He said 5 died.", "The U.S. states agreed."]),
    ("Mr. Smith came. Then he left!", ["Mr. Smith came.", "Then he left!"]),
    ("One line\nAnother line", ["One line", "Another line"]),
    ("Troops arrived on Feb. 26 and stayed.", ["Troops arrived on Feb. 26 and stayed."]),
])
def test_sentences_split_keeps_text_and_offsets(text: str, expected: list[str]) -> None:
    spans = split(text)
    assert [text[s.start:s.end] for s in spans] == expected


def test_sentences_paragraphs_are_numbered() -> None:
    spans = split("A one. A two.\n\nB one.")
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_sentences_respect_the_range() -> None:
    text = "Header 1. Body one. Body two. Footer 300."
    start, end = text.index("Body"), text.index(" Footer")
    assert [text[s.start:s.end] for s in split(text, start, end)] == ["Body one.", "Body two."]
