"""read_paths / read_bytes: files, folders, stdin, limits and every bad input as a Rejection, never an exception."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path

import pytest

from claimledger.documents.model import Document, Rejection
from claimledger.documents.read import _read_all, read_bytes, read_paths, sniff
from claimledger.documents.readers import format_of, reads_whole
from claimledger.documents.readers.text import date_header
from claimledger.settings import Settings

REPORT = "Rescuers in Ellwick said 340 people had left their homes by noon on Tuesday, as the river kept rising.\n"
PAGE = ("<!DOCTYPE html><html><head><title>Ellwick flood</title></head><body><article><h1>Ellwick flood</h1>"
        f"<p>{REPORT.strip()}</p><p>{REPORT.strip()}</p></article></body></html>")


def _summary(items: list[Document | Rejection]) -> list[tuple[str, str]]:
    return [(i.id, "doc") if isinstance(i, Document) else (Path(i.source).name, i.code) for i in items]


def test_read_folder_walk_is_recursive_sorted_and_skips_quietly(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("c.txt", "a.txt", "b/z.txt", "b/deep/m.txt", "b/a.TXT", ".hidden/x.txt", ".dot.txt"):
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(read_paths([tmp_path]))
    assert _summary(items) == [("a.txt", "doc"), ("a.TXT", "doc"), ("m.txt", "doc"), ("z.txt", "doc"), ("c.txt", "doc")]
    assert all(isinstance(i, Document) and i.source.startswith(str(tmp_path)) for i in items)


def test_read_folder_mixes_formats(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "2.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "3.jsonl").write_text(json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [i.id for i in items if isinstance(i, Document)] == ["1.txt", "2.html", "3.jsonl#1"]


@pytest.mark.parametrize("contents", [[], ["notes.md", "photo.png"], [".hidden.txt"]], ids=["empty", "unsupported", "hidden"])
def test_read_folder_without_readable_files_is_no_files(tmp_path: Path, contents: list[str]) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in contents:
        (folder / name).write_text(REPORT, encoding="utf-8")
    items = list(read_paths([folder]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [("Rejection", "no_files")]
    assert isinstance(items[0], Rejection) and items[0].source == str(folder)


def test_read_not_found_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    items = list(read_paths([tmp_path / "missing.txt", good, str(tmp_path / "nowhere")]))
    assert _summary(items) == [("missing.txt", "not_found"), ("good.txt", "doc"), ("nowhere", "not_found")]
    assert isinstance(items[0], Rejection) and str(tmp_path / "missing.txt") in items[0].message()


def test_read_named_unsupported_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(REPORT, encoding="utf-8")
    (item,) = list(read_paths([path]))
    assert isinstance(item, Rejection) and item.code == "unsupported" and "'.md'" in item.reason


@pytest.mark.parametrize(("name", "data"), [("big.txt", REPORT * 10), ("big.html", PAGE * 3), ("big.json", json.dumps({"text": REPORT * 10}))])
def test_read_too_large_is_checked_before_reading(tmp_path: Path, name: str, data: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    monkeypatch.setattr(os, "open", lambda *a, **k: pytest.fail("opened a file over the limit"))
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("opened a file over the limit"))
    (item,) = list(read_paths([path], Settings(max_bytes=200)))
    assert isinstance(item, Rejection) and item.code == "too_large" and str(path.stat().st_size) in item.reason


def test_read_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(REPORT, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)  # as the system answers for a file we may not read
    (item,) = list(read_paths([path]))
    assert isinstance(item, Rejection) and item.code == "unreadable" and "Permission denied" in item.reason


@pytest.mark.parametrize(
    ("data", "text_in"),
    [(REPORT.encode("utf-8"), REPORT), (PAGE.encode("utf-8"), "340 people")],
    ids=["text", "html"],
)
def test_read_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, data: bytes, text_in: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (doc,) = list(read_paths(["-"]))
    assert isinstance(doc, Document)
    assert doc.id == f"stdin-{hashlib.sha256(data).hexdigest()[:12]}" and doc.source == "<stdin>"
    assert text_in in doc.text and "<p>" not in doc.text


def test_read_stdin_two_different_texts_are_two_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = []
    for text in (REPORT, REPORT.replace("people", "residents")):
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
        (doc,) = list(read_paths(["-"]))
        ids.append(doc.id)
    assert len(set(ids)) == 2


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_read_deeply_nested_json_is_a_rejection_not_a_crash(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("[" * 200_000)
    (tmp_path / "ok.txt").write_text(REPORT)
    items = list(read_paths([tmp_path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["ok.txt"]
    assert [r.code for r in items if isinstance(r, Rejection)] in (["bad_json"], ["failed"])


def test_read_stdin_jsonl_records(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = json.dumps({"text": REPORT}) + "\n" + "oops\n" + json.dumps({"text": REPORT, "id": "r3"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))  # a text stream without .buffer
    items = list(read_paths(["-"]))
    name = f"stdin-{hashlib.sha256(lines.encode()).hexdigest()[:12]}"
    assert _summary(items) == [(f"{name}#1", "doc"), ("<stdin>:2", "bad_json"), ("r3", "doc")]


@pytest.mark.parametrize(("data", "code"), [(b"", "empty"), (b" \n\n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")])
def test_read_stdin_bad_input(monkeypatch: pytest.MonkeyPatch, data: bytes, code: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (item,) = list(read_paths(["-"]))
    assert isinstance(item, Rejection) and (item.source, item.code) == ("<stdin>", code)


def test_read_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode() * 5)))
    (item,) = list(read_paths(["-"], Settings(max_bytes=100)))
    assert isinstance(item, Rejection) and item.code == "too_large"


@pytest.mark.parametrize(
    ("data", "ending"),
    [(b"Plain words about a flood.", ".txt"), (b"  <!doctype html><html><p>x</p></html>", ".html"),
     (b"<p>A fragment</p>", ".html"), (b"<3 floods", ".txt"), (b'{"text": "a"}\n{"text": "b"}', ".jsonl"),
     (b'{\n  "text": "a"\n}', ".json"), (b'[{"text": "a"}]', ".json"), (b"{not json", ".txt"),
     (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", ".warc")],
)
def test_read_sniff(data: bytes, ending: str) -> None:
    assert sniff(data) == ending


@pytest.mark.parametrize(("name", "code"), [("upload.txt", None), ("upload.html", None), ("upload.docx", "unsupported"), ("upload.txt ", "unsupported")])
def test_read_bytes_dispatches_by_name(name: str, code: str | None) -> None:
    data = (PAGE if name.startswith("upload.html") else REPORT).encode("utf-8")
    items = list(read_bytes(data, name))
    if code is None:
        assert len(items) == 1 and isinstance(items[0], Document) and items[0].id == name and "340 people" in items[0].text
    else:
        assert len(items) == 1 and isinstance(items[0], Rejection) and items[0].code == code


def test_read_bytes_limits_and_empty() -> None:
    assert [getattr(i, "code", None) for i in read_bytes(REPORT.encode() * 4, "x.txt", Settings(max_bytes=50))] == ["too_large"]
    assert [getattr(i, "code", None) for i in read_bytes(b"", "x.txt")] == ["empty"]
    assert [getattr(i, "code", None) for i in read_bytes(b"\x89PNG\r\n\x1a\n", "x.jsonl")] == ["binary"]


def test_read_seed_corpus(seed_corpus: Path) -> None:
    items = list(read_paths([seed_corpus]))
    assert [i for i in items if isinstance(i, Rejection)] == []
    names = sorted(p.name for p in seed_corpus.iterdir() if p.suffix == ".txt")
    assert [i.id for i in items if isinstance(i, Document)] == names
    assert len(names) == 5
    for doc in items:
        assert isinstance(doc, Document)
        assert doc.text == (seed_corpus / doc.id).read_text(encoding="utf-8")
        assert doc.encoding == "utf-8"


def test_read_seed_corpus_header_dates(seed_corpus: Path, gold_documents: dict[str, object]) -> None:
    gold = gold_documents["documents"]
    assert isinstance(gold, dict)
    for doc in read_paths([seed_corpus]):
        assert isinstance(doc, Document)
        if "header line" in gold[doc.id]["published_from"]:
            assert doc.published == gold[doc.id]["published"]
            header_end, _, _ = date_header(doc.text)
            assert 0 < header_end <= doc.body_start  # the body starts past the header token


@pytest.mark.parametrize("name, target, whole", [
    ("a/b/Report.TXT", "text:read_text", True), ("page.htm", "html:read_html", True),
    ("crawl.warc.gz", "warc:read_warc", False), ("crawl.WARC", "warc:read_warc", False),
    ("rows.jsonl", "records:read_jsonl", False), ("rows.json", "records:read_json", True),
    ("notes.gz", None, False), ("txt", None, False), ("archive.txt.bak", None, False), (".txt", "text:read_text", True),
])
def test_read_format_of_file_endings(name: str, target: str | None, whole: bool) -> None:
    assert format_of(name) == target and reads_whole(name) is whole


@pytest.mark.parametrize("given", [".", "./", "inbox/..", "inbox//../"], ids=["dot", "slash", "dotdot", "doubled"])
def test_read_folder_sources_as_pathlib_writes_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "deep").mkdir()
    (tmp_path / "top.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "inbox" / "deep" / "low.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    items = list(read_paths([given]))
    expected = [str(Path(given) / "inbox" / "deep" / "low.txt"), str(Path(given) / "top.txt")]
    assert [i.source for i in items] == expected and all(isinstance(i, Document) for i in items)
    assert [i.id for i in items] == ["low.txt", "top.txt"]


@pytest.mark.parametrize("stat_size", [1, 10, len(REPORT), 500], ids=["grown-a-lot", "grown", "same", "shrunk"])
def test_read_whole_file_changed_since_its_stat_is_read_to_its_end(tmp_path: Path, stat_size: int) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert _read_all(str(path), stat_size) == REPORT.encode("utf-8")
