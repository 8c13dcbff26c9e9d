"""Uploaded files into the store: checked for size and type first, then read and stored like `ingest`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from fastapi import UploadFile

from claimledger import api
from claimledger.documents.model import Document, Rejection
from claimledger.documents.readers import format_of
from claimledger.errors import REJECTIONS, InputError, TooLargeError, UsageError
from claimledger.settings import Settings
from claimledger.store.sqlite import AddResult, Store

# The file types the readers take (SPEC.md "Inputs"), for the file chooser; `format_of` decides.
UPLOAD_TYPES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")


class UnsupportedTypeError(InputError):
    http_status = 415
    code = "unsupported"


@dataclass(frozen=True)
class Row:
    """What became of one document or one rejected input of an upload."""

    file: str
    document: str | None
    status: str  # "added", "new_version", "unchanged" or a rejection code
    message: str = ""


@dataclass
class UploadReport:
    ingest: api.IngestReport
    rows: list[Row] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        r = self.ingest
        return {
            "read": r.read, "added": r.added, "new_versions": r.new_versions, "unchanged": r.unchanged,
            "rejections": [{"source": x.source, "code": x.code, "reason": x.reason} for x in r.rejections],
            "warnings": r.warnings,
            "documents": [{"file": x.file, "document": x.document, "status": x.status} for x in self.rows
                          if x.document is not None],
        }


def file_name(upload: UploadFile) -> str:
    """The uploaded file's own name, without any folder a client may send along."""
    return PurePosixPath((upload.filename or "").replace("\\", "/")).name


def check(uploads: Sequence[UploadFile], limit: int) -> None:
    """Refuse the whole upload before anything is stored when a file is too large or of an unknown type."""
    if not uploads or all(not file_name(u) for u in uploads):
        raise UsageError("no file in the upload: choose one or more files")
    for u in uploads:
        name = file_name(u)
        if format_of(name) is None:
            raise UnsupportedTypeError(f"{name}: unsupported file type; {REJECTIONS['unsupported']}")
        if u.size is not None and u.size > limit:
            raise TooLargeError(_too_large(name, u.size, limit))


def _too_large(name: str, size: int, limit: int) -> str:
    return (f"{name}: {size:,} bytes is over the upload limit of {limit:,} bytes; "
            "ingest it with the command line instead (claimledger ingest --max-bytes N)")


def _read(upload: UploadFile, limit: int) -> bytes:
    upload.file.seek(0)
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(_too_large(file_name(upload), len(data), limit))
    return data


def store_uploads(uploads: Sequence[UploadFile], store: Store, settings: Settings) -> UploadReport:
    """Check every file, then read and store each one in turn; rejections are reported, never raised."""
    from claimledger.documents.read import read_bytes

    check(uploads, settings.upload_max_bytes)
    rows: list[Row] = []
    total = api.IngestReport()
    for u in uploads:
        name = file_name(u)

        def on_item(item: Document | Rejection, result: AddResult | None, name: str = name) -> None:
            if isinstance(item, Rejection):
                rows.append(Row(name, None, item.code, item.message()))
            elif result is not None:
                rows.append(Row(name, result.same_as or result.document, result.status))

        report = api.store_items(read_bytes(_read(u, settings.upload_max_bytes), name, settings), store, on_item)
        _add(total, report)
    return UploadReport(total, rows)


def _add(total: api.IngestReport, one: api.IngestReport) -> None:
    total.read += one.read
    total.added += one.added
    total.new_versions += one.new_versions
    total.unchanged += one.unchanged
    total.rejections.extend(one.rejections)
    total.warnings.extend(one.warnings)
