"""The store: idempotent ingest by content hash, versions, atomic writes, recovery after a kill."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.store.sqlite import Extraction, Store, sqlite_path


def _claim(local: str, parent: str | None = None, value: int = 10) -> Claim:
    return Claim(
        id=local, document="a.txt", measure="killed", subgroup=None if parent is None else "women",
        unit="people", value=value, low=value, high=value, qualifier="exact", event="main", parent=parent,
        attribution=None, text=str(value), start=0, end=2, sentence="x",
    )


def _store_001(tmp_path: Path, text: str, claims: list[tuple[int, int | None, dict]]) -> Path:
    """A store as claimledger wrote it before migration 002: one document (pk 7), each claim one JSON object."""
    import json

    from claimledger.store.migrations import m001_initial

    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    m001_initial(db)
    db.execute("INSERT INTO migrations VALUES ('001_initial', '2026-11-01T00:00:00+00:00')")
    db.execute("INSERT INTO documents (pk, id, version, content_hash, text, source, body_start, body_end, "
               "ingested_at) VALUES (7, 'a.txt', 1, 'h', ?, 'a.txt', 0, ?, 'x')", (text, len(text)))
    for pk, parent, fields in claims:
        db.execute("INSERT INTO claims (pk, document_pk, local_id, parent_pk, data) VALUES (?, 7, ?, ?, ?)",
                   (pk, fields["id"], parent, json.dumps(fields)))
    db.close()
    return path


@pytest.mark.parametrize(
    "url, path",
    [("sqlite:///claimledger.db", "claimledger.db"), ("sqlite:////tmp/x.db", "/tmp/x.db"),
     ("sqlite://", ":memory:"), ("sqlite:///:memory:", ":memory:")],
)
def test_sqlite_path_parses_urls(url: str, path: str) -> None:
    assert sqlite_path(url) == path


def test_sqlite_same_content_twice_is_a_noop(store: Store) -> None:
    doc = Document(id="a.txt", text="Ten people died.", source="a.txt")
    first = store.add(doc, Extraction(claims=[_claim("c1")]))
    second = store.add(doc, Extraction(claims=[_claim("c1")]))
    assert (first.status, second.status) == ("added", "unchanged")
    assert store.count() == 1
    assert len(list(store.claims())) == 1


def test_sqlite_changed_file_becomes_new_version_and_old_is_kept(store: Store) -> None:
    store.add(Document(id="a.txt", text="Ten people died.", source="a.txt"), Extraction(claims=[_claim("c1")]))
    result = store.add(Document(id="a.txt", text="Twelve people died.", source="a.txt"),
                       Extraction(claims=[_claim("c1", value=12)]))
    assert (result.status, result.version) == ("new_version", 2)
    assert [d.text for d in store.versions("a.txt")] == ["Ten people died.", "Twelve people died."]
    assert store.document("a.txt").text == "Twelve people died."
    assert [c.value for c in store.claims()] == [12]  # only the current version's claims


def test_sqlite_parent_ids_are_renumbered_corpus_wide(store: Store) -> None:
    store.add(Document(id="x.txt", text="other", source="x.txt"), Extraction(claims=[_claim("c1")]))
    store.add(Document(id="a.txt", text="a", source="a.txt"), Extraction(claims=[_claim("c1"), _claim("c2", "c1", 3)]))
    claims = list(store.claims("a.txt"))
    ids = {c.id for c in store.claims()}
    assert len(ids) == 3
    assert claims[1].parent == claims[0].id != "c1"


def test_sqlite_failed_write_leaves_no_partial_document(store: Store) -> None:
    bad = _claim("c1")
    object.__setattr__(bad, "value", object())  # a value SQLite cannot store: fails half-way through the write
    with pytest.raises(sqlite3.ProgrammingError):
        store.add(Document(id="a.txt", text="t", source="a.txt"), Extraction(claims=[_claim("c0"), bad]))
    assert store.count() == 0
    assert list(store.claims()) == []


@settings(max_examples=30, deadline=None)
@given(texts=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=8))
def test_sqlite_ingest_is_idempotent_for_any_texts(texts: list[str]) -> None:
    with Store("sqlite://") as store:
        for round_ in range(2):
            for i, text in enumerate(texts):
                store.add(Document(id=f"d{i}.txt", text=text, source="t"), Extraction())
            snapshot = [(d.id, d.text) for d in store.documents()]
            if round_ == 0:
                first = snapshot
        assert snapshot == first
        assert len({t for t in texts}) == len({d.text for d in store.documents()})


def test_sqlite_run_killed_half_way_is_completed_by_the_next_run(tmp_path: Path) -> None:
    from claimledger.api import BATCH_DOCUMENTS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = 2 * BATCH_DOCUMENTS + 6  # more than one batch: the kill comes before the last one is written
    for i in range(total):
        (corpus / f"r{i:03d}.txt").write_text(f"Report {i}. At least {i + 3} people were killed in the flood.\n")
    db = tmp_path / "s.db"
    script = textwrap.dedent(
        f"""
        import os
        from claimledger import api
        from claimledger.settings import Settings
        from claimledger.store.sqlite import Store
        seen = []
        def on_item(item, result):
            seen.append(item)
            if len(seen) == 3:
                os._exit(9)  # killed: no cleanup, no commit of anything in flight
        api.ingest([{str(corpus)!r}], Store("sqlite:///{db}"), Settings(progress=False), on_item=on_item)
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = sorted(r[0] for r in con.execute("SELECT id FROM documents"))
    con.close()
    # Every document reported done is stored (whole batches only); the run died before the end.
    assert stored[:3] == ["r000.txt", "r001.txt", "r002.txt"] and 3 <= len(stored) < total

    from claimledger import api
    from claimledger.settings import Settings

    with Store(f"sqlite:///{db}") as store:
        report = api.ingest([str(corpus)], store, Settings(progress=False))
        assert (report.unchanged, report.added) == (len(stored), total - len(stored))
        assert sorted(d.id for d in store.documents()) == [f"r{i:03d}.txt" for i in range(total)]


