"""JSON records: one per line or a list; a bad line is one rejection naming file:line, the rest go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.documents.model import Document, Rejection
from claimledger.documents.read import read_paths
from claimledger.settings import Settings

FIRST = "Rescuers in Ellwick said 340 people had left their homes by noon on Tuesday."
SECOND = "The Valley Herald reported that 12 streets remained under water on Wednesday."
THIRD = "A council spokesman said the pumps would run through the night."


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_jsonl_fields_and_ids(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "feed.jsonl", [
        json.dumps({"id": "herald-1", "text": FIRST, "title": "Ellwick evacuated", "date": "2022-03-09",
                    "url": "https://herald.example/1", "source": "The Valley Herald"}),
        json.dumps({"text": SECOND, "date": "2022-03"}),
    ])
    first, second = list(read_paths([path]))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.text, first.title) == ("herald-1", FIRST, "Ellwick evacuated")
    assert (first.published, first.published_precision) == ("2022-03-09", "day")
    assert (first.url, first.outlet) == ("https://herald.example/1", "The Valley Herald")
    assert second.id == "feed.jsonl#2"
    assert (second.published, second.published_precision) == ("2022-03", "month")


def test_records_jsonl_bad_lines_are_rejected_and_the_rest_go_on(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "mixed.jsonl", [
        json.dumps({"text": FIRST}),
        "{not json at all",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": THIRD}),
    ])
    items = list(read_paths([path]))
    docs = [i for i in items if isinstance(i, Document)]
    bad = [i for i in items if isinstance(i, Rejection)]
    assert [d.text for d in docs] == [FIRST, THIRD]
    assert [d.id for d in docs] == ["mixed.jsonl#1", "mixed.jsonl#7"]
    assert [(r.source, r.code) for r in bad] == [
        (f"{path}:2", "bad_json"), (f"{path}:3", "bad_json"), (f"{path}:5", "bad_json"), (f"{path}:6", "bad_json"),
    ]
    assert "`text`" in bad[1].reason


def test_records_jsonl_blank_text_is_no_text(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "blank.jsonl", [json.dumps({"text": "   "}), json.dumps({"text": SECOND})])
    items = list(read_paths([path]))
    assert isinstance(items[0], Rejection) and items[0].code == "no_text"
    assert isinstance(items[1], Document)


def test_records_jsonl_over_long_line_is_too_large(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "long.jsonl", [json.dumps({"text": "word " * 200}), json.dumps({"text": THIRD})])
    items = list(read_paths([path], Settings(max_bytes=300)))
    assert isinstance(items[0], Rejection) and (items[0].code, items[0].source) == ("too_large", f"{path}:1")
    assert isinstance(items[1], Document) and items[1].text == THIRD


def test_records_json_list(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": FIRST, "id": 7}, {"text": SECOND}, {"nope": 1}]), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Rejection"]
    assert [i.id for i in items if isinstance(i, Document)] == ["7", "batch.json#2"]
    assert isinstance(items[2], Rejection) and items[2].code == "bad_json" and items[2].source == f"{path}#3"


def test_records_json_single_object_takes_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": THIRD, "date": "2021"}, indent=2), encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.published, doc.published_precision) == ("one.json", THIRD, "2021", "year")


@pytest.mark.parametrize(("content", "code"), [
    ("[1, 2", "bad_json"), ('"just a string"', "bad_json"), ("[]", "empty"), ("  \n", "empty"),
])
def test_records_json_bad_files(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    items = list(read_paths([path]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [("Rejection", code)]


def test_records_unreadable_date_is_a_warning(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": FIRST, "date": "last Tuesday"})])
    (doc,) = list(read_paths([path]))
    assert isinstance(doc, Document)
    assert any("date not understood" in w for w in doc.warnings)
