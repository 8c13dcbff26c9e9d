"""Case folding for the claims stage's case-blind patterns: same matches as re.I, offsets kept."""

from __future__ import annotations

import re

import pytest

from claimledger.claims.caseblind import CaseBlind, folded


def test_caseblind_folded_refuses_texts_lower_casing_would_misread() -> None:
    assert folded("Nine KILLED in Flood") == "nine killed in flood"
    # "İ" lower-cases to two characters (offsets would move); "ı" and "ſ" match i and s only case-blindly
    for odd in ("\u0130stanbul quake", "D\u0131yarbak\u0131r", "cro\u017fsing"):
        assert folded(odd) is None


@pytest.mark.parametrize("text", [
    "Floods KILLED 12 in Marrowby", "the killing of 40", "\u0130zmir: two were kil\u017fled", "naïve KiLLed",
    "Kelvin \u212ailled 3", "skilled 20 killed-ish", "",
])
def test_caseblind_case_blind_finds_what_re_i_finds(text: str) -> None:
    pattern = r"\b(?P<verb>kill(?:ed|ing|s)?)\b(?!-)|[A-Z]\w+"
    fast, blind = CaseBlind(pattern), re.compile(pattern, re.I)
    for pos in range(len(text) + 1):
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text, pos)] == \
            [(m.span(), m.lastgroup) for m in blind.finditer(text, pos)]
        assert (fast.search(text, pos) or re.match("", "")).span() == (blind.search(text, pos) or re.match("", "")).span()


@pytest.mark.parametrize("pattern", [
    r"\b(?:were|was)\s+(?P<v>killed|hurt)\b", r"(?<!-)\b(?:war|strike)s?\b(?!-)", r"\b(?:(?:19|20)\d\d|early)\b",
    r"\b(?:-?\d+|minus)\b", r"\b(?:a(?:ir ?strike|ttack)|blast)\b",
])
def test_caseblind_guarded_pattern_finds_what_re_i_finds(pattern: str) -> None:
    fast, blind = CaseBlind(pattern), re.compile(pattern, re.I)
    assert fast.fast.pattern.startswith("(?=[")  # a lookahead for the first characters, then the pattern
    for text in ("Six WERE killed in the 1999 air strike; anti-war strikes-ish", "an Attack, a BLAST -4 minus 12",
                 "postwar Strikes were hurt early in 2011, was KILLED", ""):
        for pos in range(len(text) + 1):
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text, pos)] == \
                [(m.span(), m.lastgroup) for m in blind.finditer(text, pos)]


@pytest.mark.parametrize("pattern", [r"\b(?:x)?\w*", r"\b.", r"[a-z]+\b", r"\b[^a-z]", r"^\s*(?:in|on)\b"])
def test_caseblind_no_guard_when_the_first_character_is_open(pattern: str) -> None:
    # could match empty, starts with any character or a negated class, or the engine already skips to its first
    # characters (or it is anchored): the pattern runs as written
    assert not CaseBlind(pattern).fast.pattern.startswith("(?=")


@pytest.mark.parametrize("pattern", [
    r"\x41BC", r"caf\xC9", r"\N{LATIN CAPITAL LETTER A}", r"\101", r"(\w)\1", r"(?-i:War)", r"\b(?-i:War)",
    r"(?x)\bwar", r"[A-z]", r"[Z-a]", "\u00c9t\u00c9",
])
def test_caseblind_refuses_what_lower_casing_the_source_would_change(pattern: str) -> None:
    # Escapes that may stand for a letter, inline flags and ranges across cases: lower-casing the pattern's
    # source would no longer match what the case-blind original matches, so the pattern is refused up front.
    with pytest.raises(ValueError):
        CaseBlind(pattern)


@pytest.mark.parametrize("pattern, text", [
    (r"[^\]a-z]X-ray", "9X-RAY"), (r"[]A-Z]+\.", "ABC."), (r"\(\s*dead\)", "( DEAD)"),
])
def test_caseblind_keeps_classes_and_escaped_punctuation(pattern: str, text: str) -> None:
    fast, blind = CaseBlind(pattern), re.compile(pattern, re.I)
    assert (fast.search(text) or re.match("", "")).span() == (blind.search(text) or re.match("", "")).span() != (0, 0)
