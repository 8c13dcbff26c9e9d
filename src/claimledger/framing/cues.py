"""Lexicon cues over a text range: literal phrases and patterns, each hit with techniques, confidence and cue id."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from claimledger.documents.sentences import Sentence
from claimledger.framing import literals, starts
from claimledger.framing.lexicon import compiled, normalise

# Characters trimmed from both ends of a hit, so a span starts and ends on a word or a closing "!".
_EDGE: Final = " \t\r\n,;:.-–—\"'“”‘’«»()[]`"


class Hit(NamedTuple):
    """One cue firing: offsets into the document text (before merging into Spans). A tuple: cheap to build."""

    start: int
    end: int
    techniques: tuple[str, ...]
    score: float
    cue: str


def lower(text: str) -> str | None:
    """The text lower-cased, if that keeps every offset (it does unless a letter lower-cases to two)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def word_starts(lowered: str, start: int, end: int) -> list[int]:
    """Offsets in lowered[start:end] where a lexicon phrase or pattern trigger may begin: every offset where
    one does (both need a non-letter before them, or the start of the text), from one scan (starts.py); each
    regex then tries only these."""
    lex = compiled()
    return starts.word_starts(lex.beginnings, lex.starts, lowered, start, end)


def matches_at(regex: re.Pattern[str], text: str, at: Iterable[int], end: int) -> Iterator[re.Match[str]]:
    """What `regex.finditer(text, at[0], end)` yields, given every offset where a match may start (sorted)."""
    match = regex.match
    after = 0
    for i in at:
        if i >= after:
            m = match(text, i, end)
            if m is not None:
                after = m.end()
                yield m


def phrase_hits(text: str, lowered: str | None, start: int, end: int, at: Sequence[int] | None = None) -> list[Hit]:
    """Every literal lexicon phrase inside text[start:end] (matched on `lowered` when there is one, only at
    the offsets `at` from word_starts, found here if not given)."""
    lex = compiled()
    hits = []
    if lowered is None:
        matches: Iterable[re.Match[str]] = lex.phrases.finditer(text, start, end)
    else:
        matches = matches_at(lex.phrases_lower, lowered, word_starts(lowered, start, end) if at is None else at, end)
    cues = lex.phrase_cues
    for m in matches:
        found = m.group()
        key = found if found in cues else normalise(found)
        if text[m.start()].isupper() and key not in lex.capitalised and not _starts_sentence(text, m.start(), start):
            continue  # a capital inside a sentence makes a name ("Tahrir al-Sham", "Horrible Histories"), not a cue
        for cue in cues.get(key, ()):
            hits.append(Hit(m.start(), m.end(), cue.techniques, cue.score, f"{cue.id}:{key}"))
    return hits


def _starts_sentence(text: str, at: int, start: int) -> bool:
    """True if only space and opening quotes/brackets lie between `at` and a sentence end, colon or line start."""
    i = at - 1
    while i >= start and text[i] in " \t\"'“‘«([":
        i -= 1
    return i < start or text[i] in ".!?:;\n…—–-"


def windows(lowered: str | None, sentences: Sequence[Sentence], start: int,
            end: int, at: Sequence[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    """For each pattern (and GROUPS), the text ranges worth running it on: the sentences where one of its
    triggers occurs (triggers are looked for at the offsets `at` from word_starts, found here if not given),
    each with its neighbours. Without a lower-cased text, every pattern gets the whole range."""
    lex = compiled()
    if lowered is None or not sentences:
        return {i: [(start, end)] for i in [*range(len(lex.patterns)), -1]}
    starts = [s.start for s in sentences]
    found: dict[int, set[int]] = {}
    targets = lex.trigger_targets
    for m in matches_at(lex.triggers, lowered, word_starts(lowered, start, end) if at is None else at, end):
        where = max(0, bisect_right(starts, m.start()) - 1)
        trigger = m.group()
        for target in targets.get(trigger if trigger in targets else normalise(trigger), ()):
            found.setdefault(target, set()).add(where)
    return {target: _ranges(sentences, where, start, end) for target, where in found.items()}


def _ranges(sentences: Sequence[Sentence], indexes: set[int], start: int, end: int) -> list[tuple[int, int]]:
    """Merged ranges covering each indexed sentence and its two neighbours."""
    out: list[tuple[int, int]] = []
    for i in sorted(indexes):
        lo = sentences[max(0, i - 1)].start if i > 0 else start
        hi = sentences[i + 1].end if i + 1 < len(sentences) else end
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def pattern_hits(text: str, ranges: dict[int, list[tuple[int, int]]], lowered: str | None = None) -> list[Hit]:
    """Every lexicon pattern, run on the ranges its triggers point at. With `lowered` (see literals.plain),
    a range that lacks a string every match holds is skipped, and a pattern runs folded (folded.py)."""
    hits = []
    plain = lowered if literals.plain(lowered) else None
    patterns = compiled().patterns
    for i, where in ranges.items():
        if i < 0:
            continue  # GROUPS: groups.py
        pattern = patterns[i]
        cue = pattern.cue
        regex, target = (pattern.folded, plain) if plain is not None and pattern.folded else (pattern.regex, text)
        for lo, hi in where:
            if plain is not None and pattern.needs and not literals.holds(plain, pattern.needs, lo, hi):
                continue
            for m in regex.finditer(target, lo, hi):
                hit = trim(text, m.start(), m.end())
                if hit is not None:
                    hits.append(Hit(hit[0], hit[1], cue.techniques, cue.score, cue.id))
    return hits


def trim(text: str, start: int, end: int, keep: str = "!?") -> tuple[int, int] | None:
    """Offsets with punctuation and space trimmed from both ends (a closing ! or ? is kept); None if empty."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE and text[end - 1] not in keep:
        end -= 1
    return (start, end) if start < end else None
