"""A tiny language identifier: stopword profiles (data/stopwords.json) scored over a text's words."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from claimledger.vocabulary import load_versioned

STOPWORDS_VERSION = "documents-stopwords/1"

# Fewer words than this and we do not guess: in a headline one shared function word ("de", "a",
# "in") can decide between profiles. Invented 4-7 word lines in en/fr/es/it/pt/de were still
# identified correctly, so 8 is a conservative floor, not a measured breaking point.
MIN_WORDS = 8
# The winning profile must cover at least this share of the words: English news prose runs at
# 0.35-0.50 stopwords, other profiled languages similar; a list of names or numbers stays under 0.08.
MIN_COVERAGE = 0.08
# Only the first characters are read: the answer is settled long before, and it keeps the cost flat.
MAX_CHARS = 20_000
# Each occurrence of a letter only one profiled language uses counts as this many stopword hits.
LETTER_BONUS = 0.5

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Fast path: in text whose only non-ASCII characters are these (no letters among them), _WORD's words are
# runs of ASCII letters, so the whole text can be lowered first and read with a plain ASCII pattern.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f‘’“”–—\u00a0…]")
_PLAIN_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_versioned("claimledger.documents", "data/stopwords.json", STOPWORDS_VERSION)


@lru_cache(maxsize=1)
def profiles() -> dict[str, frozenset[str]]:
    """Each language code with its set of function words."""
    return {code: frozenset(words) for code, words in _data()["profiles"].items()}


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Function words of every profiled language together (for judging sentence shape)."""
    return frozenset().union(*profiles().values())


def words(text: str) -> list[str]:
    """The lowercased alphabetic words of `text`."""
    if _NOT_PLAIN.search(text) is None:
        found: list[str] = _PLAIN_WORD.findall(text.lower())
        return found
    return [w.lower() for w in _WORD.findall(text)]


def distinct_words(text: str) -> set[str]:
    """set(words(text)), lowering each distinct word once."""
    if _NOT_PLAIN.search(text) is None:
        return set(_PLAIN_WORD.findall(text.lower()))
    return {w.lower() for w in set(_WORD.findall(text))}


def detect_language(text: str, text_words: list[str] | None = None) -> str | None:
    """ISO 639-1 code of the profile that covers most of the text's words, or None if unsure.

    `text_words`: words(text), when the caller has them already (used when the text is within MAX_CHARS).
    """
    sample = text[:MAX_CHARS]
    found = text_words if text_words is not None and len(text) <= MAX_CHARS else words(sample)
    if len(found) < MIN_WORDS:
        return None
    # Only function words of some profile can score: count those once each (the same sums as word by word).
    everyone = function_words()
    counts = {w: n for w, n in Counter(found).items() if w in everyone}
    scores = {code: sum(n for word, n in counts.items() if word in vocab) for code, vocab in profiles().items()}
    for code, letters in _data()["letters"].items():
        if code in scores:
            scores[code] += LETTER_BONUS * sum(sample.count(ch) for ch in letters)
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < MIN_COVERAGE * len(found):
        return None
    return best
