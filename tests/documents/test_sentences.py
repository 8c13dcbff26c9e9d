"""The one sentence splitter of claims and framing: offsets, paragraphs, abbreviations, and the fast loop
giving exactly what the rule, read plainly, gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.documents.sentences import ABBREVIATIONS, is_abbreviation, split


@pytest.mark.parametrize("text, expected", [
    ("He said 5 died. The U.S. states agreed.", ["He said 5 died.", "The U.S. states agreed."]),
    ("Mr. Smith came. Then he left!", ["Mr. Smith came.", "Then he left!"]),
    ("One line\nAnother line", ["One line", "Another line"]),
    ("Troops arrived on Feb. 26 and stayed.", ["Troops arrived on Feb. 26 and stayed."]),
    ("Dr. Imre Kovacs said so. The U.S. Navy left.\nIt ended", ["Dr. Imre Kovacs said so.", "The U.S. Navy left.",
                                                               "It ended"]),
    # initials of a place or a name, as datelines and bylines write them
    ("COLUMBIA, S.C. (AP) — About 12 people were hurt.", ["COLUMBIA, S.C. (AP) — About 12 people were hurt."]),
    ("John F. Kennedy spoke. GEN. Ruiz and Maj. Tan listened.", ["John F. Kennedy spoke.",
                                                                  "GEN. Ruiz and Maj. Tan listened."]),
    # a listed abbreviation ends no sentence when written as listed, in capitals or capitalised; in lower
    # case it is a word like any other
    ("They said no. 12 people stayed. It was No. 10 on the list.", ["They said no.", "12 people stayed.",
                                                                    "It was No. 10 on the list."]),
    ("“It is over.” Nine people died. (Police said so.) Then calm.", ["“It is over.”", "Nine people died.",
                                                                       "(Police said so.)", "Then calm."]),
])
def test_sentences_split_keeps_text_and_offsets(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in split(text)] == expected


def test_sentences_paragraphs_are_numbered_by_line_breaks() -> None:
    text = "A one. A two.\n\nB one.\nC one. C two.\n \n\nD one."
    assert [(text[s.start:s.end], s.paragraph) for s in split(text)] == [
        ("A one.", 0), ("A two.", 0), ("B one.", 1), ("C one.", 2), ("C two.", 2), ("D one.", 3)]


def test_sentences_respect_the_range() -> None:
    text = "Header 1. Body one. Body two. Footer 300."
    start, end = text.index("Body"), text.index(" Footer")
    assert [text[s.start:s.end] for s in split(text, start, end)] == ["Body one.", "Body two."]


@pytest.mark.parametrize("word, expected", [
    ("Mr", True), ("MR", True), ("etc", True), ("e.g", True), ("U.S", True), ("U.S.A", True), ("K", True),
    ("no", False), ("said", False), ("U.s", False), ("US", False), ("1.5", False), ("", False),
])
def test_sentences_abbreviations(word: str, expected: bool) -> None:
    assert is_abbreviation(word) is expected


_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _plain_split(text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """The rule as written: a boundary ends a sentence unless the word before its dot is an abbreviation
    (listed, in capitals or capitalised; one capital; or initials with dots); a line break ends a paragraph."""
    forms = {f for a in ABBREVIATIONS for f in (a, a.upper(), a[0].upper() + a[1:])}
    out, cursor, paragraph = [], start, 0
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
            if word and (word.group(1) in forms or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1))):
                continue
        end = m.start() if m.group().isspace() else m.end()
        out.append((cursor, end, paragraph))
        cursor = m.end()
        paragraph += m.group().isspace()
    out.append((cursor, stop, paragraph))
    trimmed = []
    for lo, hi, p in out:
        piece = text[lo:hi]
        if piece.strip():
            first = lo + len(piece) - len(piece.lstrip())
            trimmed.append((first, first + len(piece.strip()), p))
    return trimmed


_PIECES = ["Dr", "Mr", "MR", "etc", "e.g", "U.S", "S.C", "A", "b", "said", "Messrs", "approx", "The", "Next", "9", "x",
           "K", "_", "é", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ".", ". ", "!", "?", "…", "\"", "”", "’", ")", "(",
           "“", "no"]


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30), cut=st.integers(min_value=0, max_value=6))
def test_sentences_split_gives_what_the_rule_gives(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    assert [tuple(s) for s in split(text, start)] == _plain_split(text, start, len(text))
