"""A small hand-built ledger (invented ferry sinking at an invented port) with its documents, claims and spans.

The model objects are constructed directly, so output tests do not depend on the extraction rules;
claim offsets point at real positions in the invented texts, so highlights can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.framing.model import Span
from claimledger.ledger.model import (Check, DatedFigure, DatedValue, DocumentInfo, Edited, Event, Figure, Ledger,
                                      Passage, Reuse, Value)

TEXTS = {
    "a.txt": ("Ferry sinks off Port Elwin\n"
              "Nine people died when the ferry Marla sank off Port Elwin on Wednesday, the coastguard said.\n"
              "Officials said 487 people were injured and at least 161 passengers were rescued.\n"
              "In the 1998 storm, 41 people were killed.\n"
              "The Justice for Marla campaign began in 2008.\n"),
    "b.txt": ("Rescuers said about 200 people were pulled from the water.\n"
              "Hospitals treated 487 injured people overnight.\n"
              "Six children were among the dead.\n"
              "Between 40 and 50 homes on the quay were destroyed.\n"),
    "c.txt": ("Officials said 475 people were injured and hundreds of passengers were rescued.\n"
              "The death toll has risen to 14.\n"
              "It was a shameful disaster.\n"
              "The Justice for Marla campaign began in 2009.\n"),
    "d.txt": ("A total of 487 people were hurt, according to the hospital.\n"
              "Up to 60% of homes were flooded.\n"),
}
META = {
    "a.txt": dict(published="2024-05-01", outlet="Harbour Gazette", title="Ferry sinks off Port Elwin", body_start=27),
    "b.txt": dict(published="2024-05-01", outlet="Coast Radio"),
    "c.txt": dict(published="2024-05-03", outlet=None),
    "d.txt": dict(published="2024-05-02", outlet="Daily Tide"),
}


def locate(doc_id: str, number: str, after: str = "") -> tuple[int, int, int, str]:
    """(start, end) of `number` in the document (after `after`), its line's start and the line."""
    text = TEXTS[doc_id]
    start = text.index(number, text.index(after) if after else 0)
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:text.index("\n", start)]
    return start, start + len(number), line_start, line


def make_claim(cid: str, doc_id: str, number: str, measure: str, value: float | None, *, after: str = "",
               qualifier: str = "exact", low: float | None = None, high: float | None = None,
               subgroup: str | None = None, unit: str = "people", event: str = "main") -> Claim:
    start, end, line_start, line = locate(doc_id, number, after)
    if qualifier == "exact":
        low = value if low is None else low
        high = value if high is None else high
    return Claim(id=cid, document=doc_id, measure=measure, subgroup=subgroup, unit=unit, value=value, low=low,
                 high=high, qualifier=qualifier, event=event, parent=None, attribution=None, text=number,
                 start=start, end=end, sentence=line, sentence_start=line_start, number_start=start, number_end=end)


CLAIMS = [
    make_claim("c1", "a.txt", "Nine", "killed", 9),
    make_claim("c2", "a.txt", "487", "wounded", 487),
    make_claim("c3", "a.txt", "161", "rescued", 161, qualifier="at_least", low=161),
    make_claim("c4", "a.txt", "41", "killed", 41, event="storm_1998"),
    make_claim("c5", "b.txt", "200", "rescued", 200, qualifier="about"),
    make_claim("c6", "b.txt", "487", "wounded", 487),
    make_claim("c7", "b.txt", "Six", "killed", 6, subgroup="children"),
    make_claim("c8", "b.txt", "40 and 50", "homes_destroyed", None, qualifier="range", low=40, high=50, unit="homes"),
    make_claim("c9", "c.txt", "475", "wounded", 475),
    make_claim("c10", "c.txt", "hundreds", "rescued", None, qualifier="vague", low=200),
    make_claim("c11", "c.txt", "14", "killed", 14),
    make_claim("c12", "d.txt", "487", "wounded", 487),
    make_claim("c13", "d.txt", "60", "homes_flooded", 60, qualifier="up_to", high=60, unit="percent"),
]


