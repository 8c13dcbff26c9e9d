"""Framing spans as JSON lines (document, start, end, text, techniques, score, cue) and a table."""

from __future__ import annotations

import json

from rich.console import Console

from claimledger.outputs.spans import render_spans_jsonl, render_spans_table

from .conftest import Corpus


def test_spans_jsonl_has_spec_fields_and_cue(small: Corpus) -> None:
    rows = [json.loads(line) for line in render_spans_jsonl(small.spans).splitlines()]
    assert rows == [{"document": "c.txt", "start": small.spans[0].start, "end": small.spans[0].end,
                     "text": "shameful disaster", "techniques": ["Loaded_Language"], "score": 0.8,
                     "cue": "loaded:shameful"}]


def test_spans_table_prints_markup_literally(hostile: Corpus) -> None:
    console = Console(record=True, width=300)
    render_spans_table(hostile.spans, console)
    out = console.export_text()
    assert "shameful disaster" in out and "<script>alert(1)</script>" in out and "2 spans" in out
