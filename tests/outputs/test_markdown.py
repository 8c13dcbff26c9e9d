"""Markdown: an infobox line per figure, then dated facts, policies, edits, checks, reuse, documents."""

from __future__ import annotations

import re

import pytest

from claimledger.outputs import render_ledger

from .conftest import Corpus


@pytest.mark.parametrize("line", [
    "- Wounded: 487 (3 reports, 2 independent) / 475 (1 report) \u2014 conflict",
    "- Killed: 9 (1 report) / 14 (1 report) \u2014 evolving",
    "- Rescued: at least 161 (1 report) / about 200 (1 report) / hundreds (1 report) \u2014 conflict",
    "- Killed (children): 6 (1 report) \u2014 single source",
    "- Homes destroyed: 40\u201350 homes (1 report) \u2014 agree",
    "- Homes flooded: up to 60% (1 report) \u2014 single source",
    "- Justice for marla campaign launched: 2008 (1 report) / 2009 (1 report) \u2014 conflict",
])
def test_markdown_has_one_infobox_line_per_figure(small: Corpus, line: str) -> None:
    assert line in render_ledger(small.ledger, "md").splitlines()


def test_markdown_puts_main_events_before_other_events(small: Corpus) -> None:
    md = render_ledger(small.ledger, "md")
    assert md.index("## e1 \u2014 Port Elwin") < md.index("## Other events mentioned") < md.index("### e2 \u2014 1998 storm")
    assert "- Killed: 41 (1 report) \u2014 single source" in md.split("## Other events mentioned")[1]


def test_markdown_lists_policies_checks_reuse_and_documents(small: Corpus) -> None:
    md = render_ledger(small.ledger, "md", claims=small.claims)
    assert "- Wounded: range 475\u2013487 \u00b7 conservative 487 \u00b7 independent majority 487 \u00b7 latest 475" in md
    assert "- Killed: range 9\u201314 \u00b7 conservative 9 \u00b7 independent majority no single value \u00b7 latest 14" in md
    assert "- ok \u2014 parts_within_whole: killed children (6) <= killed (9)" in md
    assert "- FAILED \u2014 sum_within_population: killed + wounded (501) > population (400)" in md
    assert "- `a.txt` (2024-05-01) -> `c.txt` (2024-05-03): strong, score 0.410, 1 shared passage" in md
    assert "- `c.txt` \u2014 2024-05-03 \u2014 outlet unknown \u2014 en \u2014 framing 0.25" in md


def test_markdown_edited_figure_names_both_values_and_reports(small: Corpus) -> None:
    md = render_ledger(small.ledger, "md", claims=small.claims)
    edited = [line for line in md.splitlines() if line.startswith("- Wounded: 475")]
    assert edited == ["- Wounded: 475 \\[c9\\] (c.txt, 2024) in a passage copied from an earlier report "
                      "(Harbour Gazette, 2024) that states 487 \\[c2\\]"]


def test_markdown_never_picks_a_value(small: Corpus) -> None:
    words = set(re.findall(r"[a-z]+", render_ledger(small.ledger, "md", claims=small.claims).lower()))
    assert not words & {"true", "correct", "accurate", "false", "wrong", "verified", "likely", "best", "official"}


def test_markdown_escapes_markup_from_document_metadata(hostile: Corpus) -> None:
    from markdown_it import MarkdownIt  # rich's own Markdown parser: CommonMark, raw HTML passed through

    html = MarkdownIt("commonmark").render(render_ledger(hostile.ledger, "md", claims=hostile.claims))
    assert "<script" not in html and "<img" not in html and "<a href" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markdown_policies_only_for_figures_with_several_values(small: Corpus) -> None:
    md = render_ledger(small.ledger, "md")
    listed = {ln[2:].split(":", 1)[0] for part in md.split("Reconciliation policies")[1:]
              for ln in part.split("###", 1)[0].splitlines() if ln.startswith("- ")}
    figures = [f for e in small.ledger.events for f in e.figures]
    label = {id(f): f.measure.replace("_", " ").capitalize() + (f" ({f.subgroup.replace('_', ' ')})" if f.subgroup else "")
             for f in figures}
    several = {label[id(f)] for f in figures if len(f.values) > 1}
    single = {label[id(f)] for f in figures if len(f.values) == 1} - several
    assert several and single  # the corpus has both kinds
    assert several <= listed and not single & listed