def value(v: float | None, docs: tuple[str, ...], claims: tuple[str, ...], independent: int | None = None,
          qualifier: str = "exact", low: float | None = None, high: float | None = None) -> Value:
    if qualifier == "exact":
        low, high = v, v
    return Value(value=v, low=low, high=high, qualifier=qualifier, documents=docs,
                 independent=len(docs) if independent is None else independent, claims=claims)


POLICIES = {"range": [475, 487], "conservative": 487, "independent_majority": 487, "latest": 475}
RULES = {"range": "minimum and maximum of all stated values", "conservative": "lowest value stated by at least 2 "
         "independent sources", "independent_majority": "most independent sources (2)",
         "latest": "value of the most recent report"}


def figures() -> tuple[Figure, ...]:
    return (
        Figure("wounded", None, "people", "conflict",
               (value(487, ("a.txt", "b.txt", "d.txt"), ("c2", "c6", "c12"), independent=2),
                value(475, ("c.txt",), ("c9",))),
               POLICIES, RULES, (Edited("c2", "c9"),)),
        Figure("killed", None, "people", "evolving",
               (value(9, ("a.txt",), ("c1",)), value(14, ("c.txt",), ("c11",))),
               {"range": [9, 14], "conservative": 9, "independent_majority": None, "latest": 14}),
        Figure("rescued", None, "people", "conflict",
               (value(161, ("a.txt",), ("c3",), qualifier="at_least", low=161),
                value(200, ("b.txt",), ("c5",), qualifier="about"),
                value(None, ("c.txt",), ("c10",), qualifier="vague", low=200)),
               {"range": [161, 200], "conservative": 161, "independent_majority": None, "latest": 200}),
        Figure("killed", "children", "people", "single", (value(6, ("b.txt",), ("c7",)),),
               {"range": [6, 6], "conservative": 6, "independent_majority": 6, "latest": 6}),
        Figure("homes_destroyed", None, "homes", "agree",
               (value(None, ("b.txt",), ("c8",), qualifier="range", low=40, high=50),),
               {"range": [40, 50], "conservative": 40, "independent_majority": 40, "latest": 40}),
        Figure("homes_flooded", None, "percent", "single",
               (value(60, ("d.txt",), ("c13",), qualifier="up_to", high=60),),
               {"range": [60, 60], "conservative": 60, "independent_majority": 60, "latest": 60}),
    )


def infos() -> tuple[DocumentInfo, ...]:
    out = []
    for doc_id, text in TEXTS.items():
        m = META[doc_id]
        out.append(DocumentInfo(id=doc_id, title=m.get("title"), published=m["published"], published_precision="day",
                                outlet=m["outlet"], language="en", body=(m.get("body_start", 0), len(text)),
                                framing=0.25 if doc_id == "c.txt" else 0.0, source=f"/corpus/{doc_id}"))
    return tuple(out)


def build_ledger() -> Ledger:
    a_line = locate("a.txt", "Officials")[2]
    c_line = 0
    main = Event(id="e1", label="Port Elwin, 2024-05-01", place="Port Elwin", date="2024-05-01",
                 documents=tuple(TEXTS), figures=figures(),
                 checks=(Check("parts_within_whole", True, "killed children (6) <= killed (9)",
                               {"parts": {"children": 6}, "whole": 9}, ("c1", "c7")),
                         Check("sum_within_population", False, "killed + wounded (501) > population (400)",
                               {"sum": 501, "population": 400}, ("c1", "c2"))),
                 dated=(DatedFigure("justice for marla campaign launched", "conflict",
                                    (DatedValue("2008", ("a.txt",), ("d1",)), DatedValue("2009", ("c.txt",), ("d2",)))),))
    other = Event(id="e2", label="1998 storm", place=None, date="1998", documents=("a.txt",),
                  figures=(Figure("killed", None, "people", "single", (value(41, ("a.txt",), ("c4",)),),
                                  {"range": [41, 41], "conservative": 41, "independent_majority": 41, "latest": 41}),),
                  main=False)
    reuse = (Reuse("a.txt", "c.txt", 0.41, "strong", (Passage((a_line, a_line + 40), (c_line, c_line + 40)),)),
             Reuse("b.txt", "d.txt", 0.08, "weak", (Passage((60, 80), (0, 20)),)))
    return Ledger(documents=infos(), events=(main, other), reuse=reuse, lexicon="test-rules/1")


