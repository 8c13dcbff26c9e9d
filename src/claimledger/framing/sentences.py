"""Sentence spans of a document body, with offsets: the unit the framing score counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.framing.lexicon import lexicon

# A sentence ends at . ! ? (plus closing quotes/brackets) before a capital, digit or opening quote, or at a line break.
# (Written to start with one character class, which lets the regex engine skip to candidates quickly:
# the same matches as `[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n\s*`.)
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|(?<=\n)\s*)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], int]:
    """The abbreviations (lower case) and the length of the longest."""
    words = frozenset(a.lower() for a in lexicon()["sentences"]["abbreviations"])
    return words, max(map(len, words))


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end] (a line break always ends one), trimmed of surrounding white space."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    append = out.append
    cursor = start
    for m in _BOUNDARY.finditer(text, start, stop):
        found = m.group()
        at, after = m.span()
        if found[0] == "." and _is_abbreviation(text, max(start, at - 12), at):
            continue
        # What _add does, inlined: this loop runs once per sentence of every document.
        piece = text[cursor:at if found.isspace() else after]
        kept = piece.lstrip()
        if kept:
            first = cursor + len(piece) - len(kept)
            append(Sentence(first, first + len(kept.rstrip())))
        cursor = after
    _add(text, cursor, stop, out)
    return out


def word_count(text: str) -> int:
    """Words as the framing rules count them (hyphenated and apostrophised words are one)."""
    return len(_WORD.findall(text))


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    words, longest = _abbreviations()
    if dot - lo > longest and text[dot - longest - 1:dot].isalpha():
        return False  # cheap exit: the word before the dot is longer than any abbreviation
    m = _WORD_BEFORE.search(text, lo, dot)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in words or (len(word) == 1 and word.isupper())


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        out.append(Sentence(first, first + len(stripped)))
