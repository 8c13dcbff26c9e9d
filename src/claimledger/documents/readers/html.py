"""Saved web pages: the article text, title, date, site name and language, via trafilatura; markup never kept."""

from __future__ import annotations

import codecs
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Final

from claimledger.documents.dates import MARKUP_DATE
from claimledger.documents.finish import finish
from claimledger.documents.model import Known
from claimledger.documents.readers import Item, dated, rejection
from claimledger.documents.readers.text import binary_reason, decode
from claimledger.settings import Settings

# How far into the page a <meta charset> declaration is looked for (the HTML standard says 1024 bytes;
# real pages put long <head> scripts first, so look further).
CHARSET_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# Labels that browsers read as windows-1252 (WHATWG Encoding Standard): C1 bytes are printable there.
_AS_CP1252 = {"ascii", "iso8859-1", "latin-1"}
# What we ask trafilatura for: the article without reader comments, tables kept (figures live in them),
# precision favoured: a sidebar paragraph left in becomes false claims downstream, while a paragraph lost
# costs less. On the article-extraction-benchmark this trades 0.007 recall for 0.016 precision
# (F1 0.960 -> 0.964; benchmarks/bench_html.py).
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": True, "favor_precision": True,
                                   "with_metadata": True}


@dataclass(frozen=True)
class Page:
    """What the extractor found on a page."""

    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None


def read_html(stream: BinaryIO, id: str, source: str, settings: Settings) -> Iterator[Item]:
    """A .html/.htm file: one document."""
    yield html_document(stream.read(), id, source, settings)


def html_document(data: bytes, id: str, source: str, settings: Settings, *,
                  url: str | None = None, charset: str | None = None) -> Item:
    """Page bytes -> a Document whose text is the extracted article (so offsets point into that text)."""
    reason = binary_reason(data)
    if reason:
        return rejection(source, "binary", reason)
    decoded = decode(data, declared=_browser_charset(charset or meta_charset(data)))
    if not decoded.text.strip():
        return rejection(source, "empty")
    page = extract_page(decoded.text, url)
    if page is None or not page.text.strip():
        return rejection(source, "no_text", "no article text found in the page")
    known = Known(title=page.title, outlet=page.sitename, url=page.url or url, language=page.language,
                  extracted=True)
    known, warnings = dated(known, page.date, MARKUP_DATE)
    return finish(id, page.text, source, known=known, encoding=decoded.encoding,
                  warnings=decoded.warnings + warnings, settings=settings)


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The article and its metadata, or None when the page holds no article (or no HTML at all)."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    language = page_language(tree)
    found = bare_extraction(tree, url=url, date_extraction_params=_date_params(), **EXTRACT_OPTIONS)
    if found is None or isinstance(found, dict):  # a dict only with as_dict=True, which is not asked for
        return None
    sitename = found.sitename or None
    if sitename is None or _DOMAIN.fullmatch(sitename) and sitename.islower():  # ("Space.com" is a name)
        sitename = _title_site(tree.findtext(".//title"), found.title) or sitename
    return Page(text=found.text or "", title=found.title or None, date=found.date or None,
                sitename=sitename, url=found.url or url, language=language)


# "Eleven killed in warehouse fire | Kestrel Bay Gazette", "... — The Harbour Post": the site's name after the
# headline in the page's <title>, when the extractor kept the headline alone; a short capitalised name.
_SITE_AFTER: Final = re.compile(r"\s+(?:\||—|–|-|::|·|•)\s+(?P<site>\S.{0,80}?)\s*$")
_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:\||—|–|-|::|·|•)\s+")
_DOMAIN: Final = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
# What a <title> says after the headline that names no site: a section, a format, a page or a state of the story.
_SECTION: Final = re.compile(r"(?:(?:breaking |latest |world |local |top )?news|videos?|photos?|gallery|live(?: updates| blog)?|"
                             r"updated?|update \d+|page \d+|opinion|analysis|comment|world|business|sports?|politics|"
                             r"home|exclusive|explainer|podcast|watch|listen|in pictures)", re.I)
SITE_MAX_WORDS: Final = 6


def _title_site(raw: str | None, headline: str | None) -> str | None:
    if not raw or not headline:
        return None
    raw = " ".join(raw.split())
    at = raw.find(headline)
    m = _SITE_AFTER.match(raw, at + len(headline)) if at >= 0 else None
    if m is None:
        return None
    site = _TITLE_SEPARATOR.split(m.group("site"))[-1].strip()  # ("... - Breaking News - The Post")
    if not site[:1].isupper() and not site[:1].isdigit() or _SECTION.fullmatch(site):
        return None
    return site if len(site.split()) <= SITE_MAX_WORDS and not _DOMAIN.fullmatch(site) else None


def _date_params() -> dict[str, Any]:
    # Only dates the page states in its markup (meta tags, <time>, URL): a free-text search of the whole
    # page picks up copyright years and sidebar dates; dates in the article text are found downstream.
    today = datetime.date.today().isoformat()
    return {"original_date": True, "extensive_search": False, "max_date": today}


def page_language(tree: Any) -> str | None:
    """The primary language subtag the page declares (<html lang>, Content-Language, og:locale)."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath('//meta[@http-equiv="content-language" or @http-equiv="Content-Language"]/@content')
    candidates += tree.xpath('//meta[@property="og:locale"]/@content')
    for value in candidates:
        match = _LANGUAGE.fullmatch(re.split(r"[-_,; ]", str(value or "").strip().lower())[0])
        if match:
            return match.group(0)
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    match = _META_CHARSET.search(data[:CHARSET_WINDOW])
    return match.group(1).decode("ascii", "replace") if match else None


def _browser_charset(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name
