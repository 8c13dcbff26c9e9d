"""Cues carried by a sentence's shape: quoted slogans, short exclamations, rhetorical questions of doubt."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from claimledger.documents.sentences import Sentence
from claimledger.framing.cues import Hit, trim
from claimledger.framing.folded import folded
from claimledger.framing.lexicon import lexicon, term_regex
from claimledger.framing.words import word_count

SLOGANS: Final = ("Slogans",)
DOUBT: Final = ("Doubt",)
# Confidences, set by hand against news usage: a short quote next to "chanted"/"placards" is nearly always a
# slogan; a quoted exclamation usually is; a bare short exclamation in running text less often.
QUOTE_IN_SLOGAN_CONTEXT: Final = 0.7
QUOTED_EXCLAMATION: Final = 0.65
SHORT_EXCLAMATION: Final = 0.5
EXCLAIMED_SLOGAN: Final = 0.7
RHETORICAL_QUESTION: Final = 0.45
# "Yes!" or "Wow!" is an interjection, not a slogan: a slogan says something in at least this many words.
MIN_SLOGAN_WORDS: Final = 2
# A slogan cue inside an exclamation this short (in words) marks the whole exclamation as the slogan.
MAX_EXCLAIMED_SLOGAN_WORDS: Final = 14

# Every alternative starts with its opening quote (a ‘ not after a letter), so the engine skips to quote marks.
_QUOTE: Final = re.compile(r"“([^“”\n]{1,300}?)(?:”|\"|’(?![A-Za-z]))|\"([^\"\n]{1,300}?)\"|«([^«»\n]{1,300}?)»"
                           r"|‘(?<![A-Za-z]‘)([^‘’\n]{1,300}?)’(?![A-Za-z])")
_CLOSERS: Final = "\"'”’»)] "


class Quote(NamedTuple):
    start: int  # of the quoted words, quotes excluded
    end: int


class _Context(NamedTuple):
    context: re.Pattern[str]
    doubt: re.Pattern[str]
    context_folded: re.Pattern[str] | None  # the same, for the text lower-cased (folded.py)
    doubt_folded: re.Pattern[str] | None
    max_quote: int
    max_exclaim: int
    max_question: int


@lru_cache(maxsize=1)
def _context() -> _Context:
    data = lexicon()
    slogans, questions = data["slogans"], data["questions"]
    context = r"(?<![\w-])(?:" + "|".join(term_regex(w) for w in slogans["context_words"]) + r")(?![\w-])"
    doubt = r"(?<![\w-])(?:" + "|".join(term_regex(w) for w in questions["doubt_words"]) + r")(?![\w-])"
    return _Context(re.compile(context, re.IGNORECASE), re.compile(doubt, re.IGNORECASE), folded(context),
                    folded(doubt), slogans["max_quote_words"], slogans["max_exclamation_words"], questions["max_words"])


def _finds(regex: re.Pattern[str], fold: re.Pattern[str] | None, text: str, lowered: str | None, start: int,
           end: int) -> bool:
    """Whether `regex` matches in text[start:end], run folded on `lowered` when there is one (literals.plain)."""
    if lowered is not None and fold is not None:
        return fold.search(lowered, start, end) is not None
    return regex.search(text, start, end) is not None


def quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages inside text[start:end], by their inner offsets."""
    out = []
    for m in _QUOTE.finditer(text, start, end):
        span = trim(text, *m.span(m.lastindex or 0))  # the one group that matched is the last
        if span is not None:
            out.append(Quote(*span))
    return out


def slogan_hits(text: str, sentences: Sequence[Sentence], found: Sequence[Quote],
                lowered: str | None = None) -> list[Hit]:
    """Short quotes in a sentence that talks of slogans/chants/placards, quoted and short exclamations.
    `lowered`: the text lower-cased, if literals.plain says it can stand for the text."""
    cx = _context()
    max_quote, max_exclaim = cx.max_quote, cx.max_exclaim
    starts = [s.start for s in sentences] if found else []
    hits = []
    for q in found:
        inner = text[q.start:q.end]
        if not MIN_SLOGAN_WORDS <= word_count(inner) <= max_quote:
            continue
        sentence = _containing(sentences, starts, q.start)
        if sentence is not None and _finds(cx.context, cx.context_folded, text, lowered, sentence.start, sentence.end):
            hits.append(Hit(q.start, q.end, SLOGANS, QUOTE_IN_SLOGAN_CONTEXT, "slogan.quoted_in_context"))
        elif inner.endswith("!"):
            hits.append(Hit(q.start, q.end, SLOGANS, QUOTED_EXCLAMATION, "slogan.quoted_exclamation"))
    for s in _ending_with(text, sentences, "!"):
        if MIN_SLOGAN_WORDS <= word_count(text[s.start:s.end]) <= max_exclaim:
            span = trim(text, s.start, s.end)
            if span is not None:
                hits.append(Hit(span[0], span[1], SLOGANS, SHORT_EXCLAMATION, "slogan.short_exclamation"))
    return hits


def exclaimed_slogans(text: str, sentences: Sequence[Sentence], hits: Sequence[Hit]) -> list[Hit]:
    """A slogan cue inside a short exclamation ("We will never forget X!") marks the whole exclamation."""
    slogans = [hit for hit in hits if "Slogans" in hit.techniques]
    starts = [s.start for s in sentences] if slogans else []
    out = []
    for hit in slogans:
        s = _containing(sentences, starts, hit.start)
        if s is None or not _exclaims(text, s) or word_count(text[s.start:s.end]) > MAX_EXCLAIMED_SLOGAN_WORDS:
            continue
        span = trim(text, s.start, s.end)
        if span is not None and span != (hit.start, hit.end):
            out.append(Hit(span[0], span[1], SLOGANS, EXCLAIMED_SLOGAN, f"slogan.exclaimed:{hit.cue}"))
    return out


def question_hits(text: str, sentences: Sequence[Sentence], lowered: str | None = None) -> list[Hit]:
    """Questions that put credibility in doubt ("Can we really trust ...?"), as whole sentences.
    `lowered`: the text lower-cased, if literals.plain says it can stand for the text."""
    cx = _context()
    hits = []
    for s in _ending_with(text, sentences, "?"):
        if _finds(cx.doubt, cx.doubt_folded, text, lowered, s.start, s.end) \
                and word_count(text[s.start:s.end]) <= cx.max_question:
            span = trim(text, s.start, s.end)
            if span is not None:
                hits.append(Hit(span[0], span[1], DOUBT, RHETORICAL_QUESTION, "doubt.rhetorical_question"))
    return hits


def _ending_with(text: str, sentences: Sequence[Sentence], mark: str) -> list[Sentence]:
    """The sentences whose last character before closing quotes/brackets is `mark`, in order: only the
    sentences where `mark` occurs are looked at (found with str.find, not one by one)."""
    if not sentences:
        return []
    out: list[Sentence] = []
    starts: list[int] = []
    at, stop, last = sentences[0].start, sentences[-1].end, -1
    while (at := text.find(mark, at, stop)) >= 0:
        if not starts:
            starts = [s.start for s in sentences]
        i = bisect_right(starts, at) - 1
        s = sentences[i]
        if i != last and at < s.end and text[s.start:s.end].rstrip(_CLOSERS).endswith(mark):
            out.append(s)
        last = i
        at = s.end if at < s.end else at + 1
    return out


def _exclaims(text: str, s: Sentence) -> bool:
    return text[s.start:s.end].rstrip(_CLOSERS).endswith("!")


def _containing(sentences: Sequence[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
