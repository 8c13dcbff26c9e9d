"""Every page renders over an invented corpus; unknown ids are 404 with the JSON error shape."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

PAGES = ["/", "/events/e1", "/documents/alpha.txt", "/documents/xss.txt", "/compare",
         "/compare?a=alpha.txt&b=beta.txt", "/api", "/docs", "/openapi.json"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_every_page_answers(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("path", ["/events/e99", "/documents/no-such.txt", "/compare?a=alpha.txt&b=nope.txt",
                                  "/api/documents/nope.txt", "/api/events/e42", "/api/claims?document=nope",
                                  "/no/such/page"])
def test_pages_unknown_ids_are_404_with_error_shape(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    body = r.json()
    assert body["error"] == "not_found" and body["message"]


def test_pages_browsers_get_the_error_as_a_page(client: TestClient) -> None:
    r = client.get("/events/e99", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"] and "no event" in r.text


def test_pages_overview_lists_documents_and_events(client: TestClient) -> None:
    html = client.get("/").text
    for doc_id in ("alpha.txt", "beta.txt", "xss.txt"):
        assert f'href="/documents/{doc_id}"' in html
    assert "Pellow Gazette" in html and "2024-06-04" in html
    assert 'href="/events/e1"' in html
    assert 'type="file"' in html and "multiple" in html and 'id="dropzone"' in html


def test_pages_event_shows_every_value_and_marks_conflicts(client: TestClient) -> None:
    html = client.get("/events/e1").text
    killed = re.search(r'<tr id="(fig-e1-killed[^"]*)" class="figure status-(\w+)"', html)
    assert killed is not None and killed.group(2) == "conflict"
    for value in ("12", "15", "7", "40", "about 300"):
        assert f'<strong class="num">{value}</strong>' in html


def test_pages_document_links_each_claim_to_its_ledger_row(client: TestClient) -> None:
    html = client.get("/documents/alpha.txt").text
    link = re.search(r'<a class="claim-link" href="/events/e1#(fig-[^"]+)"><mark class="claim" data-claim="(c\d+)"'
                     r' id="claim-c\d+" title="([^"]+)">12 people</mark>', html)
    assert link is not None, html
    assert link.group(3).startswith("Killed: 12")
    event = client.get("/events/e1").text
    assert f'<tr id="{link.group(1)}"' in event


def test_pages_document_marks_framing_spans_with_techniques(client: TestClient) -> None:
    html = client.get("/documents/beta.txt").text
    assert re.search(r'<span class="frame" title="Loaded Language[^"]*">shameful</span>', html)


def test_pages_compare_marks_reused_passages_on_both_sides(client: TestClient) -> None:
    html = client.get("/compare?a=alpha.txt&b=beta.txt").text
    assert html.count('class="reused"') >= 4  # two passages, each on both sides
    assert "Rescue teams worked through the night" in html


@pytest.mark.parametrize("fmt,media", [("json", "application/json"), ("csv", "text/csv"), ("md", "text/markdown"),
                                       ("wikitext", "text/plain"), ("jsonld", "application/ld+json")])
def test_pages_exports_serve_each_format(client: TestClient, fmt: str, media: str) -> None:
    r = client.get(f"/export/ledger.{fmt}")
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert "15" in r.text


def test_pages_unknown_export_format_is_a_usage_error(client: TestClient) -> None:
    r = client.get("/export/ledger.xml")
    assert r.status_code == 400 and r.json()["error"] == "usage"


def test_pages_report_is_served_self_contained(client: TestClient) -> None:
    pytest.importorskip("claimledger.outputs.report", reason="the HTML report renderer is not written yet")
    r = client.get("/report.html")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_pages_api_docs_need_no_network(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/api/ledger" in html and "/openapi.json" in html
    assert "cdn" not in html.lower() and "https://" not in html
