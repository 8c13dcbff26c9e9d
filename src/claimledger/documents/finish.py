"""Turn decoded text plus what a reader knows into a Document: body offsets, date, outlet, title, language."""

from __future__ import annotations

from typing import Final
from claimledger.documents.body import body_and_words
from claimledger.documents.dates import publication_date
from claimledger.documents.language import detect_language
from claimledger.documents.model import Document, Known
from claimledger.documents.outlets import find_outlet, find_title
from claimledger.settings import Settings

_NOTHING_KNOWN: Final = Known()


def _whole(text: str, start: int) -> tuple[int, int]:
    """[start, len(text)] with surrounding whitespace trimmed (for text that is already the article)."""
    end = len(text.rstrip())
    while start < end and text[start].isspace():
        start += 1
    return start, max(start, end)


def finish(
    id: str,
    text: str,
    source: str,
    *,
    start: int = 0,
    known: Known | None = None,
    encoding: str | None = None,
    warnings: tuple[str, ...] = (),
    settings: Settings | None = None,
) -> Document:
    """The Document for `text`: what `known` states wins; everything else is detected from the text.

    `start` is where content begins (after a header line the reader consumed). Dates, outlets and
    titles are only read from the header above the body and from the body itself, never from the
    furniture after it.
    """
    known = known or _NOTHING_KNOWN
    settings = settings or Settings()
    body, body_words = (_whole(text, start), None) if known.extracted else body_and_words(text, start)
    published = publication_date(
        text,
        start,
        body,
        known=known.published,
        known_precision=known.published_precision,
        known_from=known.published_from,
        event_year=settings.event_year,
    )
    credit = None if known.outlet else find_outlet(text, start, body)
    return Document(
        id=id,
        text=text,
        source=source,
        body_start=body[0],
        body_end=body[1],
        title=known.title or find_title(text, start, body),
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_from=published.rule if published else None,
        outlet=known.outlet or (credit.name if credit else None),
        language=known.language or detect_language(text[body[0] : body[1]], body_words),
        url=known.url,
        encoding=encoding,
        warnings=tuple(warnings),
    )
