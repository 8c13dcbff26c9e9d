"""The server-rendered pages: corpus, event ledger, document, comparison, upload, report and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from claimledger.errors import NotFoundError, UsageError
from claimledger.ledger.model import Reuse
from claimledger.outputs.anchors import figure_anchors, value_anchor
from claimledger.store.sqlite import Store
from claimledger.web import highlight
from claimledger.web.render import page
from claimledger.web.security import REPORT_CSP
from claimledger.web.state import AppState, app_state, request_store
from claimledger.web.uploads import UPLOAD_TYPES, store_uploads
from claimledger.web.view import View

router = APIRouter()

# Export formats: file suffix -> (render_ledger format, media type).
EXPORTS = {
    "json": ("json", "application/json"),
    "csv": ("csv", "text/csv; charset=utf-8"),
    "md": ("md", "text/markdown; charset=utf-8"),
    "wikitext": ("wikitext", "text/plain; charset=utf-8"),
    "jsonld": ("jsonld", "application/ld+json"),
}

StoreDep = Annotated[Store, Depends(request_store)]
StateDep = Annotated[AppState, Depends(app_state)]


def _view(state: AppState, store: Store) -> View:
    return state.cache.view(store)


@router.get("/", response_class=HTMLResponse, summary="Corpus overview and upload form")
def overview(request: Request, store: StoreDep, state: StateDep) -> Response:
    view = _view(state, store)
    return page(request, "index.html.j2", view=view, ledger=view.ledger, accept=",".join(UPLOAD_TYPES),
                limit=state.settings.upload_max_bytes)


@router.get("/events/{event_id}", response_class=HTMLResponse, summary="The ledger of one event")
def event_page(request: Request, event_id: str, store: StoreDep, state: StateDep) -> Response:
    view = _view(state, store)
    event = view.event(event_id)
    if event is None:
        raise NotFoundError(f"no event {event_id!r}; the events are listed on the corpus page")
    anchors = figure_anchors(event)
    return page(request, "event.html.j2", view=view, event=event, anchors=anchors, value_anchor=value_anchor,
                infos=view.infos())


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse, summary="A document with its claims marked")
def document_page(request: Request, doc_id: str, store: StoreDep, state: StateDep) -> Response:
    view = _view(state, store)
    doc = store.document(doc_id)
    claims = list(store.claims(doc_id))
    marks = highlight.document_marks(claims, list(store.spans(doc_id)), view.places, doc.body)
    partners = [r for r in view.ledger.reuse if doc_id in (r.earlier, r.later)]
    return page(request, "document.html.j2", view=view, doc=doc, info=view.info(doc_id), claims=claims,
                marked=highlight.render(doc.text, marks), partners=partners,
                framing=store.framing_scores().get(doc_id))


def _reuse_between(view: View, a: str, b: str) -> Reuse | None:
    return next((r for r in view.ledger.reuse if {r.earlier, r.later} == {a, b}), None)


def _compare_marks(view: View, store: Store, doc_id: str, body: tuple[int, int],
                   passages: list[tuple[int, int]]) -> highlight.Marks:
    """Reused passages, with the document's claims inside them so an edited number stands out."""
    marks = highlight.document_marks(list(store.claims(doc_id)), (), view.places, body)
    marks.marks.extend(highlight.passage_marks(passages).marks)
    return marks


@router.get("/compare", response_class=HTMLResponse, summary="Two documents side by side, reused passages marked")
def compare_page(request: Request, store: StoreDep, state: StateDep, a: str | None = None,
                 b: str | None = None) -> Response:
    view = _view(state, store)
    if not a or not b:
        return page(request, "compare.html.j2", view=view, pair=None, a=a, b=b)
    left, right = store.document(a), store.document(b)
    reuse = _reuse_between(view, a, b)
    passages = reuse.passages if reuse else ()
    in_a = [p.earlier if reuse and reuse.earlier == a else p.later for p in passages]
    in_b = [p.later if reuse and reuse.earlier == a else p.earlier for p in passages]
    pair = tuple((doc, highlight.render(doc.text, _compare_marks(view, store, doc.id, doc.body, spots)))
                 for doc, spots in ((left, in_a), (right, in_b)))
    return page(request, "compare.html.j2", view=view, pair=pair, reuse=reuse, a=a, b=b)


@router.post("/upload", response_class=HTMLResponse, summary="Upload documents (multipart, several files)")
def upload_page(request: Request, files: Annotated[list[UploadFile], File()], store: StoreDep,
                state: StateDep) -> Response:
    report = store_uploads(files, store, state.settings)
    view = _view(state, store)
    return page(request, "upload.html.j2", view=view, report=report)


@router.get("/upload", include_in_schema=False)
def upload_form() -> Response:
    return RedirectResponse("/#upload", status_code=303)


@router.get("/report.html", response_class=HTMLResponse, summary="The self-contained HTML report")
def report_page(store: StoreDep, state: StateDep) -> Response:
    from claimledger.outputs.report import render_report

    view = _view(state, store)
    html = render_report(view.ledger, list(store.documents()), list(store.claims()), list(store.spans()))
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})


@router.get("/export/ledger.{fmt}", summary="The ledger as JSON, CSV, Markdown, wikitext or JSON-LD")
def export(fmt: str, store: StoreDep, state: StateDep) -> Response:
    from claimledger.outputs import render_ledger

    if fmt not in EXPORTS:
        raise UsageError(f"no export format {fmt!r}; use one of: {', '.join(EXPORTS)}")
    name, media = EXPORTS[fmt]
    claims = store.claims() if name in ("md", "jsonld") else None  # the stating sentences and documents
    body = render_ledger(_view(state, store).ledger, name, claims=claims)
    return Response(body, media_type=media, headers={"Content-Disposition": f'inline; filename="ledger.{fmt}"'})
