"""The ledger as Markdown that reads like an infobox: one line per figure, then policies, checks, reuse."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from claimledger.claims.model import Claim
from claimledger.ledger.model import DocumentInfo, Event, Figure, Ledger
from claimledger.outputs import text as t

# Characters that would start markup: emphasis, code, links, and "<" where it could open raw HTML.
_MD_SPECIAL = re.compile(r"([\\`*\[\]]|<(?=[A-Za-z/!?]))")


def esc(s: str | None) -> str:
    """Free text (labels, outlets, details) with the characters that would become markup escaped."""
    return _MD_SPECIAL.sub(r"\\\1", s or "")


def code(s: str) -> str:
    """A document or claim id as a code span (ids are shown verbatim)."""
    return f"`{s.replace('`', chr(39))}`"


def render_markdown(ledger: Ledger, claims: Iterable[Claim] | None = None) -> str:
    """The whole ledger: main events, other events, reuse, documents."""
    infos = {d.id: d for d in ledger.documents}
    doc_of = {c.id: c.document for c in claims} if claims is not None else {}
    lines = ["# Ledger", "", _summary(ledger), ""]
    main = [e for e in ledger.events if e.main]
    others = [e for e in ledger.events if not e.main]
    for e in main:
        lines += _event(e, "##", infos, doc_of)
    if others:
        lines += ["## Other events mentioned", "",
                  "Figures the reports give about other happenings (an earlier disaster, a wider war).", ""]
        for e in others:
            lines += _event(e, "###", infos, doc_of)
    lines += _reuse(ledger, infos)
    lines += _documents(ledger)
    return "\n".join(lines).rstrip() + "\n"


def _summary(ledger: Ledger) -> str:
    n_fig = sum(len(e.figures) for e in ledger.events)
    text = (f"{t.plural(len(ledger.documents), 'document')}, {t.plural(len(ledger.events), 'event')}, "
            f"{t.plural(n_fig, 'figure')}. Each value lists the reports that state it; "
            "the status says how the values relate, not which one is right.")
    return text + (f" Rules: {esc(ledger.lexicon)}." if ledger.lexicon else "")


def _event(e: Event, h: str, infos: Mapping[str, DocumentInfo], doc_of: Mapping[str, str]) -> list[str]:
    sub = h + "#"
    out = [f"{h} {esc(e.id)} \u2014 {esc(e.label)}", ""]
    facts = [f"{k}: {esc(v)}" for k, v in (("Place", e.place), ("Date", e.date)) if v]
    facts.append(f"Documents: {len(e.documents)}")
    out += [" \u00b7 ".join(facts), ""]
    if e.figures:
        out += [f"{sub} Figures", ""] + [f"- {esc(t.figure_line(f))}" for f in e.figures] + [""]
    if e.dated:
        out += [f"{sub} Dated facts", ""] + [f"- {esc(t.dated_line(d))}" for d in e.dated] + [""]
    several = [f for f in e.figures if len(f.values) > 1]  # with one value every policy says the same
    if several:
        out += [f"{sub} Reconciliation policies", "",
                "What each policy would conclude where reports give more than one value; a choice for exports, "
                "not a verdict.", ""]
        out += [f"- {esc(t.figure_label(f))}: {t.policies_line(f)}" for f in several] + [""]
    edited = [line for f in e.figures for line in _edited(f, infos, doc_of)]
    if edited:
        out += [f"{sub} Edited figures in copied text", ""] + edited + [""]
    if e.checks:
        out += [f"{sub} Consistency checks", ""]
        out += [f"- {'ok' if c.ok else 'FAILED'} \u2014 {esc(c.rule)}: {esc(c.detail)}" for c in e.checks] + [""]
    return out


def _edited(f: Figure, infos: Mapping[str, DocumentInfo], doc_of: Mapping[str, str]) -> list[str]:
    out = []
    for ed in f.edited:
        a, b = doc_of.get(ed.earlier), doc_of.get(ed.later)
        who_a = t.claimant(infos.get(a), a) if a else None
        who_b = t.claimant(infos.get(b), b) if b else None
        out.append(f"- {esc(t.figure_label(f))}: {esc(t.edited_line(f, ed.earlier, ed.later, who_a, who_b))}")
    return out


def _reuse(ledger: Ledger, infos: Mapping[str, DocumentInfo]) -> list[str]:
    if not ledger.reuse:
        return []
    out = ["## Text reuse", "", "Earlier -> later document, by publication date; copied text is not "
           "independent corroboration.", ""]
    for r in ledger.reuse:
        out.append(f"- {code(r.earlier)} ({_date(infos.get(r.earlier))}) -> {code(r.later)} "
                   f"({_date(infos.get(r.later))}): {r.strength}, score {r.score:.3f}, "
                   f"{t.plural(len(r.passages), 'shared passage')}")
    return out + [""]


def _date(info: DocumentInfo | None) -> str:
    return esc(info.published) if info and info.published else "undated"


def _documents(ledger: Ledger) -> list[str]:
    out = ["## Documents", ""]
    for d in ledger.documents:
        parts = [code(d.id), _date(d), esc(d.outlet) or "outlet unknown"]
        if d.language:
            parts.append(esc(d.language))
        if d.framing is not None:
            parts.append(f"framing {d.framing:.2f}")
        line = "- " + " \u2014 ".join(parts)
        out.append(line + (f": {esc(d.title)}" if d.title else ""))
    return out + [""]
