"""Sentences of a document body with their offsets and paragraph numbers: the one splitter that the claims
and framing stages share (the body is split once per document; see api.extract_many)."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from claimledger.vocabulary import NAME_ARTICLES, UPPER

# A sentence ends at . ! ? (plus closing quotes/brackets) before a capital, digit or opening quote, or at a
# line break, which also ends its paragraph. (Written to start with one character class, which lets the regex
# engine skip to candidates quickly: the same matches as `[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?(?:{_NEXT}))|\n\s*`.
# Group 1, the white space after the punctuation, says where the next sentence starts.)
# A capital is any name's first letter (vocabulary.UPPER: "Élysée" as well as "Paris"), and a name may open
# with an Arabic article ("al-Shabaab").
_NEXT: Final = rf"[{UPPER}0-9]|(?:{'|'.join(NAME_ARTICLES)})[{UPPER}]"
_BOUNDARY: Final = re.compile(rf"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=(\s+)[\"'“‘«(\[]?(?:{_NEXT}))|(?<=\n)\s*)")

# Words that end with a full stop but not a sentence, as news writes them: titles, ranks, months, company
# suffixes, Latin shorthands. Matched as written, in capitals or capitalised ("Gen.", "GEN."), not in lower
# case unless listed so: "said no." ends a sentence, "No. 10" does not.
ABBREVIATIONS: Final = (
    "Adm", "Apr", "Aug", "Ave", "Blvd", "Capt", "Co", "Col", "Corp", "Cpl", "Dec", "Dr", "Feb", "Fig", "Ft", "Gen",
    "Gov", "Hon", "Inc", "Jan", "Jr", "Lt", "Ltd", "Maj", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos",
    "Nov", "Oct", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St",
    "approx", "e.g", "etc", "i.e", "vs",
)
_FORMS: Final = frozenset(f for a in ABBREVIATIONS for f in (a, a.upper(), a[:1].upper() + a[1:]))
_LONGEST: Final = max(map(len, ABBREVIATIONS))
# A single capital ("John F. Kennedy") or initials with dots ("U.S.", "S.C.", "U.S.A.") before the dot.
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_WORD_BEFORE: Final = re.compile(r"([\w.]+)$")
_NOT_SPACE: Final = re.compile(r"\S")
# How far back from a dot initials are read: "U.S.A" and a little more (longer runs are not initials).
_INITIALS_CHARS: Final = 12


class Sentence(NamedTuple):
    """A sentence's offsets and its paragraph's number (a tuple: built once per sentence of every document)."""

    start: int
    end: int
    paragraph: int


def is_abbreviation(word: str) -> bool:
    """Whether a full stop after `word` (the letters and dots before it) leaves the sentence open."""
    return word in _FORMS or _INITIALS.fullmatch(word) is not None


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end] (a line break always ends one, and its paragraph), trimmed of white space;
    paragraphs are numbered from 0."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    append = out.append
    new = tuple.__new__
    paragraph = 0
    cursor = start  # where the next sentence's piece of text begins
    first = _first_visible(text, start, stop)  # its first character that is not white space
    # This loop runs once per sentence of every document: it does what _add and is_abbreviation do, inline.
    for m in _BOUNDARY.finditer(text, start, stop):
        at, after = m.span()
        if text[at] == "\n":  # the piece before a line break may end in white space
            if first < at:
                append(new(Sentence, (first, first + len(text[first:at].rstrip()), paragraph)))
            cursor = first = after
            paragraph += 1
            continue
        if text[at] == "." and (at - start <= _LONGEST + 1 or not text[at - _LONGEST - 1:at].isalpha()):
            # The word before the dot may be an abbreviation. Mostly a space is before it: then it is that.
            space = text.rfind(" ", max(start, at - _LONGEST - 2), at)
            word = text[space + 1:at]
            if space >= 0 and word.isalpha():
                if word in _FORMS or (len(word) == 1 and word.isupper()):
                    continue
            elif _abbreviation_before(text, max(start, at - _INITIALS_CHARS), at):
                continue
        append(new(Sentence, (first, after, paragraph)))  # it ends on its punctuation: nothing to trim
        cursor, first = after, m.end(1)
    _add(text, cursor, stop, paragraph, out)
    return out


def _first_visible(text: str, start: int, stop: int) -> int:
    found = _NOT_SPACE.search(text, start, stop)
    return stop if found is None else found.start()


def _abbreviation_before(text: str, lo: int, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, lo, dot)
    return m is not None and is_abbreviation(m.group(1))


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        out.append(Sentence(first, first + len(stripped), paragraph))
