"""Outputs stage: Ledger -> JSON, CSV, Markdown, tables, wikitext, JSON-LD, HTML report."""

from __future__ import annotations

import json
from collections.abc import Iterable

from claimledger.claims.model import Claim
from claimledger.errors import UsageError
from claimledger.ledger.model import Ledger

LEDGER_FORMATS = ("json", "md", "csv", "wikitext", "jsonld")


def render_json(ledger: Ledger) -> str:
    """The ledger in SPEC.md's shape (plus extra fields: policy rules, checks' numbers, dated facts, ...)."""
    return json.dumps(ledger.to_json(), indent=2, ensure_ascii=False)


def render_ledger(ledger: Ledger, fmt: str, *, claims: Iterable[Claim] | None = None) -> str:
    """The ledger as text in one of LEDGER_FORMATS. `claims` (optional) adds the stating sentences to
    JSON-LD appearances and the documents to edited-figure lines in Markdown."""
    if fmt == "json":
        return render_json(ledger)
    if fmt == "md":
        from claimledger.outputs.markdown import render_markdown

        return render_markdown(ledger, claims)
    if fmt == "csv":
        from claimledger.outputs.csv import render_csv

        return render_csv(ledger)
    if fmt == "wikitext":
        from claimledger.outputs.wikitext import render_wikitext

        return render_wikitext(ledger)
    if fmt == "jsonld":
        from claimledger.outputs.jsonld import render_jsonld

        return render_jsonld(ledger, claims)
    raise UsageError(f"unknown ledger format {fmt!r}: use one of {', '.join(LEDGER_FORMATS)} (or table on the command line)")
