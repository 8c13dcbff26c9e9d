"""Access rules and bad input: tokens off loopback, same-origin writes, and document text that stays text."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from claimledger.errors import UsageError
from claimledger.settings import Settings
from claimledger.web.app import create_app, serve
from claimledger.web.security import COOKIE, is_loopback


@pytest.mark.parametrize("host,loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                           ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False),
                                           ("example.org", False), ("::", False)])
def test_security_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_security_serve_refuses_network_bind_without_token(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the server must not start"))
    with pytest.raises(UsageError, match="--token or \\$CLAIMLEDGER_TOKEN"):
        serve("0.0.0.0", 8000, settings, None)


def test_security_serve_binds_network_with_token(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **k: calls.append(k))
    serve("0.0.0.0", 8123, settings, "s3cret")
    assert calls == [{"host": "0.0.0.0", "port": 8123, "log_level": "info", "access_log": False}]  # no token in logs


@pytest.fixture
def guarded(settings: Settings) -> TestClient:
    return TestClient(create_app(settings, token="s3cret"), base_url="http://203.0.113.9:8000")


@pytest.mark.parametrize("path", ["/", "/api/ledger", "/documents/alpha.txt", "/static/app.css", "/openapi.json"])
def test_security_token_required(guarded: TestClient, path: str) -> None:
    r = guarded.get(path)
    assert r.status_code == 401
    assert r.json()["error"] == "unauthorized"


def test_security_bearer_token_accepted(guarded: TestClient) -> None:
    assert guarded.get("/api/ledger", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.get("/api/ledger", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_security_query_token_sets_cookie_once(guarded: TestClient) -> None:
    r = guarded.get("/events/e1?token=s3cret&x=1", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events/e1?x=1"
    cookie = r.headers["set-cookie"].lower()
    assert f"{COOKIE}=s3cret" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert guarded.get("/events/e1").status_code == 200  # the client now sends the cookie


def test_security_wrong_query_token_refused(guarded: TestClient) -> None:
    assert guarded.get("/?token=nope", follow_redirects=False).status_code == 401


def test_security_without_token_only_loopback_hosts_answer(client: TestClient) -> None:
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "rebound.example:8000"}).status_code == 400


def test_security_cross_site_upload_refused(client: TestClient) -> None:
    files = [("files", ("gamma.txt", b"In Pellow 3 people were killed.\n", "text/plain"))]
    r = client.post("/upload", files=files, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert "gamma.txt" not in [d["id"] for d in client.get("/api/documents").json()]
    ok = client.post("/upload", files=files, headers={"origin": "http://127.0.0.1"})
    assert ok.status_code == 200


def test_security_pages_carry_a_script_policy(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


XSS_PAGES = ["/", "/events/e1", "/documents/xss.txt", "/compare?a=xss.txt&b=alpha.txt", "/api"]


@pytest.mark.parametrize("path", XSS_PAGES)
def test_security_script_in_documents_renders_as_text(client: TestClient, path: str, parse_html,  # type: ignore[no-untyped-def]
                                                      find_injected, xss: str) -> None:
    page = parse_html(client.get(path).text)
    assert find_injected(page) == []
    if path in ("/documents/xss.txt", "/compare?a=xss.txt&b=alpha.txt"):
        assert xss in "".join(page.text)
    if path in ("/", "/documents/xss.txt"):
        assert '<script>alert("title")</script>' in "".join(page.text)


def test_security_script_in_upload_result_renders_as_text(client: TestClient, parse_html, find_injected,  # type: ignore[no-untyped-def]
                                                          xss: str) -> None:
    name = '<img src=x onerror=alert(1)>.txt'
    text = f"In the village of Pellow 3 people were killed. {xss}\n".encode()
    r = client.post("/upload", files=[("files", (name, text, "text/plain"))])
    assert r.status_code == 200
    page = parse_html(r.text)
    assert find_injected(page) == []
    assert name in "".join(page.text)


def test_security_script_in_documents_renders_as_text_in_report(client: TestClient, parse_html,  # type: ignore[no-untyped-def]
                                                                find_injected) -> None:
    pytest.importorskip("claimledger.outputs.report", reason="the HTML report renderer is not written yet")
    page = parse_html(client.get("/report.html").text)
    assert find_injected(page, allowed_script_src=(None,)) == []
