"""A small, fast sentence splitter that keeps offsets: sentence and paragraph spans of a text range."""

from __future__ import annotations

import re
from typing import NamedTuple

# Abbreviations that end with a full stop but do not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Sr|Jr|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|"
    r"Aug|Sept?|Oct|Nov|Dec|Inc|Ltd|Corp|Co|Rev|Fig|e\.g|i\.e)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$")
# A sentence end, or a line break. (Written to start with one character class, which lets the regex engine
# skip to candidates quickly: the same matches as `[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*`.)
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*)")


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], trimmed of surrounding space, with paragraph numbers (blank-line or newline)."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    _split(text, start, stop, start, 0, out, False)
    return out


def split_near(text: str, start: int, end: int, offsets: list[int], lead: int) -> list[Sentence]:
    """split(text, start, end), but a paragraph that holds none of `offsets` (ascending) and follows the first
    `lead` sentences is given as one Sentence spanning its sentences (not split): a reader of the sentences that
    hold those offsets, of the first sentences and of paragraph spans gets the same answers, sooner."""
    out: list[Sentence] = []
    cursor, paragraph, k = start, 0, 0
    while True:
        # Paragraphs end at line breaks, which no sentence match consumes: the next one ends this paragraph.
        nl = text.find("\n", cursor, end)
        para_end = end if nl < 0 else nl
        while k < len(offsets) and offsets[k] < cursor:
            k += 1
        if len(out) < lead or (k < len(offsets) and offsets[k] < para_end):
            cursor = _split(text, cursor, end, start, paragraph, out, True)
        else:
            _add(text, cursor, para_end, paragraph, out)
            brk = _LINE_BREAK.match(text, nl, end) if nl >= 0 else None
            cursor = brk.end() if brk is not None else end
        if nl < 0:
            return out
        paragraph += 1


_LINE_BREAK = re.compile(r"\n\s*")  # what _BOUNDARY matches at a line break


def _split(text: str, cursor: int, stop: int, start: int, paragraph: int, out: list[Sentence], one: bool) -> int:
    """Add the sentences from `cursor` (a paragraph's start) to `stop`, numbering paragraphs from `paragraph`;
    if `one`, stop after the first paragraph and return where the next begins (else `stop`). `start` bounds the
    text an abbreviation is read in."""
    append = out.append
    rfind = text.rfind
    for m in _BOUNDARY.finditer(text, cursor, stop):
        at, after = m.span()
        mark = text[at]  # a line break starts a match of white space only; punctuation a match without one
        if mark == "\n":
            piece = text[cursor:at]
        else:
            if mark == ".":
                # A cheap test before the regex: abbreviations are short words, or capitalised, right before the dot.
                space = rfind(" ", max(0, at - 8), at)
                word = text[space + 1:at] if space >= 0 else text[max(0, at - 8):at]
                if (len(word) <= 5 or word[:1].isupper()) and _ABBREV.search(text, max(start, at - 12), at + 1):
                    continue
            piece = text[cursor:after]
        # What _add does, inlined: this loop runs once per sentence of every document.
        kept = piece.lstrip()
        if kept:
            first = cursor + len(piece) - len(kept)
            append(Sentence(first, first + len(kept.rstrip()), paragraph))
        cursor = after
        if mark == "\n":
            if one:
                return cursor
            paragraph += 1
    _add(text, cursor, stop, paragraph, out)
    return stop


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        out.append(Sentence(first, first + len(stripped), paragraph))
