"""Where framing cues may begin: the Aho-Corasick pass finds exactly the offsets the lexicon's regex scan finds."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.framing.cues import word_starts
from claimledger.framing.lexicon import _shortest, _trigger_targets, compiled, lexicon, normalise


def _regex_starts(lowered: str, start: int, end: int) -> list[int]:
    """The scan as the regex reads it: a non-letter, then a term (any white space and apostrophe in its gaps)."""
    found = [m.end() for m in compiled().starts.finditer(lowered, max(0, start - 1), end)]
    return [0, *found] if start == 0 else found


def _terms() -> list[str]:
    data = lexicon()
    phrases = {normalise(t) for e in data["phrases"] for t in e["terms"]}
    return _shortest([*phrases, *_trigger_targets(data)])


_GAPS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n ", "\u2003", "\u3000", "\r\n"]
_APOSTROPHES = ["'", "’", "`"]
_JOINS = [" ", "(", "x", "\n", "-", "“", "é", "", ". "]


def _spelled(term: str, rng: random.Random) -> str:
    return "".join(rng.choice(_GAPS) if ch == " " else rng.choice(_APOSTROPHES) if ch == "'" else ch for ch in term)


@pytest.mark.parametrize("seed", range(4))
def test_starts_terms_with_any_gaps_are_found_as_the_regex_finds_them(seed: int) -> None:
    rng = random.Random(seed)
    terms = _terms()
    for _ in range(400):
        parts = [_spelled(rng.choice(terms), rng) for _ in range(rng.randint(1, 6))]
        text = "".join(p + rng.choice(_JOINS) for p in parts)
        start, end = rng.randint(0, 3), len(text) - rng.randint(0, 3)
        assert word_starts(text, start, end) == _regex_starts(text, start, end), text


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(["the enemy", "war", "award", "it's", "it’s", "that's life", "a", " ", "  ",
                                        "\n", "x", "traitor", "traitors", "the", "\t", "vile", "9 out of 10", "(", "’"]),
                       max_size=12),
       cut=st.integers(min_value=0, max_value=4))
def test_starts_same_offsets_as_the_regex_scan(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    assert word_starts(text, start, len(text)) == _regex_starts(text, start, len(text))


def test_starts_a_news_paragraph() -> None:
    text = "We fight the\nenemy within, they said.\nit’s the  traitors who award nothing."
    found = word_starts(text, 0, len(text))
    assert found == _regex_starts(text, 0, len(text))
    for word in ("the\nenemy", "traitors"):
        assert text.index(word) in found
    assert text.index("award") + 1 not in found  # not inside a word


def test_starts_white_space_list_is_every_code_point_python_calls_space() -> None:
    import sys

    from claimledger.framing.starts import SPACES

    assert SPACES == "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
