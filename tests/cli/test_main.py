"""The command line: exit codes, stdout for results and stderr for messages, the SPEC commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests_support import run_cli  # type: ignore[import-not-found]


def test_main_ingest_then_documents_json_lists_gold_dates(tmp_path: Path, seed_corpus: Path,
                                                          gold_documents: dict) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    ingest = run_cli(["ingest", str(seed_corpus), "--db", db, "--no-progress"])
    assert ingest.returncode == 0, ingest.stderr
    assert "5 documents read" in ingest.stderr
    listed = run_cli(["documents", "--format", "json", "--db", db])
    assert listed.returncode == 0, listed.stderr
    docs = {d["id"]: d for d in json.loads(listed.stdout)}
    for doc_id, gold in gold_documents["documents"].items():
        assert (docs[doc_id]["published"], docs[doc_id]["published_precision"]) == (
            gold["published"], gold["published_precision"])
        assert docs[doc_id]["outlet"] == gold["outlet"]
        start, end = docs[doc_id]["body"]
        assert 0 <= start < end


def test_main_reingest_is_a_noop(tmp_path: Path, seed_corpus: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    run_cli(["ingest", str(seed_corpus), "--db", db, "--no-progress"])
    again = run_cli(["ingest", str(seed_corpus), "--db", db, "--no-progress"])
    assert again.returncode == 0
    assert "0 added" in again.stderr and "5 unchanged" in again.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_main_claims_formats_carry_spec_fields(tmp_path: Path, seed_corpus: Path, fmt: str) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    run_cli(["ingest", str(seed_corpus), "--db", db, "--no-progress"])
    out = run_cli(["claims", "--format", fmt, "--db", db])
    assert out.returncode == 0, out.stderr
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
    spec = {"id", "document", "measure", "subgroup", "unit", "value", "low", "high", "qualifier", "event",
            "parent", "attribution", "text", "start", "end", "sentence"}
    assert rows and spec <= set(rows[0])
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_corpus.iterdir()}
    for row in rows:  # every claim is traceable to its offsets in the original text
        assert texts[row["document"]][int(row["start"]):int(row["end"])] == row["text"]
        assert str(row["event"]).startswith("e")


def test_main_bad_inputs_exit_1_and_keep_the_good(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("At least 12 people were killed in the flood, officials said.\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_text("")
    db = f"sqlite:///{tmp_path / 's.db'}"
    out = run_cli(["ingest", str(tmp_path), str(tmp_path / "nope.txt"), "--db", db, "--no-progress"])
    assert out.returncode == 1
    for name in ("image.txt", "empty.txt", "nope.txt"):
        assert name in out.stderr
    assert out.stdout == ""
    listed = json.loads(run_cli(["documents", "--format", "json", "--db", db]).stdout)
    assert [d["id"] for d in listed] == ["good.txt"]


def test_main_usage_error_exits_2() -> None:
    assert run_cli(["ledger", "--format", "pdf"]).returncode == 2


def test_main_analyze_reads_stdin(tmp_path: Path) -> None:
    text = "KELLOW, May 3 - Nine people died and 40 were injured when a bus overturned, police said.\n"
    out = run_cli(["analyze", "-", "--format", "json", "--no-progress"], stdin=text, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    ledger = json.loads(out.stdout)
    values = {(f["measure"], v["value"]) for e in ledger["events"] for f in e["figures"] for v in f["values"]}
    assert {("killed", 9), ("wounded", 40)} <= values
    assert not (tmp_path / "claimledger.db").exists()  # analyze uses a throw-away store


def test_main_evaluate_prints_core_and_all_scores(seed_corpus: Path, shared_dir: Path) -> None:
    gold = shared_dir / "gold" / "khojaly-2012-2023.claims.jsonl"
    out = run_cli(["evaluate", "--gold", str(gold), "--corpus", str(seed_corpus)])
    assert out.returncode == 0, out.stderr
    assert "core" in out.stdout and "F1" in out.stdout


def test_main_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    help_text = run_cli(["--help"]).stdout
    commands = ["ingest", "documents", "claims", "framing", "ledger", "analyze", "report", "serve", "evaluate"]
    for command in commands:
        assert command in help_text
        assert f"claimledger {command}" in readme


def test_main_every_setting_is_in_the_readme() -> None:
    from claimledger.settings import SETTINGS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in readme, setting.name


@pytest.mark.parametrize("command", ["documents", "claims", "framing", "ledger", "report"])
def test_main_read_commands_refuse_a_store_that_does_not_exist(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "typo.db"
    out = run_cli([command, "--db", f"sqlite:///{missing}"], cwd=tmp_path)
    assert out.returncode == 2
    assert "no store at" in out.stderr and str(missing) in out.stderr
    assert not missing.exists()


def test_main_report_to_an_unwritable_place_is_one_clear_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    (tmp_path / "a.txt").write_text("At least 12 people were killed in the flood, officials said.\n")
    run_cli(["ingest", str(tmp_path / "a.txt"), "--db", db, "--no-progress"])
    out = run_cli(["report", "--db", db, "-o", str(tmp_path / "no" / "such" / "dir" / "r.html")])
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr


def test_main_messages_stay_on_one_line_when_piped(tmp_path: Path) -> None:
    name = "a-file-with-a-rather-long-name-so-that-the-message-passes-eighty-columns-easily.txt"
    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    out = run_cli(["analyze", str(tmp_path / name), "--no-progress"], cwd=tmp_path)
    assert out.returncode == 1
    line = next(line for line in out.stderr.splitlines() if name in line)
    assert "skipped (binary)" in line


def test_main_version_names_the_rules() -> None:
    out = run_cli(["--version"])
    assert out.returncode == 0 and "claims-lexicon/" in out.stdout and "framing-lexicon/" in out.stdout


def test_main_syndicated_copies_are_kept_and_named(tmp_path: Path) -> None:
    text = ("Fourteen people were arrested after the match at the county ground on Saturday, police said. "
            "Officers said the trouble began when rival supporters met outside the north stand after the final "
            "whistle, and that two stewards were treated for minor injuries at the scene.\n")
    (tmp_path / "wire.txt").write_text(text)
    (tmp_path / "paper.txt").write_text(text)
    out = run_cli(["analyze", str(tmp_path), "--format", "json", "--no-progress"], cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "same text as" in out.stderr and "2 documents read, 2 added" in out.stderr
    ledger = json.loads(out.stdout)
    (value,) = [v for e in ledger["events"] for f in e["figures"] if f["measure"] == "arrested" for v in f["values"]]
    assert sorted(value["documents"]) == ["paper.txt", "wire.txt"] and value["independent"] == 1


def test_main_evaluate_bad_gold_or_wrong_corpus_is_a_usage_error(tmp_path: Path, seed_corpus: Path,
                                                                  shared_dir: Path) -> None:
    (tmp_path / "broken.jsonl").write_text('{"document": "a.txt", "measure": "killed"}\n\n{"document": \n')
    bad = run_cli(["evaluate", "--gold", str(tmp_path / "broken.jsonl"), "--corpus", str(seed_corpus)])
    assert bad.returncode == 2 and "not a gold claims file" in bad.stderr and "Traceback" not in bad.stderr
    assert "line 3:" in bad.stderr  # the file's line, not the line within the bad line
    (tmp_path / "empty").mkdir()
    gold = shared_dir / "gold" / "khojaly-2012-2023.claims.jsonl"
    wrong = run_cli(["evaluate", "--gold", str(gold), "--corpus", str(tmp_path / "empty")])
    assert wrong.returncode == 2 and "holds none of the" in wrong.stderr


def test_main_non_english_text_is_warned_about(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_text("Во вторник в городе прошли сильные дожди, и многие жители были вынуждены "
                                     "покинуть свои дома, сообщили местные власти в своём заявлении.\n")
    out = run_cli(["analyze", str(tmp_path / "ru.txt"), "--no-progress"], cwd=tmp_path)
    assert "looks like language 'ru'" in out.stderr
