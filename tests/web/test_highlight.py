"""Marking a text: every character kept, escaped, and marks nested where they overlap."""

from __future__ import annotations

import html
import re
from itertools import pairwise

import pytest

from claimledger.claims.model import Claim
from claimledger.framing.model import Span
from claimledger.web.highlight import Mark, document_marks, passage_marks, render, segments
from claimledger.web.view import Place


def _claim(cid: str, start: int, end: int, text: str) -> Claim:
    return Claim(id=cid, document="d", measure="killed", subgroup=None, unit="people", value=5, low=5, high=5,
                 qualifier="exact", event="main", parent=None, attribution="police", text=text, start=start,
                 end=end, sentence=text)


@pytest.mark.parametrize("marks", [[], [Mark(2, 5, "span", None)], [Mark(0, 4, "a", 1), Mark(2, 9, "b", 2)]])
def test_highlight_segments_cover_the_text_once(marks: list[Mark]) -> None:
    pieces = list(segments(10, marks))
    assert pieces[0][0] == 0 and pieces[-1][1] == 10
    assert all(a < b for a, b, _ in pieces) and all(x[1] == y[0] for x, y in pairwise(pieces))


def test_highlight_render_keeps_every_character_and_escapes_it() -> None:
    text = 'a <b onclick="x()">5 people</b> & more'
    start = text.index("5 people")
    out = render(text, document_marks([_claim("c1", start, start + 8, "5 people")], [], {}, (0, len(text))))
    assert "<b" not in out and "&lt;b onclick=&#34;x()&#34;&gt;" in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_highlight_claim_links_to_its_figure_row() -> None:
    text = "Police said 5 people died."
    places = {"c1": Place("e2", "fig-e2-killed-all", "val-e2-killed-all-1", "Killed: 5")}
    out = render(text, document_marks([_claim("c1", 12, 20, "5 people")], [], places, (0, len(text))))
    assert ('<a class="claim-link" href="/events/e2#fig-e2-killed-all"><mark class="claim" data-claim="c1" '
            'id="claim-c1" title="Killed: 5 (according to police)">5 people</mark></a>') in out


def test_highlight_overlapping_span_and_claim_both_marked_and_id_written_once() -> None:
    text = "A shocking 5 people died."
    span = Span(document="d", start=2, end=14, text="shocking 5 p", techniques=("Loaded_Language",), score=0.5,
                cue="x")
    out = render(text, document_marks([_claim("c1", 11, 19, "5 people")], [span], {}, (0, len(text))))
    assert out.count('id="claim-c1"') == 1 and out.count('data-claim="c1"') == 2
    assert 'title="Loaded Language (cue: x)"' in out


def test_highlight_text_outside_the_body_is_furniture() -> None:
    out = render("HEADER\nbody text", document_marks([], [], {}, (7, 16)))
    assert out.startswith('<span class="furniture">HEADER\n</span>body text')


def test_highlight_passages_numbered() -> None:
    out = render("one two three", passage_marks([(0, 3), (8, 13)]))
    assert '<span class="reused" data-passage="1">one</span>' in out
    assert '<span class="reused" data-passage="2">three</span>' in out
