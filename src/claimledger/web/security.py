"""Who may talk to the server: the access token, loopback-only hosts without one, same-origin writes, headers."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from claimledger.web.render import error

COOKIE = "claimledger_token"
# Host names that reach this machine only; without a token the server answers no other Host header, so a
# web page elsewhere cannot read the ledger through a DNS name rebound to 127.0.0.1.
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
# The pages load their own stylesheet and script only; document text can never bring a script in.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The report is one self-contained file with inline style and script, and loads nothing else.
REPORT_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
              "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

Next = Callable[[Request], Awaitable[Response]]


def is_loopback(host: str) -> bool:
    """True for addresses and names that only this machine can reach."""
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def _presented(request: Request, token: str) -> bool:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer ") and _same(auth[7:].strip(), token):
        return True
    cookie = request.cookies.get(COOKIE)
    return cookie is not None and _same(cookie, token)


def _without_token(request: Request) -> str:
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
    return request.url.path + (f"?{query}" if query else "")


def _remember(response: Response, token: str) -> Response:
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


def _host_ok(request: Request, token: str | None) -> bool:
    if token is not None:
        return True
    host = request.headers.get("host", "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in LOOPBACK_NAMES


def _origin_ok(request: Request) -> bool:
    """A write must come from one of our own pages (or from a client that sends no Origin)."""
    origin = request.headers.get("origin")
    if request.method in SAFE_METHODS or origin is None:
        return True
    host = request.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


# A request body may carry this many files of the upload limit each (plus multipart framing) before it is
# refused from its Content-Length alone, before a byte of it is spooled to disk.
FILES_PER_REQUEST = 20


def install(app: FastAPI, token: str | None, upload_max_bytes: int | None = None) -> None:
    """Add the access rules and the security headers to every response of `app`."""
    body_limit = None if upload_max_bytes is None else upload_max_bytes * FILES_PER_REQUEST + 64 * 1024

    @app.middleware("http")
    async def guard(request: Request, call_next: Next) -> Response:
        length = request.headers.get("content-length", "")
        if body_limit is not None and length.isdigit() and int(length) > body_limit:
            return error(request, 413, "too_large",
                         f"the upload is {int(length)} bytes; at most {FILES_PER_REQUEST} files of "
                         f"{upload_max_bytes} bytes each go in one request")
        if not _host_ok(request, token):
            return error(request, 400, "usage", "this server answers on 127.0.0.1 or localhost only")
        if not _origin_ok(request):
            return error(request, 403, "forbidden", "cross-site writes are refused")
        response = await _checked(request, call_next, token)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # Not "no-referrer": with it, Chromium sends "Origin: null" on our own form posts.
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response


async def _checked(request: Request, call_next: Next, token: str | None) -> Response:
    if token is None:
        return await call_next(request)
    given = request.query_params.get("token")
    if given is not None:
        if not _same(given, token):
            return error(request, 401, "unauthorized", "wrong token")
        if request.method in SAFE_METHODS:  # drop the token from the address bar; the cookie carries it
            return _remember(RedirectResponse(_without_token(request), status_code=303), token)
        return _remember(await call_next(request), token)
    if not _presented(request, token):
        return error(request, 401, "unauthorized",
                     "this server needs its token: send 'Authorization: Bearer TOKEN' or open any page once "
                     "with ?token=TOKEN")
    return await call_next(request)
