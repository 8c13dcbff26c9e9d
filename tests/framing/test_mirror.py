"""The mirror rule: swapping group names never changes spans, techniques, scores or the document score."""

from __future__ import annotations

import dataclasses

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimledger.documents.model import Document
from claimledger.framing.score import document_score
from claimledger.framing.tagger import tag_document
from framing.framing_support import MIRROR_PAIRS, Mirror  # type: ignore[import-not-found]


def _assert_mirrored(doc: Document, mirror: Mirror) -> None:
    text, moves = mirror.swap(doc.text)
    body_end = None if doc.body_end is None else mirror.map_offset(doc.body_end, moves)
    swapped = dataclasses.replace(doc, text=text, body_start=mirror.map_offset(doc.body_start, moves),
                                  body_end=body_end)
    original, mirrored = tag_document(doc), tag_document(swapped)
    expected = [(mirror.map_offset(s.start, moves), mirror.map_offset(s.end, moves), s.techniques, s.score,
                 mirror.swap_lower(s.cue)) for s in original]
    assert [(s.start, s.end, s.techniques, s.score, s.cue) for s in mirrored] == expected
    assert [s.text for s in mirrored] == [mirror.swap(s.text)[0] for s in original]
    assert document_score(swapped, mirrored) == document_score(doc, original)


def test_mirror_seed_documents_give_identical_framing(seed_docs: dict[str, Document], mirror: Mirror) -> None:
    for doc in seed_docs.values():
        assert mirror.swap(doc.text)[0] != doc.text, doc.id  # the test swaps something in every seed document
        _assert_mirrored(doc, mirror)


_NAMES = [name for pair in MIRROR_PAIRS for name in pair]
# Fragments of news and rhetoric, with {g} slots for a group name: cues, neutral reporting and punctuation.
_FRAGMENTS = [
    "{g} occupants", "{g} aggressors attacked", "the {g} terrorist groups", "No to {g} fascism!", "Justice for {g}",
    "“Do not forget {g}”", "{g} people will never forget this!", "the blood of our martyrs will be avenged",
    "one of the bloodiest crimes in the history of {g}", "{g} nationalists who stop at nothing including the murder "
    "of children", "613 people were killed", "{g} forces said", "like {g} and the Holocaust", "{g}'s heinous plans",
    "President of {g} laid a wreath.", "the so-called {g} experts", "Can we really trust {g}?", "holy motherland",
    "\n\n", ". ", "! ", "? ", ", ", " and ", "placards reading “Free {g}”", "{g} militants", "pro-{g} thugs",
    "{g} {g} regime", "everyone knows", "what about {g}", "The {g} army", "Mr. {g}", "“Justice for {g}!”",
]


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12))
    return " ".join(p.replace("{g}", draw(st.sampled_from(_NAMES))) for p in parts)


@settings(max_examples=300, deadline=None)
@given(text=_sentences())
def test_mirror_generated_sentences_give_identical_framing(text: str) -> None:
    _assert_mirrored(Document(id="g.txt", text=text, source="g.txt"), Mirror())


@settings(max_examples=100, deadline=None)
@given(text=_sentences(), cut=st.integers(min_value=0, max_value=40))
def test_mirror_holds_with_a_body_inside_the_text(text: str, cut: int) -> None:
    at = text.find(" ", min(cut, len(text)))
    # (a body starting inside a name of two words, "Bosnian | Croats", has no mirror image)
    assume(not any(m.start() < at < m.end() for m in Mirror().regex.finditer(text)))
    doc = Document(id="g.txt", text=text, source="g.txt", body_start=at + 1 if at >= 0 else 0)
    _assert_mirrored(doc, Mirror())
