"""Web archives (.warc, .warc.gz) via warcio: each HTML response record is one page; a broken archive keeps what came before."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from claimledger.documents.readers import Item, rejection
from claimledger.documents.readers.html import html_document
from claimledger.settings import Settings

GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 1 << 16  # bytes read at a time when draining a record we do not keep


class _Truncated(Exception):
    """The archive ended (or broke) inside a record."""


class _Watched:
    """A read-only stream that counts what was read and remembers a failure (warcio swallows EOFError)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.position = 0
        self.failed: Exception | None = None
        # GzipFile.read(n) loses what it decompressed when the file ends early; read1 returns it first.
        self._read = getattr(stream, "read1", stream.read)

    def read(self, size: int = -1) -> bytes:
        try:
            data: bytes = self._read(size)
        except (EOFError, OSError, zlib.error) as exc:
            self.failed = exc
            raise
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position


def read_warc(stream: BinaryIO, id: str, source: str, settings: Settings) -> Iterator[Item]:
    """Every HTML response record as a Document (id = WARC-Record-ID, source = its URL), streamed."""
    head = stream.read(8)
    stream.seek(0)
    if not head.strip():
        yield rejection(source, "empty")
        return
    if head.startswith(GZIP_MAGIC):
        watched = _Watched(gzip.GzipFile(fileobj=stream, mode="rb"))
    elif head.startswith(b"WARC/"):
        watched = _Watched(stream)
    else:
        yield rejection(source, "binary", "not a WARC archive (no WARC/ header, not gzip)")
        return
    yield from _records(watched, source, settings)


def _records(watched: _Watched, source: str, settings: Settings) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    # What warcio raises on a cut or corrupt archive (AttributeError: on some cuts inside a header).
    broken = (_Truncated, ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError, zlib.error,
              ValueError, AttributeError)
    archive = ArchiveIterator(watched)
    records = iter(archive)
    count = 0
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            count += 1
            item = _read_record(record, source, settings)
        except broken as exc:
            yield _truncated(source, count, exc)
            return
        if item is not None:
            yield item()
    # warcio ends quietly on a record cut inside its header: bytes were read past the last whole record.
    if watched.failed is not None or archive.offset < watched.position:
        failure = watched.failed or _Truncated(f"{watched.position - archive.offset} bytes after the last whole record")
        yield _truncated(source, count + 1, failure)


def _read_record(record: Any, source: str, settings: Settings) -> Callable[[], Item] | None:
    """A thunk making the record's Document or Rejection, or None for records that are not HTML pages.

    The payload is read here (where a broken archive shows); extraction runs later, outside the
    error handling for the archive, so a bug in it is never reported as a truncated file.
    """
    if record.format == "warc" and not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        raise _Truncated("a record header without a Content-Length")  # every whole WARC record has one
    if not _is_html_page(record):
        _drain(record)
        return None
    # The WARC-Record-ID is a URI in angle brackets ("<urn:uuid:...>"); the id is the URI itself.
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{source} ({url or record_id})"
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > settings.max_bytes:
        _drain(record)
        return lambda: rejection(where, "too_large", f"a record of {length} bytes, over {settings.max_bytes}")
    payload = record.content_stream().read()
    _drain(record)
    charset = _charset(record)
    return lambda: html_document(payload, record_id, where, settings, url=url, charset=charset)


def _is_html_page(record: Any) -> bool:
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not (http.get_statuscode() or "").startswith("2"):
            return False
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _charset(record: Any) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    for part in (headers.get_header("Content-Type") or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _drain(record: Any) -> None:
    """Read the record to its end; fewer bytes than its Content-Length means the archive was cut."""
    raw = record.raw_stream
    while raw.read(CHUNK):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated(f"{raw.limit} bytes missing")


def _truncated(source: str, number: int, exc: Exception) -> Item:
    detail = f"broken at record {number} ({type(exc).__name__}: {str(exc).strip()[:60] or 'no detail'})"
    return rejection(source, "truncated", detail)
