"""Wikitext infobox lines with claimants: '| wounded = 487 (AZERTAC, 2012; Azernews, 2021); 475 (...)'."""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimledger.ledger.model import DocumentInfo, Event, Figure, Ledger
from claimledger.outputs import text as t

# Characters that wikitext would read as markup (links, templates, parameters, tables, tags, bold).
_WIKI_SPECIAL = re.compile(r"[\[\]{}|<>=~&\n]|''")
_PARAM_UNSAFE = re.compile(r"[^a-z0-9_]+")

NOTE = ("<!-- claimledger: each value with the reports that state it (outlet or document, year of "
        "publication); values are listed, not ranked. -->")


def wiki_text(s: str) -> str:
    """Free text as literal wikitext: wrapped in <nowiki> when it holds markup characters."""
    if not _WIKI_SPECIAL.search(s):
        return s
    return "<nowiki>" + s.replace("&", "&amp;").replace("<", "&lt;").replace("\n", " ") + "</nowiki>"


def param_name(f: Figure, with_unit: bool = False) -> str:
    """'wounded', 'killed_children'; the unit joins when two figures share measure and subgroup."""
    parts = [f.measure] + ([f.subgroup] if f.subgroup else []) + ([f.unit] if with_unit else [])
    return _PARAM_UNSAFE.sub("_", "_".join(parts).lower()).strip("_") or "figure"


def figure_value(f: Figure, infos: Mapping[str, DocumentInfo]) -> str:
    """'487 (AZERTAC, 2012; Azernews, 2021); 475 (000.txt, 2020)'."""
    parts = []
    for v in f.values:
        who = "; ".join(wiki_text(c) for c in t.claimants(v.documents, infos))
        parts.append(f"{wiki_text(t.value_text(v, f.unit))} ({who})")
    return "; ".join(parts)


def event_block(e: Event, infos: Mapping[str, DocumentInfo]) -> list[str]:
    keys = [(f.measure, f.subgroup) for f in e.figures]
    lines = ["{{Infobox event", f"| title = {wiki_text(e.label)}"]
    lines += [f"| {k} = {wiki_text(v)}" for k, v in (("place", e.place), ("date", e.date)) if v]
    for f in e.figures:
        clash = keys.count((f.measure, f.subgroup)) > 1
        lines.append(f"| {param_name(f, clash)} = {figure_value(f, infos)}")
    return lines + ["}}"]


def render_wikitext(ledger: Ledger) -> str:
    infos = {d.id: d for d in ledger.documents}
    lines = [NOTE]
    for e in ledger.events:
        if not e.main:
            lines.append(f"<!-- {e.id}: figures of another event the reports mention in passing -->")
        lines += event_block(e, infos)
    return "\n".join(lines) + "\n"
