"""Rich tables of the ledger: figures per event with conflicts highlighted, dated facts, checks, reuse."""

from __future__ import annotations

from rich.console import Console

from claimledger.outputs.table import render_table

from .conftest import Corpus


def _render(corpus: Corpus) -> Console:
    console = Console(record=True, width=200, color_system="truecolor", force_terminal=True)
    render_table(corpus.ledger, console)
    return console


def test_table_shows_every_value_and_status(small: Corpus) -> None:
    out = _render(small).export_text()
    for text in ("Wounded", "487", "475", "conflict", "evolving", "at least 161", "hundreds", "40\u201350 homes",
                 "single source", "1998 storm", "FAILED", "2008", "2009", "strong", "weak"):
        assert text in out


def test_table_highlights_conflict_rows(small: Corpus) -> None:
    html = _render(small).export_html(inline_styles=True)
    conflict_red = "#800000"  # rich's standard "red" in the exported palette
    row_475 = next(line for line in html.splitlines() if " 475 " in line)
    row_9 = next(line for line in html.splitlines() if " Killed " in line and " 9 " in line)
    assert conflict_red in row_475 and conflict_red not in row_9
