"""Format readers: one binary stream of a known format -> Documents or Rejections, never an exception."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import import_module
from typing import BinaryIO

from claimledger.documents.model import Document, Known, Rejection
from claimledger.errors import REJECTIONS
from claimledger.settings import Settings

# A reader: (stream, id for a one-document file, source for messages, settings) -> items.
Reader = Callable[[BinaryIO, str, str, Settings], Iterator[Document | Rejection]]
Item = Document | Rejection

# File name ending -> "module:function"; longest endings first so ".warc.gz" wins over ".gz".
_FORMATS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc:read_warc"),
    (".warc", "warc:read_warc"),
    (".txt", "text:read_text"),
    (".html", "html:read_html"),
    (".htm", "html:read_html"),
    (".jsonl", "records:read_jsonl"),
    (".json", "records:read_json"),
)
# Formats read whole into memory (one document, or one JSON value): their file size is the limit.
WHOLE_FILE = ("text", "html", "records:read_json")
_BY_ENDING = dict(_FORMATS)
_WHOLE_TARGETS = frozenset(t for _, t in _FORMATS if any(t == w or t.startswith(w + ":") for w in WHOLE_FILE))

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])")


def format_of(name: str) -> str | None:
    """The "module:function" that reads a file called `name`, or None when the ending is unsupported."""
    lower = name.lower()
    if lower.endswith(".gz"):  # the one ending with two dots
        return _BY_ENDING.get(".warc.gz") if lower.endswith(".warc.gz") else None
    return _BY_ENDING.get(lower[lower.rfind(".") :]) if "." in lower else None


def reader_for(name: str) -> Reader | None:
    """The reader for `name` by its ending; modules load on first use (trafilatura is slow to import)."""
    target = format_of(name)
    return None if target is None else load_reader(target)


@lru_cache(maxsize=None)
def load_reader(target: str) -> Reader:
    """The reader a "module:function" target names, its module imported on first use."""
    module, function = target.split(":")
    reader: Reader = getattr(import_module(f"{__name__}.{module}"), function)
    return reader


def reads_whole(name: str) -> bool:
    """True when the format of `name` is read whole, so the file size itself must stay under the limit."""
    return format_of(name) in _WHOLE_TARGETS


def whole_format(target: str | None) -> bool:
    """reads_whole for a name whose format_of is `target`."""
    return target in _WHOLE_TARGETS


def rejection(source: str, code: str, detail: str = "") -> Rejection:
    """A Rejection whose reason says what was found (`detail`) and what to do (the catalogue)."""
    advice = REJECTIONS[code]
    return Rejection(source=source, code=code, reason=f"{detail}; {advice}" if detail else advice)


def iso_date(value: object) -> tuple[str, str] | None:
    """("YYYY[-MM[-DD]]", precision) from the start of an ISO-like date string, or None if not a real date."""
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        datetime.date(year or 0, month or 1, day or 1)
    except ValueError:
        return None
    if day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    if month is not None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def dated(known: Known, value: object, where: str) -> tuple[Known, tuple[str, ...]]:
    """`known` with a publication date from `value` (said by `where`), or a warning if it is not a date."""
    if value in (None, ""):
        return known, ()
    parsed = iso_date(value)
    if parsed is None:
        return known, (f"date not understood: {str(value)[:40]!r} ({where})",)
    published, precision = parsed
    return replace(known, published=published, published_precision=precision, published_from=where), ()