def documents() -> list[Document]:
    out = []
    for doc_id, text in TEXTS.items():
        m = META[doc_id]
        out.append(Document(id=doc_id, text=text, source=f"/corpus/{doc_id}", body_start=m.get("body_start", 0),
                            title=m.get("title"), published=m["published"], published_precision="day",
                            outlet=m["outlet"], language="en"))
    return out


def spans() -> list[Span]:
    start = TEXTS["c.txt"].index("shameful disaster")
    return [Span("c.txt", start, start + len("shameful disaster"), "shameful disaster", ("Loaded_Language",), 0.8,
                 "loaded:shameful")]


@dataclass
class Corpus:
    ledger: Ledger
    documents: list[Document]
    claims: list[Claim]
    spans: list[Span]
    extra: dict[str, Any] = field(default_factory=dict)


@pytest.fixture
def small() -> Corpus:
    return Corpus(build_ledger(), documents(), list(CLAIMS), spans())


# Written for these tests: text and metadata that carry script payloads.
XSS = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>'


@pytest.fixture
def hostile() -> Corpus:
    """The small corpus plus a document whose text, title, outlet and id carry markup, with a claim,
    a framing span, a reuse passage, a check and an event label over or beside the payload."""
    text = f"Quay fire\n{XSS}\nFirefighters said 11 people were injured. {XSS}\n"
    doc_id = 'x<b>"evil".txt'
    start = text.index("11")
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:text.index("\n", start)]
    claim = Claim(id="c99", document=doc_id, measure="wounded", subgroup="<i>x</i>", unit="people", value=11, low=11,
                  high=11, qualifier="exact", event="main", parent=None, attribution=None, text="11", start=start,
                  end=start + 2, sentence=line, sentence_start=line_start, number_start=start, number_end=start + 2)
    payload = text.index("<script>")
    span = Span(doc_id, payload, payload + 25, text[payload:payload + 25], ("Loaded_Language",), 0.9, XSS)
    info = DocumentInfo(id=doc_id, title=XSS, published="2024-05-04", published_precision="day", outlet=XSS,
                        language="en", body=(0, len(text)), framing=None, source="javascript:alert(1)")
    fig = Figure("wounded", "<i>x</i>", "people", "conflict",
                 (value(11, (doc_id,), ("c99",)), value(12, ("a.txt",), ())),
                 {"range": [11, 12], "conservative": 11, "independent_majority": None, "latest": 11}, {"range": XSS})
    event = Event(id="e3", label=XSS, place=XSS, date="2024-05-04", documents=(doc_id,), figures=(fig,),
                  checks=(Check(XSS, False, XSS, {}, ("c99",)),),
                  dated=(DatedFigure(XSS, "conflict", (DatedValue(XSS, (doc_id,), ("d9",)),)),))
    base = build_ledger()
    ledger = replace(base, documents=base.documents + (info,), events=base.events + (event,),
                     reuse=base.reuse + (Reuse("a.txt", doc_id, 0.5, "strong", (Passage((0, 20), (payload, payload + 60)),)),))
    doc = Document(id=doc_id, text=text, source="javascript:alert(1)", title=XSS, published="2024-05-04",
                   published_precision="day", outlet=XSS, language="en", url="javascript:alert(1)")
    return Corpus(ledger, documents() + [doc], list(CLAIMS) + [claim], spans() + [span], {"doc_id": doc_id})
