"""The values the documents stage hands downstream: a decoded document, or a rejection that says why."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

# Precision words for a publication date, finest first.
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Document:
    """One report, decoded, with the offsets of its article body inside `text`.

    `text` is the original text as decoded (for HTML: the extracted text; for
    everything else: the file's characters, header line included), so every
    character offset downstream points into what the user sees in the source.
    """

    id: str
    text: str
    source: str  # path, URL or "<stdin>", for messages
    body_start: int = 0
    body_end: int | None = None  # None = end of text
    title: str | None = None
    published: str | None = None  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    published_precision: str | None = None  # one of PRECISIONS
    published_from: str | None = None  # which rule found the date
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def body(self) -> tuple[int, int]:
        end = len(self.text) if self.body_end is None else self.body_end
        return (self.body_start, end)

    @property
    def body_text(self) -> str:
        start, end = self.body
        return self.text[start:end]

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the text, worked out once (the store asks for it several times per document)."""
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Known:
    """What a reader already knows about a document before body and metadata detection run.

    Readers fill what their format states (a header line, HTML metadata, JSON fields); anything
    left None is detected from the text. `extracted` means the text is already the article alone
    (HTML after main-content extraction), so no furniture detection is needed.
    """

    title: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_from: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    extracted: bool = False


@dataclass(frozen=True)
class Rejection:
    """An input that was not stored, with a machine code and a sentence a person can act on."""

    source: str
    code: str  # e.g. "binary", "empty", "too_large", "not_found", "bad_json", "truncated"
    reason: str

    def message(self) -> str:
        return f"{self.source}: skipped ({self.code}): {self.reason}"
