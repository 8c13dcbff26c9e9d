"""JSON records (.jsonl one per line, .json a list or one object): `text` plus optional id, title, date, url, source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from claimledger.documents.finish import finish
from claimledger.documents.model import Known
from claimledger.documents.readers import Item, dated, rejection
from claimledger.settings import Settings

CHUNK = 1 << 16  # bytes read at a time when skipping the rest of an over-long line


def read_jsonl(stream: BinaryIO, id: str, source: str, settings: Settings) -> Iterator[Item]:
    """One record per line, streamed: a bad line is one Rejection naming file:line, the others go on."""
    seen = False
    for number, line in _lines(stream, settings.max_bytes):
        where = f"{source}:{number}"
        if line is None:
            seen = True
            yield rejection(where, "too_large", f"line {number} is over {settings.max_bytes} bytes")
            continue
        if not line.strip():
            continue
        seen = True
        try:
            value = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            yield rejection(where, "bad_json", f"line {number} is not JSON ({_short(exc)})")
            continue
        yield record_document(value, f"{id}#{number}", where, settings)
    if not seen:
        yield rejection(source, "empty")


def read_json(stream: BinaryIO, id: str, source: str, settings: Settings) -> Iterator[Item]:
    """A list of records (ids default to file#position) or a single record (id defaults to the file name)."""
    data = stream.read()
    if not data.strip():
        yield rejection(source, "empty")
        return
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        yield rejection(source, "bad_json", f"not JSON ({_short(exc)})")
        return
    if isinstance(value, dict):
        yield record_document(value, id, source, settings)
    elif isinstance(value, list):
        if not value:
            yield rejection(source, "empty", "an empty list")
        for position, item in enumerate(value, start=1):
            yield record_document(item, f"{id}#{position}", f"{source}#{position}", settings)
    else:
        yield rejection(source, "bad_json", "expected an object or a list of objects")


def record_document(value: Any, default_id: str, where: str, settings: Settings) -> Item:
    """One decoded JSON value -> a Document, or the reason it cannot be one."""
    if not isinstance(value, dict):
        return rejection(where, "bad_json", "not a JSON object")
    text = value.get("text")
    if not isinstance(text, str):
        return rejection(where, "bad_json", "no `text` string")
    if not text.strip():
        return rejection(where, "no_text", "`text` is blank")
    known = Known(title=_field(value, "title"), outlet=_field(value, "source"), url=_field(value, "url"),
                  language=_field(value, "language"))
    known, warnings = dated(known, value.get("date"), "record field 'date'")
    record_id = _field(value, "id") or default_id
    return finish(record_id, text, where, known=known, warnings=warnings, settings=settings)


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    return (value.strip() or None) if isinstance(value, str) else None


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None in place of a line longer than `limit` bytes (skipped)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_line(stream)
            yield number, None
        else:
            yield number, line


def _skip_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:80]
