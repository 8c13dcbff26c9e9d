"""Wikitext infobox lines: every value with its claimants (outlet or document, year), qualifiers in words."""

from __future__ import annotations

import pytest

from claimledger.outputs import render_ledger
from claimledger.outputs.wikitext import wiki_text

from .conftest import Corpus


@pytest.mark.parametrize("line", [
    "| wounded = 487 (Harbour Gazette, 2024; Coast Radio, 2024; Daily Tide, 2024); 475 (c.txt, 2024)",
    "| rescued = at least 161 (Harbour Gazette, 2024); about 200 (Coast Radio, 2024); hundreds (c.txt, 2024)",
    "| killed_children = 6 (Coast Radio, 2024)",
    "| homes_destroyed = 40\u201350 homes (Coast Radio, 2024)",
    "| homes_flooded = up to 60% (Daily Tide, 2024)",
    "| place = Port Elwin",
])
def test_wikitext_lines_name_the_claimants(small: Corpus, line: str) -> None:
    assert line in render_ledger(small.ledger, "wikitext").splitlines()


def test_wikitext_one_infobox_per_event(small: Corpus) -> None:
    out = render_ledger(small.ledger, "wikitext")
    assert out.count("{{Infobox event") == out.count("}}") == len(small.ledger.events)


@pytest.mark.parametrize("raw, expected", [
    ("Coast Radio", "Coast Radio"),
    ("A | B", "<nowiki>A | B</nowiki>"),
    ("}}{{Delete}}", "<nowiki>}}{{Delete}}</nowiki>"),
    ("</nowiki><script>", "<nowiki>&lt;/nowiki>&lt;script></nowiki>"),
    ("People's Daily", "People's Daily"),
])
def test_wikitext_escapes_markup_in_names(raw: str, expected: str) -> None:
    assert wiki_text(raw) == expected


def test_wikitext_hostile_outlet_cannot_break_the_template(hostile: Corpus) -> None:
    out = render_ledger(hostile.ledger, "wikitext")
    outside = "".join(part.split("</nowiki>", 1)[-1] for part in out.split("<nowiki>"))
    assert "<script>" not in outside and "javascript:" not in outside
