"""Jinja2 rendering for the web pages (autoescape always on), and the one error response shape."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from claimledger.outputs import text as words
from claimledger.outputs.anchors import claim_anchor, doc_anchor

TEMPLATES = Path(__file__).parent / "templates"


def _q(value: object) -> str:
    """A path segment or query value: every character that is not plainly safe percent-encoded."""
    return quote(str(value), safe="")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name ends with: document text is data
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["q"] = _q
    env.globals.update(
        words=words,
        claim_anchor=claim_anchor,
        doc_anchor=doc_anchor,
    )
    return env


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def wants_html(request: Request) -> bool:
    """A browser asking for a page (not an API client, which gets JSON errors)."""
    return "text/html" in request.headers.get("accept", "") and not request.url.path.startswith("/api/")


def error(request: Request, status: int, code: str, message: str) -> Response:
    """The one error shape: JSON {"error": code, "message": ...}, or the same words as a page for browsers."""
    if wants_html(request):
        return page(request, "error.html.j2", status=status, code=code, message=message, status_code=status)
    return JSONResponse({"error": code, "message": message}, status_code=status)
