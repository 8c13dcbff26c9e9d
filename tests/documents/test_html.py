"""HTML reader: article text without markup or scripts, title, date, site name, language, charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.documents.model import Document, Rejection
from claimledger.documents.read import read_paths
from claimledger.documents.readers.html import meta_charset, page_language

PARAGRAPHS = (
    "Water rose by two metres overnight in Ellwick, and 340 people left their homes before dawn on Tuesday.",
    "Officials said the embankment failed near the old tannery, where residents had reported a crack a week earlier.",
    "The council has opened the school hall on Mill Lane for families who cannot stay with relatives.",
)

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="{charset}">
<title>River bursts its banks in Ellwick | The Valley Herald</title>
<meta property="og:site_name" content="The Valley Herald">
<meta property="og:title" content="River bursts its banks in Ellwick">
<meta property="article:published_time" content="2022-03-09T07:30:00+00:00">
<script>document.title = "SCRIPTHEAD"; fetch("/track?u=1");</script>
<style>.lead {{ font-weight: bold }} .STYLEMARK {{}}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/weather">Weather</a> <a href="/sport">Sport</a></nav>
<article>
<h1>River bursts its banks in Ellwick</h1>
<p class="lead">{p0}</p>
<img src="missing.png" onerror="alert('ONERRORMARK')">
<p>{p1}</p>
<script>alert("SCRIPTBODY")</script>
<p onclick="alert('CLICKMARK')">{p2} Café Müller stayed open.</p>
</article>
<footer>Copyright 2024 Valley Herald Ltd. All rights reserved.</footer>
</body></html>
"""


def _page(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset, p0=PARAGRAPHS[0], p1=PARAGRAPHS[1], p2=PARAGRAPHS[2])


def _read(tmp_path: Path, data: bytes, name: str = "page.html") -> Document | Rejection:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_article_text_and_metadata(tmp_path: Path, name: str) -> None:
    doc = _read(tmp_path, _page().encode("utf-8"), name)
    assert isinstance(doc, Document)
    assert doc.id == name
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    assert "Café Müller" in doc.text
    assert doc.title == "River bursts its banks in Ellwick"
    assert doc.outlet == "The Valley Herald"
    assert (doc.published, doc.published_precision) == ("2022-03-09", "day")
    assert doc.language == "en"


@pytest.mark.parametrize("mark", ["SCRIPTHEAD", "SCRIPTBODY", "ONERRORMARK", "CLICKMARK", "STYLEMARK", "alert", "<",
                                  "fetch("])
def test_html_script_and_markup_are_never_kept(tmp_path: Path, mark: str) -> None:
    doc = _read(tmp_path, _page().encode("utf-8"))
    assert isinstance(doc, Document)
    assert mark not in doc.text


def test_html_offsets_point_into_the_extracted_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, _page().encode("utf-8"))
    assert isinstance(doc, Document)
    start = doc.text.index("340 people")
    assert doc.text[start : start + len("340 people")] == "340 people"
    assert "340 people" in doc.body_text


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_html_declared_legacy_charset_decodes(tmp_path: Path, charset: str) -> None:
    doc = _read(tmp_path, _page(charset).encode("cp1252"))
    assert isinstance(doc, Document)
    assert "Café Müller" in doc.text
    assert doc.encoding == "cp1252"


def test_html_without_article_is_no_text(tmp_path: Path) -> None:
    item = _read(tmp_path, b"<html><head><script>var a = 1;</script></head><body></body></html>")
    assert isinstance(item, Rejection) and item.code == "no_text"


@pytest.mark.parametrize(("data", "code"), [(b"", "empty"), (b"  \n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary")])
def test_html_bad_input(tmp_path: Path, data: bytes, code: str) -> None:
    item = _read(tmp_path, data)
    assert isinstance(item, Rejection) and item.code == code


