"""A tiny language identifier: stopword profiles (data/stopwords.json) scored over a text's words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Final

from claimledger.vocabulary import load_versioned

STOPWORDS_VERSION: Final = "documents-stopwords/1"

# Fewer words than this and we do not guess: in a headline one shared function word ("de", "a",
# "in") can decide between profiles. Invented 4-7 word lines in en/fr/es/it/pt/de were still
# identified correctly, so 8 is a conservative floor, not a measured breaking point.
MIN_WORDS: Final = 8
# The winning profile must cover at least this share of the words: English news prose runs at
# 0.35-0.50 stopwords, other profiled languages similar; a list of names or numbers stays under 0.08.
MIN_COVERAGE: Final = 0.08
# Only the first characters are read: the answer is settled long before, and it keeps the cost flat.
MAX_CHARS: Final = 20_000
# Each occurrence of a letter only one profiled language uses counts as this many stopword hits.
LETTER_BONUS: Final = 0.5

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Fast path: in text whose only non-ASCII characters are these (no letters among them), _WORD's words are
# runs of ASCII letters, so the whole text can be lowered first and read with a plain ASCII pattern.
_NOT_PLAIN: Final = re.compile(r"[^\x00-\x7f‘’“”–—\u00a0…]")
_PLAIN_WORD: Final = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# Bytes a-z kept, every other byte a space.
_ONLY_LETTERS: Final = bytes(b if ord("a") <= b <= ord("z") else ord(" ") for b in range(256))


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
    if _is_plain(text):
        found: list[str] = _PLAIN_WORD.findall(text.lower())
        return found
    return [w.lower() for w in _WORD.findall(text)]


def distinct_words(text: str) -> set[str]:
    """set(words(text)), lowering each distinct word once."""
    if _is_plain(text):
        return set(_PLAIN_WORD.findall(text.lower()))
    return {w.lower() for w in set(_WORD.findall(text))}


def _is_plain(text: str) -> bool:
    return text.isascii() or _NOT_PLAIN.search(text) is None


def plain_reader(text: str) -> Callable[[int, int], list[str]] | None:
    """For plain text (see _NOT_PLAIN), a function giving words(text[start:end]) from one lowering of the
    whole text (lowering keeps every offset there); None for other text.

    A stretch without apostrophes is split on white space in a copy whose non-letters are all spaces
    (the same words as _PLAIN_WORD's, for a fraction of the cost); one with apostrophes is read by it.
    """
    if not _is_plain(text):
        return None
    lowered = text.lower()
    # Each non-ASCII character of plain text encodes to one "?", so offsets stay the same.
    letters = lowered.encode("ascii", "replace").translate(_ONLY_LETTERS).decode("ascii")
    if "'" not in lowered and "’" not in lowered:
        return lambda start, end: letters[start:end].split()
    findall = _PLAIN_WORD.findall

    def read(start: int, end: int) -> list[str]:
        if lowered.find("'", start, end) < 0 and lowered.find("’", start, end) < 0:
            return letters[start:end].split()
        found: list[str] = findall(lowered, start, end)
        return found

    return read


@lru_cache(maxsize=1)
def _owners() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(function word -> a key naming the profiles that list it, key -> those profiles' codes in order).

    Many words share a key ("en" alone, say), so a text's words are counted by key, not word by word.
    """
    codes: dict[str, tuple[str, ...]] = {}
    for code, vocab in profiles().items():
        for word in vocab:
            codes[word] = codes.get(word, ()) + (code,)
    keys = {found: " ".join(found) for found in set(codes.values())}
    return {word: keys[found] for word, found in codes.items()}, {key: found for found, key in keys.items()}


def detect_language(text: str, text_words: list[str] | None = None) -> str | None:
    """ISO 639-1 code of the profile that covers most of the text's words, or None if unsure.

    `text_words`: words(text), when the caller has them already (used when the text is within MAX_CHARS).
    """
    sample = text[:MAX_CHARS]
    found = text_words if text_words is not None and len(text) <= MAX_CHARS else words(sample)
    if len(found) < MIN_WORDS:
        return None
    # Only function words of some profile can score: count them by the profiles that list them.
    key_of, codes_of = _owners()
    scores: dict[str, float] = dict.fromkeys(profiles(), 0)
    for key, n in _count(filter(None, map(key_of.get, found))).items():
        for code in codes_of[key]:
            scores[code] += n
    if not _is_plain(sample):  # plain text has no letters outside ASCII
        for code, letters in _data()["letters"].items():
            if code in scores:
                scores[code] += LETTER_BONUS * sum(sample.count(ch) for ch in letters)
    best = max(scores, key=scores.__getitem__)
    if scores[best] < MIN_COVERAGE * len(found):
        return None
    return best


def _count(keys: Iterable[str]) -> dict[str, int]:
    """How often each key occurs, in order of first occurrence (what Counter(keys) holds)."""
    counts: dict[str, int] = {}
    _count_elements(counts, keys)
    return counts


def _count_loop(counts: dict[str, int], keys: Iterable[str]) -> None:
    get = counts.get
    for key in keys:
        counts[key] = get(key, 0) + 1


# The C loop that Counter runs (CPython's _collections; Counter's own set-up costs as much as the counting
# on a news article's words), else the same loop in Python.
try:
    from _collections import _count_elements  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python implementation
    _count_elements = _count_loop
