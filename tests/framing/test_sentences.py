"""Sentence splitting: the fast loop gives exactly what the rule, read plainly, gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.framing.lexicon import lexicon
from claimledger.framing.sentences import split

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _plain_split(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The rule as written: a boundary ends a sentence unless the word before its dot is an abbreviation."""
    words = {a.lower() for a in lexicon()["sentences"]["abbreviations"]}
    out, cursor = [], start
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
            if word and (word.group(1).lower() in words or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
        end = m.start() if m.group().isspace() else m.end()
        out.append((cursor, end))
        cursor = m.end()
    out.append((cursor, stop))
    trimmed = []
    for lo, hi in out:
        piece = text[lo:hi]
        if piece.strip():
            first = lo + len(piece) - len(piece.lstrip())
            trimmed.append((first, first + len(piece.strip())))
    return trimmed


_PIECES = ["Dr", "Mr", "etc", "e.g", "U.S", "A", "b", "said", "Messrs", "approx", "The", "Next", "9", "x", "K", "_",
           "é", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ".", ". ", "!", "?", "…", "\"", "”", "’", ")", "(", "“"]


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30), cut=st.integers(min_value=0, max_value=6))
def test_sentences_split_gives_what_the_rule_gives(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    assert [(s.start, s.end) for s in split(text, start)] == _plain_split(text, start, len(text))


def test_sentences_split_keeps_abbreviations_inside_a_sentence() -> None:
    text = "Dr. Imre Kovacs said so. The U.S. Navy left.\nIt ended"
    expected = ["Dr. Imre Kovacs said so.", "The U.S. Navy left.", "It ended"]
    assert [text[s.start:s.end] for s in split(text)] == expected
