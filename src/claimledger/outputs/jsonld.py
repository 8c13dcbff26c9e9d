"""schema.org `Claim` JSON-LD, one per figure value, with its appearances; never a rating.

Fact-checkers exchange claims as schema.org `ClaimReview`s; claimledger records who said what and
rates nothing, so it emits the bare `Claim`s (no `reviewRating`, no `ClaimReview`, no interpreter).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from claimledger.claims.model import Claim
from claimledger.ledger.model import DocumentInfo, Event, Figure, Ledger, Value
from claimledger.outputs import text as t

CONTEXT = "https://schema.org"
ID_PREFIX = "urn:claimledger:claim:"


def claim_id(e: Event, f: Figure, v: Value) -> str:
    """Stable across runs and corpora: a hash of what is claimed (event, measure, subgroup, unit, value,
    bounds, qualifier), never of who claims it or of run-dependent ids."""
    key = json.dumps([e.label, e.place, e.date, f.measure, f.subgroup, f.unit, v.value, v.low, v.high, v.qualifier],
                     ensure_ascii=False, default=str)
    return ID_PREFIX + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _event(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Event", "name": e.label}
    if e.place:
        out["location"] = {"@type": "Place", "name": e.place}
    if e.date:
        start, _, end = e.date.partition("/")
        out["startDate"] = start
        if end:
            out["endDate"] = end
    return out


def _url(info: DocumentInfo | None) -> str | None:
    src = info.source if info else None
    return src if src and src.startswith(("http://", "https://")) else None


def _appearance(doc_id: str, info: DocumentInfo | None, sentences: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork", "identifier": doc_id}
    if info is not None:
        if info.title:
            out["headline"] = info.title
        if (url := _url(info)) is not None:
            out["url"] = url
        if info.published:
            out["datePublished"] = info.published
        if info.outlet:
            out["publisher"] = {"@type": "Organization", "name": info.outlet}
        if info.language:
            out["inLanguage"] = info.language
    if sentences:
        out["text"] = " \u2026 ".join(sentences)
    return out


def _property(f: Figure, v: Value) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "PropertyValue", "name": f.measure, "unitText": f.unit,
                           "description": v.qualifier}
    if f.subgroup:
        out["valueReference"] = f.subgroup
    for key, x in (("value", v.value), ("minValue", v.low), ("maxValue", v.high)):
        if x is not None:
            out[key] = x
    return out


def _sentences(v: Value, by_id: Mapping[str, Claim]) -> dict[str, list[str]]:
    """Document -> the distinct sentences of the value's claims in that document."""
    out: dict[str, list[str]] = {}
    for cid in v.claims:
        c = by_id.get(cid)
        if c is not None and c.sentence and c.sentence not in out.get(c.document, []):
            out.setdefault(c.document, []).append(c.sentence)
    return out


def value_claim(e: Event, f: Figure, v: Value, infos: Mapping[str, DocumentInfo],
                by_id: Mapping[str, Claim]) -> dict[str, Any]:
    """One `Claim`: what is claimed about which event, and every document it appears in."""
    label = f"{t.figure_label(f)}: {t.value_text(v, f.unit)}"
    by_doc = _sentences(v, by_id)
    appearances = [_appearance(d, infos.get(d), by_doc.get(d, [])) for d in v.documents]
    out: dict[str, Any] = {"@type": "Claim", "@id": claim_id(e, f, v), "name": f"{e.label} \u2014 {label}",
                           "about": _event(e), "additionalProperty": _property(f, v), "appearance": appearances}
    dated = [a for a in appearances if a.get("datePublished")]
    if dated:
        out["firstAppearance"] = min(dated, key=lambda a: str(a["datePublished"]))
    return out


def render_jsonld(ledger: Ledger, claims: Iterable[Claim] | None = None) -> str:
    """A JSON-LD document: `@graph` holds one `Claim` per figure value of every event. `claims` (the
    ledger's claims, optional) adds each appearance's stating sentence as its `text`."""
    infos = {d.id: d for d in ledger.documents}
    by_id = {c.id: c for c in claims} if claims is not None else {}
    graph = [value_claim(e, f, v, infos, by_id) for e in ledger.events for f in e.figures for v in f.values]
    return json.dumps({"@context": CONTEXT, "@graph": graph}, indent=2, ensure_ascii=False)
