"""Framing spans as JSON lines (SPEC.md: document, start, end, text, techniques, score; plus cue) or a rich table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.framing.model import Span


def span_json(s: Span) -> dict[str, Any]:
    return {"document": s.document, "start": s.start, "end": s.end, "text": s.text,
            "techniques": list(s.techniques), "score": s.score, "cue": s.cue}


def render_spans_jsonl(spans: Iterable[Span]) -> str:
    return "".join(json.dumps(span_json(s), ensure_ascii=False) + "\n" for s in spans)


def render_spans_table(spans: Iterable[Span], console: Console) -> None:
    table = Table(title=Text("framing spans"))
    for col in ("document", "start", "end", "text", "techniques", "score"):
        table.add_column(col, justify="right" if col in ("start", "end", "score") else "left")
    n = 0
    for s in spans:
        n += 1
        table.add_row(Text(s.document), str(s.start), str(s.end), Text(s.text), Text(", ".join(s.techniques)),
                      f"{s.score:.2f}")
    table.caption = f"{n} spans"
    console.print(table)
