"""The sentence splitter keeps offsets and does not break at abbreviations."""

from __future__ import annotations

import pytest

from claimledger.claims.sentences import Sentence, split, split_near


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


_PARAGRAPHS = ("Lead one. Lead two.\nSecond paragraph, Mr. Smith said. It had 12 dead. More.\n \n"
               "Third here. And again!\nFourth with 40 hurt. Last one.\n\nTrailing words. End")


def test_sentences_split_near_splits_only_paragraphs_with_offsets() -> None:
    text = _PARAGRAPHS
    at = [text.index("12"), text.index("40")]
    near = split_near(text, 0, len(text), at, 2)
    full = split(text)
    # Paragraphs holding an offset, and the lead sentences, come out as split() gives them ...
    for s in full:
        if s.paragraph in (0, 1, 3):
            assert s in near
    # ... the others as one sentence spanning theirs, with the same paragraph numbers.
    assert Sentence(text.index("Third"), text.index("!") + 1, 2) in near
    assert Sentence(text.index("Trailing"), len(text), 4) in near
    assert len(near) == len(full) - 2


def test_sentences_split_near_keeps_paragraph_spans_and_lead() -> None:
    text = "  " + _PARAGRAPHS + "\n\n"
    for at, lead in (([], 0), ([], 3), ([text.index("40")], 1), ([text.index("12"), text.index("40")], 9)):
        near, full = split_near(text, 1, len(text) - 1, at, lead), split(text, 1, len(text) - 1)
        assert near[:lead] == full[:lead]
        assert _spans(near) == _spans(full)


def _spans(sentences: list[Sentence]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for s in sentences:
        lo, hi = out.get(s.paragraph, (s.start, s.end))
        out[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    return out
