"""Flat segments under overlapping highlights; sentence parts around a marked number."""

from __future__ import annotations

import pytest

from claimledger.outputs.highlight import Mark, segments, sentence_parts

TEXT = "Officials said 487 people were injured on the quay."


def test_highlight_segments_cover_the_text_exactly_once() -> None:
    marks = [Mark(15, 25, "claim", "c1"), Mark(15, 18, "claim", "c2"), Mark(0, 18, "frame", "s1")]
    segs = segments(TEXT, marks)
    assert "".join(s.text for s in segs) == TEXT
    assert [(s.text, sorted(m.key for m in s.marks)) for s in segs] == [
        ("Officials said ", ["s1"]), ("487", ["c1", "c2", "s1"]), (" people", ["c1"]),
        (" were injured on the quay.", [])]


def test_highlight_innermost_claim_wins_and_opens_once() -> None:
    segs = segments(TEXT, [Mark(15, 25, "claim", "c1"), Mark(15, 18, "claim", "c2")])
    number = next(s for s in segs if s.text == "487")
    assert number.innermost("claim").key == "c2"  # type: ignore[union-attr]
    assert set(number.opens) == {"c1", "c2"}
    assert next(s for s in segs if s.text == " people").opens == ()


def test_highlight_marks_furniture_outside_the_body() -> None:
    segs = segments(TEXT, [], body=(15, 25))
    assert [(s.text, s.furniture) for s in segs] == [("Officials said ", True), ("487 people", False),
                                                     (" were injured on the quay.", True)]


@pytest.mark.parametrize("mark", [Mark(-1, 3, "claim", "x"), Mark(40, 400, "claim", "x"), Mark(5, 5, "claim", "x")])
def test_highlight_ignores_marks_outside_the_text(mark: Mark) -> None:
    assert [s.marks for s in segments(TEXT, [mark])] == [()]


def test_highlight_sentence_parts_use_document_offsets() -> None:
    assert sentence_parts(TEXT, 100, 115, 118) == ("Officials said ", "487", " people were injured on the quay.")
    assert sentence_parts(TEXT, 100, 10, 13) == (TEXT, "", "")
