"""Lexicon cues over a text range: literal phrases and patterns, each hit with techniques, confidence and cue id."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.framing.lexicon import compiled, normalise
from claimledger.framing.sentences import Sentence

# Characters trimmed from both ends of a hit, so a span starts and ends on a word or a closing "!".
_EDGE = " \t\r\n,;:.-–—\"'“”‘’«»()[]`"


@dataclass(frozen=True)
class Hit:
    """One cue firing: offsets into the document text (before merging into Spans)."""

    start: int
    end: int
    techniques: tuple[str, ...]
    score: float
    cue: str


def lower(text: str) -> str | None:
    """The text lower-cased, if that keeps every offset (it does unless a letter lower-cases to two)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def phrase_hits(text: str, lowered: str | None, start: int, end: int) -> list[Hit]:
    """Every literal lexicon phrase inside text[start:end] (matched on `lowered` when there is one)."""
    lex = compiled()
    hits = []
    if lowered is None:
        matches = lex.phrases.finditer(text, start, end)
    else:
        matches = lex.phrases_lower.finditer(lowered, start, end)
    for m in matches:
        key = normalise(m.group())
        if text[m.start()].isupper() and key not in lex.capitalised and not _starts_sentence(text, m.start(), start):
            continue  # a capital inside a sentence makes a name ("Tahrir al-Sham", "Horrible Histories"), not a cue
        for cue in lex.phrase_cues.get(key, ()):
            hits.append(Hit(m.start(), m.end(), cue.techniques, cue.score, f"{cue.id}:{key}"))
    return hits


def _starts_sentence(text: str, at: int, start: int) -> bool:
    """True if only space and opening quotes/brackets lie between `at` and a sentence end, colon or line start."""
    i = at - 1
    while i >= start and text[i] in " \t\"'“‘«([":
        i -= 1
    return i < start or text[i] in ".!?:;\n…—–-"


def windows(lowered: str | None, sentences: Sequence[Sentence], start: int,
            end: int) -> dict[int, list[tuple[int, int]]]:
    """For each pattern (and GROUPS), the text ranges worth running it on: the sentences where one of its
    triggers occurs, each with its neighbours. Without a lower-cased text, every pattern gets the whole range."""
    lex = compiled()
    if lowered is None or not sentences:
        return {i: [(start, end)] for i in [*range(len(lex.patterns)), -1]}
    starts = [s.start for s in sentences]
    found: dict[int, set[int]] = {}
    for m in lex.triggers.finditer(lowered, start, end):
        at = max(0, bisect_right(starts, m.start()) - 1)
        for target in lex.trigger_targets.get(normalise(m.group()), ()):
            found.setdefault(target, set()).add(at)
    return {target: _ranges(sentences, at, start, end) for target, at in found.items()}


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


def pattern_hits(text: str, ranges: dict[int, list[tuple[int, int]]]) -> list[Hit]:
    """Every lexicon pattern, run on the ranges its triggers point at."""
    hits = []
    for i, pattern in enumerate(compiled().patterns):
        cue = pattern.cue
        for lo, hi in ranges.get(i, ()):
            for m in pattern.regex.finditer(text, lo, hi):
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