@pytest.mark.parametrize(
    ("head", "charset"),
    [(b'<meta charset="windows-1251">', "windows-1251"),
     (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
     (b"<title>none</title>", None)],
)
def test_html_meta_charset(head: bytes, charset: str | None) -> None:
    assert meta_charset(b"<html><head>" + head + b"</head></html>") == charset


@pytest.mark.parametrize(
    ("html", "language"),
    [('<html lang="fr-CA"><body><p>x</p></body></html>', "fr"),
     ('<html><head><meta property="og:locale" content="de_DE"></head><body></body></html>', "de"),
     ("<html><body><p>x</p></body></html>", None)],
)
def test_html_page_language(html: str, language: str | None) -> None:
    from trafilatura.utils import load_html

    assert page_language(load_html(html)) == language


def _variant(title: str, extra_head: str = "", top: str = "", aside: str = "") -> bytes:
    page = _page().replace('<meta property="og:site_name" content="The Valley Herald">\n', "")
    page = page.replace('<meta property="article:published_time" content="2022-03-09T07:30:00+00:00">\n', extra_head)
    page = page.replace("<title>River bursts its banks in Ellwick | The Valley Herald</title>", f"<title>{title}</title>")
    page = page.replace('<p class="lead">', f'{top}<p class="lead">').replace("</article>", f"</article>{aside}")
    return page.encode("utf-8")


@pytest.mark.parametrize("title, outlet", [
    # no site name in the markup: the one after the headline in the page's <title> (the last part of several)
    ("River bursts its banks in Ellwick | The Valley Herald", "The Valley Herald"),
    ("River bursts its banks in Ellwick - Breaking News - The Valley Herald", "The Valley Herald"),
    ("River bursts its banks in Ellwick", None),
    # a section, a format or a page after the headline names no site
    ("River bursts its banks in Ellwick | News", None), ("River bursts its banks in Ellwick - Live updates", None),
    ("River bursts its banks in Ellwick | Page 2", None),
])
def test_html_outlet_from_the_title_after_the_headline(tmp_path: Path, title: str, outlet: str | None) -> None:
    doc = _read(tmp_path, _variant(title))
    assert isinstance(doc, Document) and doc.outlet == outlet


def test_html_dateline_on_its_own_line_beats_a_sidebar_time_tag(tmp_path: Path) -> None:
    # the page's only <time> tags sit in a "Most read" box of later stories; the story's dateline is its own
    aside = ('<aside><h3>Most read</h3><ul><li><time datetime="2024-03-07T09:00">7 March 2024</time> Ferry fares '
             'to rise by 12% in spring</li></ul></aside>')
    top = "<p>ELLWICK, March 9, 2022</p>"
    doc = _read(tmp_path, _variant("River bursts its banks in Ellwick", top=top, aside=aside))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_precision) == ("2022-03-09", "day")
    assert doc.published_from is not None and doc.published_from.startswith("dateline")


@pytest.mark.parametrize("lang, text, language", [
    # the words tell over a site template's lang attribute ...
    ("bs", None, "en"), ("de", None, "en"),
    # ... unless they are in a script the profiles cannot read: then the page's word stands
    ("ja", "川の水位が一晩で二メートル上昇し、住民三百四十人が夜明け前に避難した。" * 4, "ja"),
    # ... or in a language they hold no profile for, but English
    ("ca", "El riu es va desbordar durant la nit i tres-cents quaranta veïns van deixar les seves cases abans de "
           "l'alba, segons va dir l'ajuntament de la ciutat.", "ca"),
])
def test_html_language_from_the_words_over_the_markup(tmp_path: Path, lang: str, text: str | None,
                                                      language: str) -> None:
    page = _page().replace('lang="en-GB"', f'lang="{lang}"')
    if text is not None:
        for paragraph in PARAGRAPHS:
            page = page.replace(paragraph, text)
    doc = _read(tmp_path, page.encode("utf-8"))
    assert isinstance(doc, Document) and doc.language == language


def test_html_a_paragraph_opening_with_a_place_and_date_is_no_dateline(tmp_path: Path) -> None:
    top = "<p>ELLWICK, March 3, 2019: that was the day the river last broke its banks, and nobody forgot it.</p>"
    page = _page().replace('<p class="lead">', f'{top}<p class="lead">')
    doc = _read(tmp_path, page.encode("utf-8"))
    assert isinstance(doc, Document) and (doc.published, doc.published_precision) == ("2022-03-09", "day")


@pytest.mark.parametrize("between", ["\n\n", "\nBy Jane Doe\n"])
def test_html_dateline_below_a_headline_and_a_byline(between: str) -> None:
    from claimledger.documents.dates import publication_date

    text = f"Flood kills 40 in Kestrel Bay{between}KESTREL BAY, Nov. 5, 2023 (Reuters) - Forty people died."
    found = publication_date(text, 0, (0, len(text)), known="2024-03-01", known_precision="day",
                             known_from="html metadata")
    assert found is not None and found.value == "2023-11-05"
