"""Stored documents with their metadata: JSON in the ledger's `documents` shape, or a rich table."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.documents.model import Document


def document_json(doc: Document, framing: Mapping[str, float]) -> dict[str, Any]:
    """SPEC.md's document fields first (id ... body), then what else the store knows."""
    start, end = doc.body
    return {
        "id": doc.id, "title": doc.title, "published": doc.published,
        "published_precision": doc.published_precision, "outlet": doc.outlet, "language": doc.language,
        "body": [start, end],
        "framing": framing.get(doc.id), "source": doc.source, "url": doc.url, "encoding": doc.encoding,
        "published_from": doc.published_from, "warnings": list(doc.warnings), "length": len(doc.text),
    }


def render_documents_json(docs: Iterable[Document], framing: Mapping[str, float]) -> str:
    return json.dumps([document_json(d, framing) for d in docs], indent=2, ensure_ascii=False)


def render_documents_table(docs: Iterable[Document], framing: Mapping[str, float], console: Console) -> None:
    table = Table(title=Text("documents"))
    for col in ("id", "published", "outlet", "language", "body", "framing", "title"):
        table.add_column(col, justify="right" if col in ("body", "framing") else "left")
    n = 0
    for d in docs:
        n += 1
        start, end = d.body
        score = framing.get(d.id)
        table.add_row(Text(d.id), Text(d.published or "-"), Text(d.outlet or "-"), Text(d.language or "-"),
                      f"{end - start:,}", "-" if score is None else f"{score:.2f}", Text(d.title or ""))
    table.caption = f"{n} documents"
    console.print(table)
