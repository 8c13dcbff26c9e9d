"""Cues carried by a sentence's shape: quoted slogans, short exclamations, rhetorical questions of doubt."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimledger.framing.cues import Hit, trim
from claimledger.framing.lexicon import lexicon, term_regex
from claimledger.framing.sentences import Sentence, word_count

SLOGANS = ("Slogans",)
DOUBT = ("Doubt",)
# Confidences, set by hand against news usage: a short quote next to "chanted"/"placards" is nearly always a
# slogan; a quoted exclamation usually is; a bare short exclamation in running text less often.
QUOTE_IN_SLOGAN_CONTEXT = 0.7
QUOTED_EXCLAMATION = 0.65
SHORT_EXCLAMATION = 0.5
EXCLAIMED_SLOGAN = 0.7
RHETORICAL_QUESTION = 0.45
# "Yes!" or "Wow!" is an interjection, not a slogan: a slogan says something in at least this many words.
MIN_SLOGAN_WORDS = 2
# A slogan cue inside an exclamation this short (in words) marks the whole exclamation as the slogan.
MAX_EXCLAIMED_SLOGAN_WORDS = 14

# Every alternative starts with its opening quote (a ‘ not after a letter), so the engine skips to quote marks.
_QUOTE = re.compile(r"“([^“”\n]{1,300}?)(?:”|\"|’(?![A-Za-z]))|\"([^\"\n]{1,300}?)\"|«([^«»\n]{1,300}?)»"
                    r"|‘(?<![A-Za-z]‘)([^‘’\n]{1,300}?)’(?![A-Za-z])")
_CLOSERS = "\"'”’»)] "


@dataclass(frozen=True)
class Quote:
    start: int  # of the quoted words, quotes excluded
    end: int


@lru_cache(maxsize=1)
def _context() -> tuple[re.Pattern[str], re.Pattern[str], int, int, int]:
    data = lexicon()
    slogans, questions = data["slogans"], data["questions"]
    context = re.compile(r"(?<![\w-])(?:" + "|".join(term_regex(w) for w in slogans["context_words"]) + r")(?![\w-])",
                         re.IGNORECASE)
    doubt = re.compile(r"(?<![\w-])(?:" + "|".join(term_regex(w) for w in questions["doubt_words"]) + r")(?![\w-])",
                       re.IGNORECASE)
    return context, doubt, slogans["max_quote_words"], slogans["max_exclamation_words"], questions["max_words"]


def quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages inside text[start:end], by their inner offsets."""
    out = []
    for m in _QUOTE.finditer(text, start, end):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        span = trim(text, m.start(group), m.end(group))
        if span is not None:
            out.append(Quote(*span))
    return out


def slogan_hits(text: str, sentences: Sequence[Sentence], found: Sequence[Quote]) -> list[Hit]:
    """Short quotes in a sentence that talks of slogans/chants/placards, quoted and short exclamations."""
    context, _, max_quote, max_exclaim, _ = _context()
    starts = [s.start for s in sentences]
    hits = []
    for q in found:
        inner = text[q.start:q.end]
        if not MIN_SLOGAN_WORDS <= word_count(inner) <= max_quote:
            continue
        sentence = _containing(sentences, starts, q.start)
        if sentence is not None and context.search(text, sentence.start, sentence.end):
            hits.append(Hit(q.start, q.end, SLOGANS, QUOTE_IN_SLOGAN_CONTEXT, "slogan.quoted_in_context"))
        elif inner.endswith("!"):
            hits.append(Hit(q.start, q.end, SLOGANS, QUOTED_EXCLAMATION, "slogan.quoted_exclamation"))
    for s in sentences if _holds(text, sentences, "!") else ():
        if _exclaims(text, s) and MIN_SLOGAN_WORDS <= word_count(text[s.start:s.end]) <= max_exclaim:
            span = trim(text, s.start, s.end)
            if span is not None:
                hits.append(Hit(span[0], span[1], SLOGANS, SHORT_EXCLAMATION, "slogan.short_exclamation"))
    return hits


def exclaimed_slogans(text: str, sentences: Sequence[Sentence], hits: Sequence[Hit]) -> list[Hit]:
    """A slogan cue inside a short exclamation ("We will never forget X!") marks the whole exclamation."""
    starts = [s.start for s in sentences]
    out = []
    for hit in hits:
        if "Slogans" not in hit.techniques:
            continue
        s = _containing(sentences, starts, hit.start)
        if s is None or not _exclaims(text, s) or word_count(text[s.start:s.end]) > MAX_EXCLAIMED_SLOGAN_WORDS:
            continue
        span = trim(text, s.start, s.end)
        if span is not None and span != (hit.start, hit.end):
            out.append(Hit(span[0], span[1], SLOGANS, EXCLAIMED_SLOGAN, f"slogan.exclaimed:{hit.cue}"))
    return out


def question_hits(text: str, sentences: Sequence[Sentence]) -> list[Hit]:
    """Questions that put credibility in doubt ("Can we really trust ...?"), as whole sentences."""
    _, doubt, _, _, max_words = _context()
    hits = []
    for s in sentences if _holds(text, sentences, "?") else ():
        if text[s.start:s.end].rstrip(_CLOSERS).endswith("?") and doubt.search(text, s.start, s.end) \
                and word_count(text[s.start:s.end]) <= max_words:
            span = trim(text, s.start, s.end)
            if span is not None:
                hits.append(Hit(span[0], span[1], DOUBT, RHETORICAL_QUESTION, "doubt.rhetorical_question"))
    return hits


def _holds(text: str, sentences: Sequence[Sentence], mark: str) -> bool:
    """Whether `mark` occurs in the sentences at all (one scan, before testing them one by one)."""
    return bool(sentences) and text.find(mark, sentences[0].start, sentences[-1].end) >= 0


def _exclaims(text: str, s: Sentence) -> bool:
    return text[s.start:s.end].rstrip(_CLOSERS).endswith("!")


def _containing(sentences: Sequence[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
