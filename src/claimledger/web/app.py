"""The FastAPI application: pages, JSON API, access rules and the one error handler; `serve` runs it."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from claimledger.errors import ClaimLedgerError, UsageError
from claimledger.settings import Settings
from claimledger.web import docs, json_api, pages, security
from claimledger.web.render import error
from claimledger.web.state import AppState

STATIC = Path(__file__).parent / "static"
_HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The web interface over the store `settings.db`; with a token, every request must present it."""
    # Swagger UI and ReDoc load their scripts from a CDN; /docs is our own page built from /openapi.json.
    app = FastAPI(title="claimledger", summary="Source-attributed ledger of figures in news reports",
                  docs_url=None, redoc_url=None)
    app.state.claimledger = AppState(settings, token or None)
    security.install(app, token or None, settings.upload_max_bytes)
    _handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(json_api.router)
    app.include_router(docs.router)
    return app


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ClaimLedgerError)
    async def claimledger_error(request: Request, exc: ClaimLedgerError) -> Response:
        return error(request, exc.http_status, exc.code, exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors())
        return error(request, 400, UsageError.code, f"bad request: {problems}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return error(request, 500, "internal", f"internal error ({type(exc).__name__}); see the server log")


def serve(host: str, port: int, settings: Settings, token: str | None = None) -> None:
    """Run the server; anything but a loopback address needs a token, since the store is readable and writable."""
    import uvicorn

    from claimledger.store.sqlite import Store

    if not security.is_loopback(host) and not token:
        raise UsageError(f"binding {host} exposes the store to the network, so it needs --token or $CLAIMLEDGER_TOKEN")
    Store(settings.db).close()  # a bad store URL fails here, before the server starts
    uvicorn.run(create_app(settings, token), host=host, port=port, log_level="info",
                access_log=False)  # the access log would print a `?token=` URL
