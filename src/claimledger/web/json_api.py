"""The JSON API under /api/: documents, claims, framing spans and the ledger, in the CLI's (SPEC.md) shapes."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, UploadFile
from fastapi.responses import JSONResponse, Response

from claimledger.errors import NotFoundError
from claimledger.ledger.build import claim_event_ids
from claimledger.store.sqlite import Store
from claimledger.web.state import AppState, app_state, request_store
from claimledger.web.uploads import store_uploads

router = APIRouter(prefix="/api", tags=["api"])

StoreDep = Annotated[Store, Depends(request_store)]
StateDep = Annotated[AppState, Depends(app_state)]


def _json(text: str) -> Response:
    """A body already rendered by the outputs stage: the bytes the CLI prints."""
    return Response(text, media_type="application/json")


def _lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@router.get("/documents", summary="The stored documents with their metadata (SPEC.md ledger `documents`)")
def documents(store: StoreDep) -> Response:
    from claimledger.outputs.documents import render_documents_json

    framing = {k: v.score for k, v in store.framing_scores().items()}
    return _json(render_documents_json(list(store.documents()), framing))


@router.get("/documents/{doc_id:path}", summary="One document: metadata, text, claims and framing spans")
def document(doc_id: str, store: StoreDep, state: StateDep) -> Response:
    from claimledger.outputs.documents import render_documents_json

    doc = store.document(doc_id)
    framing = {k: v.score for k, v in store.framing_scores().items() if k == doc_id}
    rendered = json.loads(render_documents_json([doc], framing))
    out: dict[str, Any] = rendered[0] if isinstance(rendered, list) else rendered
    events = claim_event_ids(state.cache.view(store).ledger)
    out["text"] = doc.text
    out["claims"] = _claims(store, events, doc_id)
    out["framing_spans"] = _spans(store, doc_id)
    return JSONResponse(out)


def _claims(store: Store, events: dict[str, str], doc_id: str | None) -> list[Any]:
    from claimledger.outputs.claims import render_claims_jsonl

    return _lines(render_claims_jsonl(list(store.claims(doc_id)), events))


def _spans(store: Store, doc_id: str | None) -> list[Any]:
    from claimledger.outputs.spans import render_spans_jsonl

    return _lines(render_spans_jsonl(list(store.spans(doc_id))))


@router.get("/claims", summary="Every claim (SPEC.md Claim), or one document's with ?document=ID")
def claims(store: StoreDep, state: StateDep, document: str | None = None) -> JSONResponse:
    if document is not None:
        store.document(document)  # 404 for an unknown id rather than an empty list
    events = claim_event_ids(state.cache.view(store).ledger)
    return JSONResponse(_claims(store, events, document))


@router.get("/framing", summary="Framing spans (document, start, end, text, techniques, score)")
def framing(store: StoreDep, document: str | None = None) -> JSONResponse:
    if document is not None:
        store.document(document)
    return JSONResponse(_spans(store, document))


@router.get("/ledger", summary="The reconciled ledger (SPEC.md Ledger)")
def ledger(store: StoreDep, state: StateDep) -> Response:
    from claimledger.outputs import render_ledger

    return _json(render_ledger(state.cache.view(store).ledger, "json"))


@router.get("/events/{event_id}", summary="One event of the ledger, with its figures and checks")
def event(event_id: str, store: StoreDep, state: StateDep) -> JSONResponse:
    from claimledger.outputs import render_ledger

    events = json.loads(render_ledger(state.cache.view(store).ledger, "json"))["events"]
    found = next((e for e in events if e["id"] == event_id), None)
    if found is None:
        raise NotFoundError(f"no event {event_id!r}; GET /api/ledger lists the events")
    return JSONResponse(found)


@router.post("/documents", summary="Upload documents (multipart field `files`, several at once)")
def upload(files: Annotated[list[UploadFile], File()], store: StoreDep, state: StateDep) -> JSONResponse:
    report = store_uploads(files, store, state.settings)
    return JSONResponse(report.to_json(), status_code=201 if report.ingest.read else 200)
