"""The self-contained HTML report: corpus, per-event figures with their sentences, charts, reuse, checks,
and every document with its claims and framing highlighted. One file, no network requests.

All document text reaches the page through Jinja2 with autoescape on (as data, never as markup);
the SVG built in `svg.py` escapes its own strings.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.framing.model import Span
from claimledger.ledger.model import DocumentInfo, Event, Figure, Ledger, Reuse, Value
from claimledger.outputs import anchors as a
from claimledger.outputs import svg
from claimledger.outputs import text as t
from claimledger.outputs.highlight import Mark, Segment, excerpt, segments, sentence_parts

# Figures whose values are charted over publication dates.
CHARTED = ("conflict", "evolving")
# Sentences listed under one value; past this the value cell says how many more there are.
MAX_SENTENCES = 40
# Characters of each shared passage shown in the reuse section.
PASSAGE_CHARS = 1500
# Qualifiers whose bound is a floor (drawn with an upward arrow on the charts).
FLOORS = ("at_least", "more_than", "vague")


@dataclass(frozen=True)
class Cite:
    anchor: str  # the document section's id
    text: str  # "NWS, 2025-03-15"


@dataclass(frozen=True)
class Sentence:
    before: str
    marked: str
    after: str
    claim: str
    cite: Cite


@dataclass(frozen=True)
class ValueView:
    anchor: str
    text: str
    reports: int
    independent: int
    cites: list[Cite]
    sentences: list[Sentence]
    more: int


@dataclass(frozen=True)
class FigureView:
    anchor: str
    label: str
    unit: str
    status: str
    values: list[ValueView]
    policies: list[tuple[str, str, str]]
    edited: list[str]
    chart: Markup


@dataclass(frozen=True)
class DocView:
    id: str
    anchor: str
    info: DocumentInfo | None
    title: str | None
    url: str | None
    length: int
    body_length: int
    segments: list[Segment]


class Context:
    """Lookups shared by the sections: documents by id, claims by id, claim -> ledger row."""

    def __init__(self, ledger: Ledger, documents: Sequence[Document], claims: Sequence[Claim]) -> None:
        self.ledger = ledger
        self.infos = {d.id: d for d in ledger.documents}
        self.docs = {d.id: d for d in documents}
        self.claims = {c.id: c for c in claims}
        self.rows = a.claim_rows(ledger.events)

    def cite(self, doc_id: str) -> Cite:
        info = self.infos.get(doc_id)
        name = (info.outlet if info and info.outlet else None) or doc_id
        when = info.published if info and info.published else None
        return Cite(a.doc_anchor(doc_id), f"{name}, {when}" if when else name)


def claim_title(c: Claim) -> str:
    """Tooltip of a highlighted claim: 'killed (children): 6'."""
    what = c.measure + (f" ({c.subgroup})" if c.subgroup else "")
    return f"{what}: {t.value_text(c, c.unit)}"


def _sentence(c: Claim, ctx: Context) -> Sentence:
    start, end = (c.number_start, c.number_end) if c.number_end > c.number_start else (c.start, c.end)
    before, marked, after = sentence_parts(c.sentence or c.text, c.sentence_start if c.sentence else c.start,
                                           start, end)
    return Sentence(before, marked, after, c.id, ctx.cite(c.document))


def _value(f: Figure, v: Value, anchor: str, ctx: Context) -> ValueView:
    found = [ctx.claims[cid] for cid in v.claims if cid in ctx.claims]
    sentences = [_sentence(c, ctx) for c in found[:MAX_SENTENCES]]
    return ValueView(anchor, t.value_text(v, f.unit), len(v.documents), v.independent,
                     [ctx.cite(d) for d in v.documents], sentences, max(0, len(found) - MAX_SENTENCES))


def _plotted(v: Value) -> tuple[float | None, float | None, float | None]:
    """Where a value sits on a chart: the stated number, else the middle of its range, else its one bound."""
    low = v.low if v.low is not None else v.value
    high = v.high if v.high is not None else v.value
    if v.value is not None:
        return v.value, low, high
    if low is not None and high is not None:
        return (low + high) / 2, low, high
    return (low if low is not None else high), low, high


def _points(f: Figure, ctx: Context) -> list[svg.Point]:
    """One point per dated report of each value (undated reports cannot be placed)."""
    points = []
    for i, v in enumerate(f.values):
        y, low, high = _plotted(v)
        if y is None:
            continue
        for d in v.documents:
            info = ctx.infos.get(d)
            when = svg.parse_date(info.published if info else None)
            if when is None:
                continue
            who = t.claimant(info, d)
            points.append(svg.Point(when, float(y), low, high, v.qualifier in FLOORS,
                                    t.value_text(v, f.unit, with_unit=False),
                                    f"{who} ({info.published if info else ''}): {t.value_text(v, f.unit)}", i))
    return sorted(points, key=lambda p: p.when)


def _edited(f: Figure, ctx: Context) -> list[str]:
    out = []
    for ed in f.edited:
        who = [ctx.cite(ctx.claims[c].document).text if c in ctx.claims else None for c in (ed.earlier, ed.later)]
        out.append(t.edited_line(f, ed.earlier, ed.later, who[0], who[1]))
    return out


def _figure(e: Event, f: Figure, anchor: str, ctx: Context) -> FigureView:
    values = [_value(f, v, a.value_anchor(anchor, n), ctx) for n, v in enumerate(f.values)]
    names = list(t.POLICY_WORDS) + [k for k in f.policies if k not in t.POLICY_WORDS]
    policies = [(t.POLICY_WORDS.get(k, k), t.policy_value(f.policies[k], f.unit), f.policy_rules.get(k, ""))
                for k in names if k in f.policies]
    chart = Markup("")
    if f.status in CHARTED:
        series = [f"{t.value_text(v, f.unit, with_unit=False)} ({t.support_text(v)})" for v in f.values]
        chart = svg.timeline(_points(f, ctx), series, f"{e.label}: {t.figure_label(f)} by publication date")
    return FigureView(anchor, t.figure_label(f), f.unit, f.status, values, policies, _edited(f, ctx), chart)


def _event(e: Event, ctx: Context) -> dict[str, Any]:
    anchors = a.figure_anchors(e)
    return {
        "event": e, "anchor": f"event-{a.slug(e.id)}",
        "lines": [t.figure_line(f) for f in e.figures],
        "dated_lines": [t.dated_line(d) for d in e.dated],
        "figures": [_figure(e, f, anchors[i], ctx) for i, f in enumerate(e.figures)],
        "dated": [(t.dated_label(d.what), d.status, [(v.date, [ctx.cite(x) for x in v.documents]) for v in d.values])
                  for d in e.dated],
        "checks": [(c, [(cid, a.claim_anchor(cid)) for cid in c.claims]) for c in e.checks],
        "cites": [ctx.cite(d) for d in e.documents],
    }


def _doc_marks(doc: Document, claims: Sequence[Claim], spans: Sequence[Span], ctx: Context) -> list[Mark]:
    marks = []
    for c in claims:
        row = ctx.rows.get(c.id)
        marks.append(Mark(c.start, c.end, "claim", c.id, {
            "id": c.id, "anchor": a.claim_anchor(c.id), "title": claim_title(c),
            "href": row[0] if row else None}))
    for n, s in enumerate(spans):
        marks.append(Mark(s.start, s.end, "frame", f"s{n}", {"title": ", ".join(s.techniques) + f" ({s.cue})"}))
    return marks


def _documents(documents: Sequence[Document], claims: Sequence[Claim], spans: Sequence[Span],
               ctx: Context) -> list[DocView]:
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    spans_of: dict[str, list[Span]] = defaultdict(list)
    for c in claims:
        claims_of[c.document].append(c)
    for s in spans:
        spans_of[s.document].append(s)
    out = []
    for d in documents:
        segs = segments(d.text, _doc_marks(d, claims_of[d.id], spans_of[d.id], ctx), d.body)
        start, end = d.body
        out.append(DocView(d.id, a.doc_anchor(d.id), ctx.infos.get(d.id), d.title, d.url, len(d.text), end - start,
                           segs))
    return out


def _reuse(ctx: Context) -> dict[str, Any]:
    infos = ctx.infos
    order = sorted({d for r in ctx.ledger.reuse for d in (r.earlier, r.later)},
                   key=lambda d: ((infos[d].published or "9999") if d in infos else "9999", d))
    nodes = [svg.Node(d, (infos[d].outlet or d) if d in infos else d,
                      (infos[d].published or "undated") if d in infos else "", a.doc_anchor(d)) for d in order]
    edges = [svg.Edge(r.earlier, r.later, r.strength == "strong", _reuse_title(r)) for r in ctx.ledger.reuse]
    pairs = [{"reuse": r, "earlier": ctx.cite(r.earlier), "later": ctx.cite(r.later),
              "passages": [_passage(r, p.earlier, p.later, ctx) for p in r.passages]} for r in ctx.ledger.reuse]
    return {"graph": svg.reuse_graph(nodes, edges), "pairs": pairs}


def _reuse_title(r: Reuse) -> str:
    return f"{r.earlier} -> {r.later}: {r.strength} reuse, score {r.score:.3f}, {t.plural(len(r.passages), 'passage')}"


def _passage(r: Reuse, earlier: tuple[int, int], later: tuple[int, int], ctx: Context) -> dict[str, Any]:
    a_doc, b_doc = ctx.docs.get(r.earlier), ctx.docs.get(r.later)
    return {"earlier_span": earlier, "later_span": later,
            "earlier": excerpt(a_doc.text, earlier, PASSAGE_CHARS) if a_doc else "",
            "later": excerpt(b_doc.text, later, PASSAGE_CHARS) if b_doc else ""}


def _script(env: Environment) -> tuple[Markup, str]:
    """The page's one inline script and its CSP hash (the page allows no other script to run)."""
    assert env.loader is not None
    source = env.loader.get_source(env, "report.js")[0]
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"sha256-{digest}"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimledger")
    except PackageNotFoundError:
        return "unknown"


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("claimledger.outputs", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = t.number
    return env


def render_report(ledger: Ledger, documents: Sequence[Document], claims: Sequence[Claim],
                  spans: Sequence[Span]) -> str:
    """One HTML page: no external URLs, inline CSS, SVG and a little JavaScript; printable."""
    documents, claims, spans = list(documents), list(claims), list(spans)
    ctx = Context(ledger, documents, claims)
    events = [_event(e, ctx) for e in ledger.events]
    env = _environment()
    script, script_hash = _script(env)
    return env.get_template("report.html.j2").render(
        script=script,
        script_hash=script_hash,
        version=_version(),
        ledger=ledger,
        main_events=[e for e in events if e["event"].main],
        other_events=[e for e in events if not e["event"].main],
        documents=_documents(documents, claims, spans, ctx),
        infos=ctx.infos,
        reuse=_reuse(ctx),
        counts=_counts(ledger, claims, spans),
    )


def _counts(ledger: Ledger, claims: Sequence[Claim], spans: Sequence[Span]) -> Mapping[str, int]:
    figures = [f for e in ledger.events for f in e.figures]
    return {"documents": len(ledger.documents), "events": len(ledger.events), "figures": len(figures),
            "contested": sum(f.status in CHARTED for f in figures), "claims": len(claims), "spans": len(spans),
            "reuse": len(ledger.reuse), "failed_checks": sum(not c.ok for e in ledger.events for c in e.checks)}
