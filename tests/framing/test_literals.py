"""The strings a regex needs (a cheap test before running it) and folded regexes: never a different match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.framing.folded import folded
from claimledger.framing.lexicon import compiled
from claimledger.framing.literals import holds, needs, plain


@pytest.mark.parametrize("regex, expected", [
    (r"\bthe\s+(?:worst|best)\s+ever\b", (("ever",), ("best", "worst"))),  # longest, then fewest strings first
    (r"\b(?:sinister|vile)\s+plans?\b", (("plan",), ("sinister", "vile"))),
    (r"(?:x|y)+z", ()),  # nothing of three letters or more is certain
    (r"\b(?:a|bombing)\s+campaign", (("campaign",),)),  # "a" is too short: the alternation tells nothing
    (r"(?:ruin)?\s+of", ()),  # an optional word is not needed
])
def test_literals_needs_lists_what_every_match_holds(regex: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert needs(regex, re.IGNORECASE) == expected


def test_literals_needs_drops_a_test_the_trigger_words_pass() -> None:
    # The caller looks only where "plan" or "plot" occurs: a test for those strings would always pass.
    assert needs(r"\bsecret\s+(?:plan|plot)\b", re.IGNORECASE, ("plan", "plot")) == (("secret",),)


def test_literals_plain_refuses_texts_with_odd_case_letters() -> None:
    assert plain("the senate voted")
    assert not plain(None)
    assert not plain("the ſenate voted")  # re.IGNORECASE lets "s" match "ſ", lower-casing leaves it alone
    assert not plain("ıstanbul")


def test_literals_holds_needs_one_string_of_each_test() -> None:
    tests = (("best", "worst"), ("ever",))
    text = "the worst storm ever. the best year"
    assert holds(text, tests, 0, len(text))
    assert not holds(text, tests, 18, len(text))  # "the best year": no "ever"


_WORDS = ["the", "The", "WORST", "best", "ever", "ſenate", "ıdea", "İdea", "vile", "plans", "Plan", "K\u212aK",
          "most", "terrible", "tragedy", "of", "all", "time", "insidious", "schemes", "-", ",", ".", "\n", " ", "  "]


def _texts(words: list[str]) -> tuple[str, str] | None:
    """The words as a text and its lower-cased form, when lower-casing keeps every offset (else None)."""
    text = " ".join(words)
    lowered = text.lower()
    return (text, lowered) if len(lowered) == len(text) and plain(lowered) else None


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30))
def test_literals_lexicon_patterns_match_only_where_their_needs_hold(words: list[str]) -> None:
    if (texts := _texts(words)) is None:
        return
    text, lowered = texts
    for pattern in compiled().patterns:
        if pattern.regex.search(text):
            assert holds(lowered, pattern.needs, 0, len(text)), pattern.cue.id


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30))
def test_folded_lexicon_patterns_match_as_the_originals_do(words: list[str]) -> None:
    if (texts := _texts(words)) is None:
        return
    text, lowered = texts
    for pattern in compiled().patterns:
        if pattern.folded is not None:
            assert [m.span() for m in pattern.folded.finditer(lowered)] == \
                [m.span() for m in pattern.regex.finditer(text)], pattern.cue.id


@pytest.mark.parametrize("regex", [r"\bHitler\b", r"(?-i:[A-Z])\w+", r"(\w)\1", r"[A-Z]+", r"caf[eé]"])
def test_folded_keeps_regexes_it_cannot_fold(regex: str) -> None:
    assert folded(regex) is None


def test_folded_compiles_lower_case_word_lists() -> None:
    regex = folded(r"(?<![\w-])(?:chant(?:ed|ing)?|placards?)(?![\w-])")
    assert regex is not None and not regex.flags & re.IGNORECASE
    assert [m.group() for m in regex.finditer("they chanted and held placards")] == ["chanted", "placards"]
