"""Sentence spans of a document body, with offsets: the unit the framing score counts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimledger.framing.lexicon import lexicon

# A sentence ends at . ! ? (plus closing quotes/brackets) before a capital, digit or opening quote, or at a line break.
# (Written to start with one character class, which lets the regex engine skip to candidates quickly:
# the same matches as `[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n\s*`. Group 1, the white space
# after the punctuation, says where the next sentence starts.)
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=(\s+)[\"'“‘«(\[]?[A-Z0-9])|(?<=\n)\s*)")
_NOT_SPACE = re.compile(r"\S")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


class Sentence(NamedTuple):
    """A sentence's offsets (a tuple: built once per sentence of every document, so it must be cheap)."""

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
    new = tuple.__new__
    words, longest = _abbreviations()
    cursor = start  # where the next sentence's piece of text begins
    found = _NOT_SPACE.search(text, start, stop)
    first = stop if found is None else found.start()  # its first character that is not white space
    # This loop runs once per sentence of every document: what _add and _is_abbreviation do, it does inline.
    for m in _BOUNDARY.finditer(text, start, stop):
        at, after = m.span()
        if text[at] == "\n":  # the piece before a line break may end in white space
            if first < at:
                append(new(Sentence, (first, first + len(text[first:at].rstrip()))))
            cursor = first = after
            continue
        if text[at] == "." and (at - start <= longest + 1 or not text[at - longest - 1:at].isalpha()):
            # The word before the dot may be an abbreviation. Mostly a space is before it: then it is that.
            space = text.rfind(" ", max(start, at - longest - 2), at)
            word = text[space + 1:at]
            if space >= 0 and word.isalpha():
                if word.lower() in words or (len(word) == 1 and word.isupper()):
                    continue
            elif _is_abbreviation(text, max(start, at - 12), at):
                continue
        append(new(Sentence, (first, after)))  # it ends on its punctuation: nothing to trim
        cursor, first = after, m.end(1)
    _add(text, cursor, stop, out)
    return out


def word_count(text: str) -> int:
    """Words as the framing rules count them (hyphenated and apostrophised words are one)."""
    return len(_WORD.findall(text))


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    words, longest = _abbreviations()
    if dot - lo > longest and text[dot - longest - 1:dot].isalpha():
        return False  # cheap exit: the word before the dot is longer than any abbreviation
    # The word can only be an abbreviation if it fits in the last longest+1 characters (+1 for a line break
    # before the dot, which `$` allows): searching from there finds the same short word, or a long one.
    m = _WORD_BEFORE.search(text, max(lo, dot - longest - 2), dot)
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
