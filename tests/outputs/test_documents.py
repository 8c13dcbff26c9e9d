"""Documents: JSON in the ledger's documents shape plus what the store knows; a table that shows text literally."""

from __future__ import annotations

import json

from rich.console import Console

from claimledger.outputs.documents import render_documents_json, render_documents_table

from .conftest import Corpus

SPEC_DOCUMENT = ["id", "title", "published", "published_precision", "outlet", "language", "body"]


def test_documents_json_has_spec_fields_and_extras(small: Corpus) -> None:
    data = json.loads(render_documents_json(small.documents, {"c.txt": 0.25}))
    assert [d["id"] for d in data] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert list(data[0])[:len(SPEC_DOCUMENT)] == SPEC_DOCUMENT
    assert data[0]["body"] == [27, len(small.documents[0].text)]
    assert {"framing", "source", "encoding", "published_from", "warnings"} <= set(data[0])
    assert (data[2]["framing"], data[0]["framing"]) == (0.25, None)


def test_documents_table_lists_every_document_literally(hostile: Corpus) -> None:
    console = Console(record=True, width=400)
    render_documents_table(hostile.documents, {}, console)
    out = console.export_text()
    assert "Harbour Gazette" in out and "<script>alert(1)</script>" in out and "5 documents" in out
