"""Plain-text reader: encodings decode to the exact original, the date header, offsets, binary and empty files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.documents.model import Document, Rejection
from claimledger.documents.read import read_paths
from claimledger.documents.readers.text import binary_reason, date_header, decode
from claimledger.settings import Settings

ENGLISH = ("The river at Ellwick rose by two metres overnight, and 340 people left their homes.\n\n"
           "Council officers said the pumps failed at 3 a.m. after the power went out.\n")
CYRILLIC = ("Река у Эллвика поднялась за ночь на два метра, и 340 человек покинули свои дома.\n\n"
            "Чиновники сообщили, что насосы отказали после отключения электричества.\n")
FRENCH = ("La rivière a débordé près du café de la place; les pompiers sont arrivés à l'aube, "
          "et l'école reste fermée jusqu'à nouvel ordre.\n")
SPANISH = "Señora Núñez vio cómo el río subió tres metros; la policía cerró el puente.\n"


def _one(path: Path, settings: Settings | None = None) -> Document | Rejection:
    items = list(read_paths([path], settings))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (ENGLISH, ENGLISH.encode("utf-8")),
        (CYRILLIC, CYRILLIC.encode("utf-8")),
        (FRENCH, b"\xef\xbb\xbf" + FRENCH.encode("utf-8")),
        (CYRILLIC, b"\xff\xfe" + CYRILLIC.encode("utf-16-le")),
        (FRENCH, b"\xfe\xff" + FRENCH.encode("utf-16-be")),
        (CYRILLIC, CYRILLIC.encode("cp1251")),
        (FRENCH, FRENCH.encode("latin-1")),
        (SPANISH, SPANISH.encode("latin-1")),
    ],
    ids=["utf8", "utf8-cyrillic", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1251", "latin1-fr", "latin1-es"],
)
def test_text_encoding_decodes_to_the_exact_original(tmp_path: Path, text: str, data: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    doc = _one(path)
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.encoding
    assert not any(w.startswith("undecodable") for w in doc.warnings)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + ENGLISH.encode(), "utf-8-sig"),
        (b"\xff\xfe" + ENGLISH.encode("utf-16-le"), "utf-16-le"),
        (ENGLISH.encode("utf-16-le"), "utf-16-le"),
        (CYRILLIC.encode("cp1251"), "cp1251"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16-no-bom", "cp1251"],
)
def test_text_encoding_is_recorded(data: bytes, encoding: str) -> None:
    assert decode(data).encoding == encoding


def test_text_windows_curly_quotes_are_not_read_as_mac_letters() -> None:
    """Text whose only non-ASCII bytes are Windows-1252 curly quotes and dashes decodes them as such: charset-normalizer
    alone prefers Mac Roman for this text, which reads the bytes as letters (\u201cI heard\u201d as "\u00ecI heard\u00ee")."""
    text = (Path(__file__).parent / "data" / "curly_quotes.txt").read_text(encoding="utf-8") * 2
    decoded = decode(text.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", text)


def test_text_accented_windows_text_is_still_guessed_by_its_letters() -> None:
    text = "Un caf\u00e9 pr\u00e8s de la gare, o\u00f9 l\u2019on servait du vin \u00e0 midi. " * 20
    assert decode(text.encode("cp1252")).text == text


def test_text_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    good = "Café owners in Zürich said the água was brown — 12 streets flooded. " * 3
    path = tmp_path / "damaged.txt"
    path.write_bytes(good.encode("utf-8") + b"\x81\xfe broken tail")
    doc = _one(path)
    assert isinstance(doc, Document)
    assert doc.text.startswith(good)
    assert "\ufffd" in doc.text
    assert any(w.startswith("undecodable:") for w in doc.warnings)


@pytest.mark.parametrize(
    ("head", "published", "body_starts_with"),
    [
        ("date 2021-06-14\n", "2021-06-14", "The river"),
        (" date 2019-11-02 ", "2019-11-02", "The river"),  # header token sharing its line with the body
        ("Date: 2022-01-30\r\n\r\n", "2022-01-30", "The river"),
    ],
)
def test_text_date_header_is_metadata_and_body_starts_after_it(
    tmp_path: Path, head: str, published: str, body_starts_with: str
) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(head + ENGLISH, encoding="utf-8")
    doc = _one(path)
    assert isinstance(doc, Document)
    assert doc.text == head + ENGLISH  # the header stays in the text: offsets point into the file
    assert doc.published == published and doc.published_precision == "day"
    assert doc.body_start >= len(head)
    assert doc.text[len(head):].startswith(body_starts_with)


@pytest.mark.parametrize(
    ("text", "start", "date"),
    [
        ("date 2020-02-26 On the night of the storm", 16, "2020-02-26"),
        ("date 2020-02-30\nBody", 0, None),  # not a real day: not a header
        ("Updated 2020-02-26\nBody", 0, None),
        ("The date 2020-02-26 was set.", 0, None),
    ],
)
def test_text_date_header_token_only(text: str, start: int, date: str | None) -> None:
    got_start, known, _ = date_header(text)
    assert got_start == start
    assert (known.published if known else None) == date


def test_text_offsets_point_into_the_source(tmp_path: Path) -> None:
    data = "date 2021-06-14 " + ENGLISH
    path = tmp_path / "offsets.txt"
    path.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    doc = _one(path)
    assert isinstance(doc, Document)
    source = path.read_bytes().decode("utf-8-sig")
    for needle in ("340 people", "pumps failed", "The river at Ellwick"):
        s = doc.text.index(needle)
        assert source[s : s + len(needle)] == needle
    start, end = doc.body
    assert doc.text[start:end] == source[start:end]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"Some words\x00then NULs\x00\x01\x02 and more", "NUL"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
    ids=["png", "pdf", "nul", "controls"],
)
def test_text_binary_is_rejected(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Rejection)
    assert item.code == "binary" and why in item.reason
    assert str(path) in item.message()


def test_text_binary_reason_lets_utf16_through() -> None:
    assert binary_reason(ENGLISH.encode("utf-16-le")) is None
    assert binary_reason(b"\xff\xfe" + CYRILLIC.encode("utf-16-le")) is None


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"date 2020-02-26\n\n", b"\xef\xbb\xbf\n"],
                         ids=["zero", "whitespace", "header-only", "bom-only"])
def test_text_empty_is_rejected(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Rejection) and item.code == "empty"