def test_sqlite_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    from claimledger.errors import StoreError

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    with pytest.raises(StoreError, match="junk.db"):
        Store(f"sqlite:///{junk}")


def test_sqlite_same_text_under_another_id_is_its_own_report(store: Store) -> None:
    text = "Ten people died in the fire, officials said."
    first = store.add(Document(id="wire.txt", text=text, source="wire.txt"), Extraction(claims=[_claim("c1")]))
    copy = Document(id="paper.txt", text=text, source="paper.txt")
    assert store.find_content(copy) is None and store.twin(copy) == "wire.txt"
    second = store.add(copy, Extraction(claims=[_claim("c1")]))
    assert (first.status, second.status) == ("added", "added")
    assert sorted(d.id for d in store.documents()) == ["paper.txt", "wire.txt"]


def test_sqlite_several_processes_opening_a_new_store_at_once(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        from claimledger.store.sqlite import Store
        Store("sqlite:///{tmp_path / 'race.db'}").close()
        """
    )
    runs = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [(p.wait(), p.stderr.read() if p.stderr else "") for p in runs]
    assert all(code == 0 for code, _ in errors), errors


def test_sqlite_a_part_before_its_whole_keeps_its_parent(store: Store) -> None:
    doc = Document(id="a.txt", text="Of them 6 were children; 17 died.", source="a.txt")
    part = dataclasses.replace(_claim("c1"), parent="c2")
    store.add(doc, Extraction(claims=[part, _claim("c2")]))
    stored = list(store.claims())
    assert stored[0].parent == stored[1].id


def test_sqlite_add_many_sees_earlier_documents_of_its_own_batch(store: Store) -> None:
    text = "Four people drowned when the ferry capsized, the coastguard said."
    wire = Document(id="wire.txt", text=text, source="wire.txt")
    added = store.add_many([
        (wire, Extraction(claims=[_claim("c1")])),
        (wire, Extraction(claims=[_claim("c1")])),  # the same file given twice in one run
        (Document(id="paper.txt", text=text, source="paper.txt"), Extraction()),  # a syndicated copy
        (Document(id="wire.txt", text=text + " Two are missing.", source="wire.txt"),  # corrected
         Extraction(claims=[_claim("c1"), _claim("c2", value=2)])),
    ])
    assert [(a.result.status, a.result.version, a.twin) for a in added] == [
        ("added", 1, None), ("unchanged", 1, None), ("added", 1, "wire.txt"), ("new_version", 2, None)]
    assert sorted(d.id for d in store.documents()) == ["paper.txt", "wire.txt"]
    assert [c.value for c in store.claims()] == [10, 2]  # the current version's claims only


def test_sqlite_add_many_is_all_or_nothing(store: Store) -> None:
    good = (Document(id="a.txt", text="Ten people died.", source="a.txt"), Extraction(claims=[_claim("c1")]))
    bad_claim = dataclasses.replace(_claim("c1"), value=object())  # not storable in SQLite
    bad = (Document(id="b.txt", text="Nine people died.", source="b.txt"), Extraction(claims=[bad_claim]))
    with pytest.raises(sqlite3.ProgrammingError):
        store.add_many([good, bad])
    assert store.count() == 0 and list(store.claims()) == []


def test_sqlite_claims_stored_as_001_json_are_migrated_to_columns(tmp_path: Path) -> None:
    """A store written before migration 002 (each claim one JSON object) opens with every claim intact,
    ints staying ints and floats floats, and fields the old JSON lacked taking their defaults."""
    whole = dataclasses.asdict(_claim("c1", value=613)) | {"start": 24, "end": 27, "sentence_start": 0,
                                                            "event_label": "the war", "lexicon": "old"}
    part = {k: v for k, v in dataclasses.asdict(_claim("c2", "c1", 3)).items()
            if k not in ("sentence_start", "number_start", "number_end", "event_label", "event_date", "lexicon")}
    part["value"] = part["low"] = part["high"] = 1.5
    path = _store_001(tmp_path, "About 1.5 million fled; 613 died.", [(40, None, whole), (41, 40, part)])

    with Store(f"sqlite:///{path}") as store:
        claims = list(store.claims())
        columns = [row[1] for row in store.db.execute("PRAGMA table_info(claims)")]
    assert [c.id for c in claims] == ["c40", "c41"] and claims[1].parent == "c40"
    assert claims[0] == dataclasses.replace(_claim("c40", value=613), document="a.txt", start=24, end=27,
                                            event_label="the war", lexicon="old")
    assert (claims[1].value, claims[1].low, claims[1].high) == (1.5, 1.5, 1.5)
    assert type(claims[0].value) is int and type(claims[1].value) is float
    assert (claims[1].number_start, claims[1].event_date, claims[1].lexicon) == (0, None, "")
    assert "data" not in columns


def test_sqlite_claim_columns_hold_every_claim_field(store: Store) -> None:
    """The store's columns and the Claim fields cannot drift apart: a new field needs a migration."""
    columns = {row[1] for row in store.db.execute("PRAGMA table_info(claims)")}
    names = {f.name for f in dataclasses.fields(Claim)}
    assert names - {"id", "document", "parent"} <= columns
    doc = Document(id="b.txt", text="Ten people died.", source="b.txt")
    claim = dataclasses.replace(_claim("c1", value=10), document="b.txt", value=2.5, event_date="1992-02",
                                number_start=3, number_end=5, lexicon="v9", event_label="the flood", earlier=True)
    store.add(doc, Extraction(claims=[claim]))
    assert list(store.claims()) == [dataclasses.replace(claim, id=next(iter(store.claims())).id)]


def test_sqlite_find_contents_looks_up_a_batch_as_each_alone(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """One query for many documents answers what one query each did: stored, changed, twin, new, repeated."""
    import claimledger.store.sqlite as sqlite_module

    store.add(Document(id="a.txt", text="Ten people died.", source="a.txt"), Extraction())
    store.add(Document(id="a.txt", text="Twelve people died.", source="a.txt"), Extraction())
    store.add(Document(id="b.txt", text="Nine were hurt.", source="b.txt"), Extraction())
    asked = [Document(id="a.txt", text="Twelve people died.", source="a.txt"),  # the current version
             Document(id="a.txt", text="Ten people died.", source="a.txt"),  # an older version's text
             Document(id="a.txt", text="Thirteen people died.", source="a.txt"),  # changed again
             Document(id="c.txt", text="Nine were hurt.", source="c.txt"),  # b.txt's twin
             Document(id="d.txt", text="Two were missing.", source="d.txt"),  # new
             Document(id="b.txt", text="Nine were hurt.", source="b.txt")]
    one_by_one = [store.find_content(d) for d in asked]
    assert [r.version if r else None for r in one_by_one] == [2, 1, None, None, None, 1]
    monkeypatch.setattr(sqlite_module, "LOOKUP_CHUNK", 2)  # several queries, documents split between them
    assert store.find_contents(asked) == one_by_one
    assert store.twin(asked[3]) == "b.txt" and store.twin(asked[4]) is None


def test_sqlite_a_whole_number_beyond_64_bits_is_stored_as_a_float(store: Store) -> None:
    """SQLite's integers are 64-bit: a text may state more ("99999999999999999999 people"); it is kept, as a
    float, and the run goes on."""
    huge = dataclasses.replace(_claim("c1"), document="h.txt", value=10 ** 20, low=10 ** 20, high=None)
    store.add(Document(id="h.txt", text="x", source="h.txt"), Extraction(claims=[huge]))
    [stored] = store.claims()
    assert (stored.value, stored.low, stored.high) == (1e20, 1e20, None) and type(stored.value) is float


def test_sqlite_migration_keeps_huge_numbers_and_rebuilds_the_index(tmp_path: Path) -> None:
    fields = dataclasses.asdict(_claim("c1")) | {"value": 10 ** 20, "low": 10 ** 20}
    path = _store_001(tmp_path, "t", [(1, None, fields)])
    with Store(f"sqlite:///{path}") as store:
        [claim] = store.claims()
        indexes = {row[1] for row in store.db.execute("PRAGMA index_list(claims)")}
    assert claim.value == claim.low == 1e20
    assert "claims_document" in indexes


def test_sqlite_a_store_from_a_newer_claimledger_is_refused_clearly(tmp_path: Path) -> None:
    from claimledger.errors import StoreError

    path = tmp_path / "new.db"
    with Store(f"sqlite:///{path}") as store:
        store.db.execute("INSERT INTO migrations VALUES ('999_from_the_future', '2030-01-01T00:00:00+00:00')")
    with pytest.raises(StoreError, match=r"new\.db: .*newer claimledger.*999_from_the_future"):
        Store(f"sqlite:///{path}")
