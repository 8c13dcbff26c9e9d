"""API documentation served without any CDN: a page built from the app's own OpenAPI schema."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from claimledger.web.render import page

router = APIRouter(include_in_schema=False)


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of an OpenAPI schema: method, path, summary and parameters, in path order."""
    out = []
    for path, operations in schema.get("paths", {}).items():
        for method, op in operations.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                      for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {})
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "parameters": params, "body": ", ".join(body)})
    return out


@router.get("/docs", response_class=HTMLResponse)
@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    return page(request, "api.html.j2", endpoints=endpoints(schema), title=schema["info"]["title"],
                version=schema["info"]["version"])
