"""Rules that hold for every input: extraction never fails, never leaves the body, and spans are exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.claims.extract import extract_claims
from claimledger.documents.model import Document

_WORDS = st.sampled_from([
    "At least", "more than", "about", "nearly", "12", "1,275", "85\u00a0000", "forty-four", "three thousand",
    "dozens of", "hundreds", "people", "were", "killed", "injured", "including", "women", "children", "and",
    ",", ".", ";", "\n", "police", "said", "the", "war", "in", "1992", "February", "26", "of them", "fate",
    "remains", "unknown", "Resolution", "260", "(", ")", "%", "lost", "both", "parents", "one", "parent",
    "between", "to", "-", "homes", "destroyed", "countries", "recognized", "as", "genocide", "days", "within",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60), st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_properties_claims_are_exact_spans_inside_the_body(words: list[str], cut_start: int, cut_end: int) -> None:
    text = " ".join(words)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    doc = Document(id="p.txt", text=text, source="p.txt", body_start=start, body_end=end)
    claims = extract_claims(doc)
    ids = {c.id for c in claims}
    for c in claims:
        assert start <= c.start < c.end <= end
        assert text[c.start:c.end] == c.text
        assert c.parent is None or c.parent in ids
        assert c.low is None or c.high is None or c.low <= c.high
