"""Outputs stage: Ledger -> JSON, CSV, Markdown, tables, wikitext, JSON-LD, HTML report."""
