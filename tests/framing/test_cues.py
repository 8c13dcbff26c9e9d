"""The one scan for where phrases and triggers may begin: the cues found from it are the full scans' cues."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.framing.cues import matches_at, word_starts
from claimledger.framing.lexicon import compiled
from claimledger.framing.tagger import tag_text

_PIECES = ["heinous", "so-called", "war crimes", "the history of mankind", "history", "of", "mankind", "ever",
           "every", "police", "policy", "death to", "death", "to", "x", "9 out of 10", "nazis", "-", "’", "'", ",",
           ".", "\n", " ", "  ", "\t", "é", "_", "2", "all time", "blood feud", "feud"]


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=25), cut=st.integers(min_value=0, max_value=12))
def test_cues_word_starts_find_every_phrase_and_trigger(pieces: list[str], cut: int) -> None:
    lowered = "".join(pieces)
    start = min(cut, len(lowered))
    at = word_starts(lowered, start, len(lowered))
    lex = compiled()
    for regex in (lex.phrases_lower, lex.triggers):
        expected = [m.span() for m in regex.finditer(lowered, start, len(lowered))]
        assert [m.span() for m in matches_at(regex, lowered, at, len(lowered))] == expected


def test_cues_word_starts_include_the_start_of_the_text() -> None:
    assert word_starts("heinous acts", 0, 12)[0] == 0
    assert 4 in word_starts("the heinous acts", 1, 16)


def test_cues_text_that_lower_casing_lengthens_is_tagged_alike() -> None:
    # "İ" lower-cases to two characters: no lower-cased text, every cue is looked for case-blind in the text.
    text = "İzmir: the so-called experts backed heinous plans. Northern occupiers left."
    same = text.replace("İ", "I")
    assert [(s.start, s.end, s.cue) for s in tag_text(text)] == [(s.start, s.end, s.cue) for s in tag_text(same)]
    assert {s.text for s in tag_text(text)} >= {"so-called", "Northern occupiers"}
