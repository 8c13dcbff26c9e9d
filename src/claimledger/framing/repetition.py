"""Repetition: a framing phrase said three times in one document, and the same phrase across many documents."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from claimledger.framing.cues import Hit
from claimledger.framing.lexicon import normalise, term_regex
from claimledger.framing.model import TECHNIQUES, RepeatedPhrase, Span
from claimledger.framing.words import word_count
from claimledger.framing.shapes import Quote

REPETITION: Final = ("Repetition",)
# "The same slogan three times": fewer repeats is ordinary reference back to a phrase.
MIN_REPEATS: Final = 3
# Phrases of one word ("heinous") recur by chance; repetition as a technique is of phrases and slogans.
MIN_WORDS: Final = 2
# A quoted passage longer than this is a statement, not a slogan that could be chanted again.
MAX_QUOTE_WORDS: Final = 8
# Confidence of a Repetition span: the phrase is already framing (or a quoted slogan) and recurs 3+ times.
REPETITION_SCORE: Final = 0.6
# Across the corpus, a phrase counts as repeated once this many documents use it.
MIN_DOCUMENTS: Final = 2
_STRIP: Final = " !?.,;:\"'“”‘’«»`"


def phrase_key(text: str) -> str:
    """The phrase a span is compared by: normalised, without surrounding quotes and closing punctuation."""
    return normalise(text).strip(_STRIP)


def repetition_hits(text: str, lowered: str | None, start: int, end: int, hits: Sequence[Hit],
                    found: Sequence[Quote]) -> list[Hit]:
    """Each occurrence of a framing phrase or quoted slogan that occurs MIN_REPEATS+ times in text[start:end]."""
    seen: dict[str, int] = {}
    for lo, hi in [*((h.start, h.end) for h in hits), *found]:
        piece = text[lo:hi]
        # Words are separated by at least one character: a short piece has few enough without counting.
        if len(piece) <= 2 * MAX_QUOTE_WORDS or word_count(piece) <= MAX_QUOTE_WORDS:
            key = phrase_key(piece)
            seen[key] = seen.get(key, 0) + 1
    out: list[Hit] = []
    for key in sorted(k for k in seen if word_count(k) >= MIN_WORDS):
        # Cheap test first: a phrase tagged or quoted fewer than MIN_REPEATS times, that does not occur
        # MIN_REPEATS times as plain text either, cannot repeat (odd spacing is caught by the tagged count).
        if seen[key] < MIN_REPEATS and lowered is not None and lowered.count(key, start, end) < MIN_REPEATS:
            continue
        regex = re.compile(r"(?<![\w-])" + term_regex(key) + r"(?![\w-])", re.IGNORECASE)
        found_at = [(m.start(), m.end()) for m in regex.finditer(text, start, end)]
        if len(found_at) >= MIN_REPEATS:
            out.extend(Hit(s, e, REPETITION, REPETITION_SCORE, f"repetition:{key}") for s, e in found_at)
    return out


def corpus_repetition(spans_by_document: Mapping[str, Sequence[Span]]) -> list[RepeatedPhrase]:
    """Framing phrases of MIN_WORDS+ words used by MIN_DOCUMENTS+ documents, most widespread first."""
    documents: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    techniques: dict[str, set[str]] = {}
    for doc, spans in spans_by_document.items():
        for span in _distinct(spans):
            key = phrase_key(span.text)
            if word_count(key) < MIN_WORDS:
                continue
            documents.setdefault(key, set()).add(doc)
            counts[key] = counts.get(key, 0) + 1
            techniques.setdefault(key, set()).update(span.techniques)
    repeated = [RepeatedPhrase(key, tuple(sorted(docs)), counts[key], _ordered(techniques[key]))
                for key, docs in documents.items() if len(docs) >= MIN_DOCUMENTS]
    return sorted(repeated, key=lambda r: (-len(r.documents), -r.count, r.phrase))


def _distinct(spans: Iterable[Span]) -> list[Span]:
    """One span per place: spans at the same offsets count once."""
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return list(seen.values())


def _ordered(names: set[str]) -> tuple[str, ...]:
    return tuple(t for t in TECHNIQUES if t in names)
