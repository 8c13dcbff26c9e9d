"""A small, fast sentence splitter that keeps offsets: sentence and paragraph spans of a text range."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that end with a full stop but do not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Sr|Jr|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|"
    r"Aug|Sept?|Oct|Nov|Dec|Inc|Ltd|Corp|Co|Rev|Fig|e\.g|i\.e)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], trimmed of surrounding space, with paragraph numbers (blank-line or newline)."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    paragraph, cursor = 0, start
    for m in _BOUNDARY.finditer(text, start, stop):
        piece_end = m.end() if not m.group().isspace() else m.start()
        if m.group()[0] == "." and _maybe_abbreviation(text, m.start()) \
                and _ABBREV.search(text, max(start, m.start() - 12), m.start() + 1):
            continue
        _add(text, cursor, piece_end, paragraph, out)
        if "\n" in m.group():
            paragraph += 1
        cursor = m.end()
    _add(text, cursor, stop, paragraph, out)
    return out


def _maybe_abbreviation(text: str, dot: int) -> bool:
    """Cheap test before the regex: abbreviations are short words, or capitalised, right before the dot."""
    space = text.rfind(" ", max(0, dot - 8), dot)
    word = text[space + 1:dot] if space >= 0 else text[max(0, dot - 8):dot]
    return len(word) <= 5 or word[:1].isupper()


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        out.append(Sentence(first, first + len(stripped), paragraph))
