"""Uploads: several files at once are ingested and appear in the ledger; too large and unknown types are refused."""

from __future__ import annotations

from fastapi.testclient import TestClient

GAMMA = b"The coroner in the village of Pellow said on June 6, 2024 that 19 people were killed in the flood of June 3, 2024.\n"
DELTA = b"Volunteers in the village of Pellow said 55 people were injured in the flood of June 3, 2024.\n"


def _documents(client: TestClient) -> list[str]:
    return [d["id"] for d in client.get("/api/documents").json()]


def test_uploads_several_files_are_ingested_and_shown_in_the_ledger(client: TestClient) -> None:
    files = [("files", ("gamma.txt", GAMMA, "text/plain")), ("files", ("delta.txt", DELTA, "text/plain"))]
    r = client.post("/upload", files=files)
    assert r.status_code == 200, r.text
    assert 'href="/documents/gamma.txt"' in r.text and 'href="/documents/delta.txt"' in r.text
    assert {"gamma.txt", "delta.txt"} <= set(_documents(client))
    ledger = client.get("/api/ledger").json()
    values = {(f["measure"], v["value"]) for e in ledger["events"] for f in e["figures"] for v in f["values"]}
    assert ("killed", 19) in values and ("wounded", 55) in values
    page = "".join(client.get(f"/events/{e['id']}").text for e in ledger["events"])
    assert '<strong class="num">19</strong>' in page


def test_uploads_same_file_twice_is_unchanged(client: TestClient) -> None:
    client.post("/upload", files=[("files", ("gamma.txt", GAMMA, "text/plain"))])
    r = client.post("/api/documents", files=[("files", ("gamma.txt", GAMMA, "text/plain"))])
    assert r.status_code == 201
    assert r.json()["unchanged"] == 1 and r.json()["added"] == 0


def test_uploads_too_large_is_413_naming_the_file(client: TestClient) -> None:
    big = b"Words about the flood. " * 200  # over the fixture's 2000-byte limit
    files = [("files", ("gamma.txt", GAMMA, "text/plain")), ("files", ("huge.txt", big, "text/plain"))]
    r = client.post("/upload", files=files)
    assert r.status_code == 413
    assert r.json()["error"] == "too_large"
    assert "huge.txt" in r.json()["message"] and "2,000" in r.json()["message"]
    assert "gamma.txt" not in _documents(client)  # refused whole, before anything was stored


def test_uploads_unknown_type_is_refused_clearly(client: TestClient) -> None:
    r = client.post("/upload", files=[("files", ("scan.pdf", b"%PDF-1.4 ...", "application/pdf"))])
    assert r.status_code == 415
    body = r.json()
    assert body["error"] == "unsupported" and "scan.pdf" in body["message"] and ".txt" in body["message"]


def test_uploads_no_file_is_a_usage_error(client: TestClient) -> None:
    r = client.post("/upload", files=[("files", ("", b"", "application/octet-stream"))])
    assert r.status_code == 400


def test_uploads_rejected_files_are_listed_on_the_result_page(client: TestClient) -> None:
    files = [("files", ("empty.txt", b"", "text/plain")), ("files", ("gamma.txt", GAMMA, "text/plain"))]
    r = client.post("/upload", files=files)
    assert r.status_code == 200
    assert "Skipped" in r.text and "empty.txt" in r.text
    assert "gamma.txt" in _documents(client)


def test_uploads_folder_names_sent_by_the_client_are_dropped(client: TestClient) -> None:
    r = client.post("/api/documents", files=[("files", ("../../etc/gamma.txt", GAMMA, "text/plain"))])
    assert r.json()["documents"] == [{"file": "gamma.txt", "document": "gamma.txt", "status": "added"}]


def test_uploads_jsonl_records_become_documents(client: TestClient) -> None:
    records = (b'{"id": "rec-1", "date": "2024-06-06", "text": "In the village of Pellow, 19 people were killed in'
               b' the flood of June 3, 2024, the coroner said."}\n')
    r = client.post("/api/documents", files=[("files", ("batch.jsonl", records, "application/jsonl"))])
    assert r.json()["added"] == 1
    assert "rec-1" in _documents(client)


def test_uploads_a_body_past_the_request_limit_is_refused_from_its_length(client: TestClient) -> None:
    from claimledger.web.security import FILES_PER_REQUEST

    huge = b"x" * (2000 * FILES_PER_REQUEST + 70 * 1024)  # the fixture allows 2000 bytes per file
    r = client.post("/upload", content=huge, headers={"content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413 and r.json()["error"] == "too_large"
