"""The HTML report: self-contained, every value shown, highlights at the right offsets, links, charts, XSS-proof."""

from __future__ import annotations

import re

import pytest

from claimledger.outputs import anchors
from claimledger.outputs.report import render_report
from claimledger.outputs.text import value_text

from .conftest import Corpus
from .html_probe import Probe, squash

URL_ATTRS = ("src", "href", "xlink:href", "action", "formaction", "poster", "data", "srcset", "background")


def _render(c: Corpus) -> str:
    return render_report(c.ledger, c.documents, c.claims, c.spans)


@pytest.fixture
def report(small: Corpus) -> str:
    return _render(small)


@pytest.fixture
def probe(report: str) -> Probe:
    return Probe(report)


def test_report_is_self_contained(report: str, probe: Probe) -> None:
    for e in probe.elements:
        for attr in URL_ATTRS:
            value = e.attrs.get(attr, "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "data:", "file:")), (e.tag, attr, value)
    assert not probe.find("link") and not probe.find("img") and not probe.find("iframe")
    assert all("src" not in s.attrs for s in probe.find("script"))
    for block in probe.find("style") + probe.find("script"):
        assert "http" not in block.text and "@import" not in block.text and "url(" not in block.text


def test_report_is_printable_and_forbids_other_scripts(report: str) -> None:
    assert "@media print" in report
    assert re.search(r'http-equiv="Content-Security-Policy" content="default-src \'none\';[^"]*script-src \'sha256-',
                     report)


def test_report_shows_every_value_in_its_figure_row(small: Corpus, probe: Probe) -> None:
    for e in small.ledger.events:
        ids = anchors.figure_anchors(e)
        for i, f in enumerate(e.figures):
            row = probe.by_id(ids[i])
            assert row.tag == "tr" and f.status in row.attrs["class"]
            for n, v in enumerate(f.values):
                cell = squash(probe.by_id(anchors.value_anchor(ids[i], n)).text)
                assert cell.startswith(f"{value_text(v, f.unit)} {len(v.documents)} report"), cell


def test_report_highlights_conflict_rows(probe: Probe) -> None:
    assert "status-conflict" in probe.by_id("fig-e1-wounded-all").attrs["class"]
    assert "status-conflict" not in probe.by_id("fig-e1-killed-children").attrs["class"]


def test_report_sentence_marks_the_number_at_the_claim_offsets(small: Corpus, probe: Probe) -> None:
    texts = {d.id: d.text for d in small.documents}
    hits = {e.attrs["data-claim"]: e for e in probe.with_class("hit", "a")}
    assert set(hits) == {c.id for c in small.claims}
    for c in small.claims:
        assert hits[c.id].text == texts[c.document][c.number_start:c.number_end]
        assert hits[c.id].attrs["href"] == f"#{anchors.claim_anchor(c.id)}"
    marks = [m.text for m in probe.find("mark")]
    assert "Nine" in marks and "hundreds" in marks


def test_report_document_highlights_cover_the_claim_text_and_link_to_the_row(small: Corpus, probe: Probe) -> None:
    texts = {d.id: d.text for d in small.documents}
    rows = anchors.claim_rows(small.ledger.events)
    found = {e.attrs["data-claim"]: e for e in probe.with_class("claim", "a") if "data-claim" in e.attrs}
    for c in small.claims:
        el = found[c.id]
        assert el.text == texts[c.document][c.start:c.end]
        assert el.attrs["href"] == f"#{rows[c.id][0]}"
        assert el.attrs["id"] == anchors.claim_anchor(c.id)
        probe.by_id(rows[c.id][0])  # the target row exists, once
    assert found["c2"].attrs["title"] == "wounded: 487"
    assert found["c7"].attrs["title"] == "killed (children): 6"


def test_report_document_text_is_complete_and_framing_is_marked(small: Corpus, probe: Probe) -> None:
    for d in small.documents:
        body = next(e for e in probe.with_class("doc-text", "div") if e in _inside(probe, anchors.doc_anchor(d.id)))
        assert body.text == d.text
    frames = probe.with_class("frame", "span")
    assert [(f.text, f.attrs["title"]) for f in frames if "title" in f.attrs] == [("shameful disaster",
                                                                       "Loaded_Language (loaded:shameful)")]
    furniture = [e.text for e in probe.with_class("furniture", "span")]
    assert "Ferry sinks off Port Elwin\n" in furniture


def _inside(probe: Probe, id_: str) -> list:  # type: ignore[type-arg]
    """Elements after the element with `id_` up to the next element of the same tag (document order)."""
    start = next(i for i, e in enumerate(probe.elements) if e.attrs.get("id") == id_)
    tag = probe.elements[start].tag
    end = next((i for i in range(start + 1, len(probe.elements)) if probe.elements[i].tag == tag), len(probe.elements))
    return probe.elements[start:end]


def test_report_ids_are_unique_and_links_resolve(probe: Probe) -> None:
    ids = probe.ids()
    assert len(ids) == len(set(ids))
    targets = {e.attrs["href"][1:] for e in probe.elements if e.attrs.get("href", "").startswith("#")}
    assert targets - set(ids) == set()


def test_report_charts_contested_figures_only(probe: Probe) -> None:
    charts = {e.attrs["id"] for e in probe.find("figure") if "chart" in e.attrs.get("class", "")}
    assert charts == {"chart-fig-e1-wounded-all", "chart-fig-e1-killed-all", "chart-fig-e1-rescued-all"}
    wounded = _inside(probe, "chart-fig-e1-wounded-all")
    assert any(e.tag == "svg" and "timeline" in e.attrs.get("class", "") for e in wounded)
    labels = squash(" ".join(e.text for e in wounded if e.tag == "text"))
    assert "487" in labels and "475" in labels


def test_report_has_reuse_graph_with_passages_on_demand(small: Corpus, probe: Probe) -> None:
    graph = next(e for e in probe.find("svg") if "reuse" in e.attrs.get("class", ""))
    assert graph is not None
    edges = [e.attrs["class"] for e in probe.find("path") if "edge" in e.attrs.get("class", "")]
    assert edges == ["edge strong", "edge weak"]
    details = probe.with_class("pair", "details")
    assert len(details) == 2
    assert "Officials said 487 people were injured a" in details[0].text
    assert "Officials said 475 people were injured a" in details[0].text


def test_report_lists_checks_dated_facts_and_corpus(probe: Probe, report: str) -> None:
    checks = [squash(e.text) for e in probe.find("tr") if e.attrs.get("class") in ("ok", "failed")]
    assert any(c.startswith("parts_within_whole ok") for c in checks)
    assert any(c.startswith("sum_within_population failed") for c in checks)
    dated = [squash(e.text) for e in probe.find("tr") if e.attrs.get("class") == "status-conflict"
             and "Justice for marla" in e.text]
    assert dated and "2008" in dated[0] and "2009" in dated[0]
    corpus = squash(next(e for e in probe.find("table") if e.attrs.get("class") == "corpus").text)
    assert "Harbour Gazette" in corpus and "2024-05-03" in corpus and "0.25" in corpus
    assert "Other events mentioned" in report and "1998 storm" in report


XSS_TEXT = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>'


def test_report_renders_hostile_document_text_as_text(hostile: Corpus) -> None:
    html = _render(hostile)
    probe = Probe(html)
    scripts = probe.find("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text  # our own script only
    assert not probe.find("img") and not probe.find("i") and not probe.find("b")
    handlers = [(e.tag, k) for e in probe.elements for k in e.attrs if k.lower().startswith("on")]
    assert handlers == []
    links = [e.attrs.get(k, "") for e in probe.elements for k in URL_ATTRS]
    assert not [h for h in links if "javascript:" in h.lower()]
    anchors_ = [e for e in probe.find("a") if e.attrs.get("href", "").startswith("#") or "href" not in e.attrs]
    assert len(anchors_) == len(probe.find("a"))  # every link stays inside the page
    doc_id = hostile.extra["doc_id"]
    text = next(e.text for e in probe.with_class("doc-text", "div") if e in _inside(probe, anchors.doc_anchor(doc_id)))
    assert XSS_TEXT in text  # shown as visible text, character for character


def test_report_hostile_document_with_lxml(hostile: Corpus) -> None:
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(_render(hostile))
    assert len(tree.xpath("//script")) == 1
    assert tree.xpath("//img | //iframe | //object | //embed") == []
    assert tree.xpath("//@*[starts-with(local-name(), 'on')]") == []
    assert [h for h in tree.xpath("//@href | //@src") if "javascript" in h.lower()] == []


def test_report_renders_an_empty_ledger() -> None:
    from claimledger.ledger.model import Ledger

    probe = Probe(render_report(Ledger((), (), ()), [], [], []))
    assert probe.by_id("corpus") and probe.by_id("reuse") and not probe.find("svg")
    assert "No document shares passages with another." in probe.by_id("reuse").text


def test_report_skips_the_chart_when_no_report_is_dated(small: Corpus) -> None:
    from dataclasses import replace

    undated = replace(small.ledger, documents=tuple(replace(d, published=None) for d in small.ledger.documents))
    probe = Probe(render_report(undated, small.documents, small.claims, small.spans))
    assert not [e for e in probe.find("figure") if "chart" in e.attrs.get("class", "")]
    assert not probe.with_class("chart-link")
