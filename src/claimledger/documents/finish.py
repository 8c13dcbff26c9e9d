"""Turn decoded text plus what a reader knows into a Document: body offsets, date, outlet, title, language."""

from __future__ import annotations

from typing import Final
from claimledger.documents.body import body_and_words
from claimledger.documents.dates import publication_date
from claimledger.documents.language import detect_language, profiles
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
    outlet = known.outlet or (credit.name if credit else None)
    return Document(
        id=id,
        text=text,
        source=source,
        body_start=body[0],
        body_end=body[1],
        title=known.title or find_title(text, start, body, outlet),
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_from=published.rule if published else None,
        outlet=outlet,
        language=_language(known, text[body[0] : body[1]], body_words),
        url=known.url,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _language(known: Known, body: str, body_words: list[str] | None) -> str | None:
    """A record's stated language wins; a web page's markup (a site template's lang="bs" over an English edition)
    only when the words themselves do not tell."""
    if known.language and not known.extracted:
        return known.language
    detected = detect_language(body, body_words)
    if known.language and known.language not in profiles():
        # A language the profiles do not hold ("ca", "ro", "ja") stays as the page says, unless its words read as
        # English, the language of the rules (an English edition under a site template's lang="bs").
        return "en" if detected == "en" and _mostly_latin(body) else known.language
    return detected or known.language


# Of a body's first letters, the share that must be Latin for its words to be read over what its markup says.
LATIN_SHARE = 0.9
_SAMPLE_CHARS = 2000


def _mostly_latin(body: str) -> bool:
    letters = [ch for ch in body[:_SAMPLE_CHARS] if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return bool(letters) and latin >= LATIN_SHARE * len(letters)
