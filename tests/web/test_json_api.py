"""The JSON API returns SPEC.md shapes, the same bytes the command line prints."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

CLAIM_FIELDS = {"id", "document", "measure", "subgroup", "unit", "value", "low", "high", "qualifier", "event",
                "parent", "attribution", "text", "start", "end", "sentence"}
DOCUMENT_FIELDS = {"id", "title", "published", "published_precision", "outlet", "language", "body"}


def test_json_api_documents_have_spec_fields(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert [d["id"] for d in docs] == ["alpha.txt", "beta.txt", "xss.txt"]
    assert all(DOCUMENT_FIELDS <= d.keys() for d in docs)
    assert docs[0]["outlet"] == "Pellow Gazette" and docs[0]["published"] == "2024-06-04"


def test_json_api_one_document_has_text_claims_and_spans(client: TestClient) -> None:
    doc = client.get("/api/documents/beta.txt").json()
    assert DOCUMENT_FIELDS <= doc.keys()
    assert doc["text"].startswith("The flood in the village of Pellow")
    assert {c["document"] for c in doc["claims"]} == {"beta.txt"}
    assert any(s["text"] == "shameful" for s in doc["framing_spans"])


def test_json_api_claims_have_spec_fields_and_ledger_event_ids(client: TestClient) -> None:
    claims = client.get("/api/claims").json()
    assert claims and all(CLAIM_FIELDS <= c.keys() for c in claims)
    killed = [c for c in claims if c["measure"] == "killed"]
    assert {c["value"] for c in killed} == {12, 15, 7}
    assert {c["event"] for c in killed} == {"e1"}
    text = client.get("/api/documents/alpha.txt").json()["text"]
    assert all(text[c["start"]:c["end"]] == c["text"] for c in claims if c["document"] == "alpha.txt")


def test_json_api_claims_filter_by_document(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"document": "xss.txt"}).json()
    assert claims and {c["document"] for c in claims} == {"xss.txt"}


def test_json_api_ledger_has_spec_shape(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    assert {"documents", "events", "reuse"} <= ledger.keys()
    event = ledger["events"][0]
    assert {"id", "label", "place", "date", "documents", "figures", "checks"} <= event.keys()
    figure = next(f for f in event["figures"] if f["measure"] == "killed")
    assert {"measure", "subgroup", "unit", "status", "values", "policies", "edited"} <= figure.keys()
    assert figure["status"] == "conflict"
    assert {"value", "low", "high", "qualifier", "documents", "independent", "claims"} <= figure["values"][0].keys()
    reuse = ledger["reuse"][0]
    assert {reuse["earlier"], reuse["later"]} == {"alpha.txt", "beta.txt"}
    assert all(len(p["earlier"]) == 2 and len(p["later"]) == 2 for p in reuse["passages"])


def test_json_api_ledger_matches_the_cli_json(client: TestClient, settings) -> None:  # type: ignore[no-untyped-def]
    from claimledger import api
    from claimledger.outputs import render_ledger
    from claimledger.store.sqlite import Store

    with Store(settings.db) as store:
        expected = render_ledger(api.ledger_from_store(store, settings), "json")
    assert client.get("/api/ledger").text == expected


def test_json_api_event_is_one_ledger_event(client: TestClient) -> None:
    event = client.get("/api/events/e1").json()
    assert event == client.get("/api/ledger").json()["events"][0]


@pytest.mark.parametrize("document", [None, "beta.txt"])
def test_json_api_framing_spans_have_spec_fields(client: TestClient, document: str | None) -> None:
    spans = client.get("/api/framing", params={"document": document} if document else {}).json()
    assert spans and all({"document", "start", "end", "text", "techniques", "score"} <= s.keys() for s in spans)
    assert any(s["text"] == "shameful" and "Loaded_Language" in s["techniques"] for s in spans)


def test_json_api_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/documents", "/api/claims", "/api/ledger", "/api/framing"} <= paths.keys()
