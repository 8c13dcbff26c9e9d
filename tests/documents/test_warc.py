"""WARC reader: HTML response records become documents; other records are skipped; a cut archive keeps what came before."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.documents.model import Document, Rejection
from claimledger.documents.read import read_paths
from claimledger.settings import Settings

STORIES = (
    "Water rose by two metres overnight in Ellwick, and 340 people left their homes before dawn on Tuesday.",
    "The Valley Herald counted 12 flooded streets; the council said nine of them would reopen by Friday.",
    "Engineers from the river authority began repairing the breach in the embankment on Thursday morning.",
)


def _page(number: int) -> bytes:
    story = STORIES[number]
    return (f"<html><head><title>Flood report {number}</title></head><body><nav>Home | News</nav>"
            f"<article><h1>Flood report {number}</h1><p>{story}</p><p>{story}</p></article></body></html>").encode()


def _warc(tmp_path: Path, gzip: bool = True, extra: bool = True) -> tuple[Path, list[int], list[str]]:
    """An archive of three HTML responses (plus a non-HTML response, a 404 and a request); record ends, record ids."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    ends, ids = [], []

    def response(url: str, body: bytes, status: str = "200 OK", kind: str = "text/html; charset=utf-8") -> str:
        http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        writer.write_record(record)
        return str(record.rec_headers.get_header("WARC-Record-ID")).strip("<>")  # the URI, without its brackets

    for number in range(3):
        ids.append(response(f"https://herald.example/flood/{number}", _page(number)))
        ends.append(buffer.tell())
        if extra and number == 0:
            response("https://herald.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, kind="image/png")
            response("https://herald.example/gone", _page(1), status="404 Not Found")
            request = writer.create_warc_record("https://herald.example/flood/0", "request",
                                                payload=io.BytesIO(b"GET /flood/0 HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            ends[-1] = buffer.tell()
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(buffer.getvalue())
    return path, ends, ids


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    path, _, ids = _warc(tmp_path, gzip=gzip)
    items = list(read_paths([path]))
    assert all(isinstance(i, Document) for i in items), items
    assert [d.id for d in items if isinstance(d, Document)] == ids
    for number, doc in enumerate(items):
        assert isinstance(doc, Document)
        assert STORIES[number] in doc.text
        assert "<" not in doc.text and "Home | News" not in doc.text
        assert doc.url == f"https://herald.example/flood/{number}"


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0, 1, 2])
def test_warc_truncated_keeps_records_before_the_break(tmp_path: Path, gzip: bool, keep: int) -> None:
    path, ends, ids = _warc(tmp_path, gzip=gzip, extra=False)
    data = path.read_bytes()
    start = ends[keep - 1] if keep else 0
    path.write_bytes(data[: start + (ends[keep] - start) // 2])  # cut in the middle of record `keep`
    items = list(read_paths([path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ids[:keep]
    assert isinstance(items[-1], Rejection) and items[-1].code == "truncated"
    assert items[-1].source == str(path)
    assert sum(isinstance(i, Rejection) for i in items) == 1


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_cut_anywhere_never_raises(tmp_path: Path, gzip: bool) -> None:
    path, ends, _ = _warc(tmp_path, gzip=gzip, extra=False)
    data = path.read_bytes()
    for cut in range(6, ends[0] + 40, 7):
        path.write_bytes(data[:cut])
        items = list(read_paths([path]))
        assert items, cut
        if cut < ends[0] - 8:  # inside the first record (gzip's 8-byte trailer aside)
            assert [i.code for i in items if isinstance(i, Rejection)] == ["truncated"], cut


def test_warc_record_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path, _, _ = _warc(tmp_path, extra=False)
    items = list(read_paths([path], Settings(max_bytes=100)))
    assert [i.code for i in items if isinstance(i, Rejection)] == ["too_large"] * 3


@pytest.mark.parametrize(("data", "code"), [(b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"hello, not an archive", "binary")])
def test_warc_not_an_archive(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(data)
    items = list(read_paths([path]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [("Rejection", code)]
