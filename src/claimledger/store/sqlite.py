"""SQLite store: documents (versioned by content hash) with their claims, framing spans and dated facts."""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from claimledger.claims.model import Claim, DatedFact
from claimledger.documents.model import Document
from claimledger.errors import NotFoundError, StoreError
from claimledger.framing.model import DocumentFraming, Span
from claimledger.store.migrations import migrate

# How long a writer waits for another process's lock before giving up (ms).
BUSY_TIMEOUT_MS = 30_000
# Opening a new store while another process creates it: retries of the WAL switch (about 5 s in all).
OPEN_ATTEMPTS = 50
OPEN_RETRY_SECONDS = 0.1


@dataclass(frozen=True)
class Extraction:
    """What the downstream stages produced for one document, stored with it in one transaction."""

    claims: Sequence[Claim] = ()
    spans: Sequence[Span] = ()
    dated: Sequence[DatedFact] = ()
    framing: DocumentFraming | None = None
    version: str = ""


@dataclass(frozen=True)
class AddResult:
    status: str  # "added", "new_version" or "unchanged"
    document: str
    version: int
    same_as: str | None = None  # for "unchanged": the stored document with this content


@dataclass(frozen=True)
class Added:
    """One document's outcome in `Store.add_many`, with the id of another stored document with the same
    text when there was one before it (a syndicated copy: stored as its own report all the same)."""

    result: AddResult
    twin: str | None = None


def sqlite_path(url: str) -> str:
    """`sqlite:///rel/or/abs.db` -> path; `sqlite://` or `sqlite:///:memory:` -> ':memory:'."""
    if not url.startswith("sqlite://"):
        raise StoreError(f"unsupported store URL {url!r}: use sqlite:///path/to/file.db")
    rest = url[len("sqlite://"):]
    if rest in ("", "/", "/:memory:"):
        return ":memory:"
    return rest[1:] if rest.startswith("/") else rest


# Documents looked up in one query: two parameters each, under the 999 that SQLite before 3.32 allows.
LOOKUP_CHUNK = 400


class _Row(NamedTuple):
    """A stored document as the lookups read it."""

    id: str
    version: int
    content_hash: str


class _Judged(NamedTuple):
    known: AddResult | None  # the document as stored (same id, same text): "unchanged"
    twin: str | None  # the first other document stored with its text
    latest: int  # its id's latest stored version (0 if none)


class _Stored:
    """Stored rows by text and by id, in the order they were stored."""

    def __init__(self) -> None:
        self.by_hash: dict[str, list[_Row]] = {}
        self.by_id: dict[str, list[_Row]] = {}

    def add(self, row: _Row) -> None:
        self.by_hash.setdefault(row.content_hash, []).append(row)
        self.by_id.setdefault(row.id, []).append(row)

    def judge(self, doc: Document) -> _Judged:
        same = self.by_hash.get(doc.content_hash, [])
        known = next((AddResult("unchanged", doc.id, r.version, same_as=r.id) for r in same if r.id == doc.id), None)
        twin = next((r.id for r in same if r.id != doc.id), None)
        return _Judged(known, twin, max((r.version for r in self.by_id.get(doc.id, [])), default=0))


class Store:
    """One SQLite database. Each write (a document, or a batch of them) is atomic; re-ingesting the same
    content is a no-op."""

    def __init__(self, url: str) -> None:
        self.url = url
        path = sqlite_path(url)
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's folder ({exc.strerror or exc})") from None
        self.db = self._open(path)

    @staticmethod
    def _open(path: str) -> sqlite3.Connection:
        """Connect, set the pragmas and migrate. Switching a brand-new file to WAL takes an exclusive lock
        that SQLite does not wait for, so processes opening one new store together retry briefly."""
        for attempt in range(OPEN_ATTEMPTS):
            db = None
            try:
                db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                if path != ":memory:":
                    db.execute("PRAGMA journal_mode = WAL")
                    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses
                    # nothing committed and the file is never corrupt; only an OS crash or power cut may
                    # roll back the last few documents, which the next ingest adds again (idempotent).
                    db.execute("PRAGMA synchronous = NORMAL")
                db.execute("PRAGMA foreign_keys = ON")
                migrate(db)
                return db
            except sqlite3.DatabaseError as exc:
                if db is not None:
                    db.close()
                if "locked" in str(exc) and attempt + 1 < OPEN_ATTEMPTS:
                    time.sleep(OPEN_RETRY_SECONDS)
                    continue
                raise StoreError(f"{path}: cannot open the store ({exc}); is it a claimledger SQLite file?") from exc
            except StoreError as exc:  # (a store from a newer claimledger)
                if db is not None:
                    db.close()
                raise StoreError(f"{path}: {exc}") from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):  # never hide the original error behind a failed rollback
                self.db.execute("ROLLBACK")
            raise

    # -- writing -------------------------------------------------------------------------------

    def find_content(self, doc: Document) -> AddResult | None:
        """This document as already stored (same id, same text), if it is (so callers can skip extraction).

        The same text under another id is not this document: syndicated copies are separate reports
        (see `twin`), which the ledger then finds to be copies rather than independent sources."""
        return self._stored([doc]).judge(doc).known

    def find_contents(self, docs: Sequence[Document]) -> list[AddResult | None]:
        """find_content of each document, looked up together (one query for a batch, not one each)."""
        stored = self._stored(docs)
        return [stored.judge(doc).known for doc in docs]

    def twin(self, doc: Document) -> str | None:
        """The id of another stored document with exactly this text, if any."""
        return self._stored([doc]).judge(doc).twin

    def _stored(self, docs: Sequence[Document]) -> _Stored:
        """The stored rows that have the text or the id of one of `docs` (one query per LOOKUP_CHUNK)."""
        found: dict[int, _Row] = {}
        for k in range(0, len(docs), LOOKUP_CHUNK):
            chunk = docs[k:k + LOOKUP_CHUNK]
            hashes, ids = list({d.content_hash for d in chunk}), list({d.id for d in chunk})
            sql = (f"SELECT pk, id, version, content_hash FROM documents WHERE content_hash IN "
                   f"({', '.join('?' * len(hashes))}) OR id IN ({', '.join('?' * len(ids))})")
            for pk, id_, version, content_hash in self.db.execute(sql, hashes + ids):
                found[pk] = _Row(id_, version, content_hash)
        stored = _Stored()
        for pk in sorted(found):
            stored.add(found[pk])
        return stored

    def add(self, doc: Document, extraction: Extraction) -> AddResult:
        """Store a document with what was extracted from it, in one transaction."""
        return self.add_many([(doc, extraction)])[0].result

    def add_many(self, pairs: Sequence[tuple[Document, Extraction]]) -> list[Added]:
        """Store several documents in one transaction: all of them or, if anything fails, none.

        One commit per batch instead of one per document takes ~40% off the time writes cost. Each is
        checked in turn, so a document repeated within the batch is "unchanged" the second time, and a
        twin stored earlier in the same batch is found."""
        out = []
        with self.transaction() as db:
            ingested_at = datetime.now(timezone.utc).isoformat()
            claim_pks = self._claim_pks(db)
            stored = self._stored([doc for doc, _ in pairs])  # read under the write lock: no one else adds
            for doc, extraction in pairs:
                known, twin, latest = stored.judge(doc)
                if known is not None:  # this very document is stored already (perhaps earlier in this batch)
                    out.append(Added(known))
                    continue
                version = latest + 1
                if version > 1:  # earlier versions stop being current (a first version has none)
                    db.execute("UPDATE documents SET current = 0 WHERE id = ?", (doc.id,))
                pk = self._insert_document(db, doc, version, extraction.version, ingested_at)
                self._insert_extraction(db, pk, extraction, claim_pks)
                stored.add(_Row(doc.id, version, doc.content_hash))
                out.append(Added(AddResult("added" if version == 1 else "new_version", doc.id, version), twin))
        return out

    def replace_extraction(self, document_id: str, extraction: Extraction) -> None:
        """Re-run results for the current version of a document (e.g. after the rules changed)."""
        with self.transaction() as db:
            pk = self._current_pk(document_id)
            for table in ("claims", "spans", "dated_facts", "framing_scores"):
                db.execute(f"DELETE FROM {table} WHERE document_pk = ?", (pk,))
            db.execute("UPDATE documents SET extracted_with = ? WHERE pk = ?", (extraction.version, pk))
            self._insert_extraction(db, pk, extraction, self._claim_pks(db))

    @staticmethod
    def _claim_pks(db: sqlite3.Connection) -> Iterator[int]:
        """Row ids for new claims, from one past the largest: given explicitly (what SQLite would pick) so
        that a document's claims, parents included, go in one executemany; the write lock is held, so no
        other writer can take them meanwhile."""
        return itertools.count((db.execute("SELECT MAX(pk) FROM claims").fetchone()[0] or 0) + 1)

    def _insert_document(self, db: sqlite3.Connection, doc: Document, version: int, extracted_with: str,
                         ingested_at: str) -> int:
        start, end = doc.body
        cur = db.execute(
            """INSERT INTO documents (id, version, current, content_hash, text, source, body_start,
               body_end, title, published, published_precision, published_from, outlet, language, url,
               encoding, warnings, extracted_with, ingested_at)
               VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (doc.id, version, doc.content_hash, doc.text, doc.source, start, end, doc.title,
             doc.published, doc.published_precision, doc.published_from, doc.outlet, doc.language,
             doc.url, doc.encoding, _dumps(list(doc.warnings)) if doc.warnings else "[]", extracted_with,
             ingested_at),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _insert_extraction(self, db: sqlite3.Connection, pk: int, ex: Extraction, claim_pks: Iterator[int]) -> None:
        if ex.claims:
            # Every claim's row id first, then the parents: a part may come before its whole in the text.
            local_to_pk = {claim.id: next(claim_pks) for claim in ex.claims}
            rows = [(local_to_pk[claim.id], pk, claim.id, local_to_pk.get(claim.parent or ""), *_claim_values(claim))
                    for claim in ex.claims]
            db.executemany(_INSERT_CLAIM, rows)
        if ex.spans:
            db.executemany("INSERT INTO spans (document_pk, data) VALUES (?, ?)",
                           [(pk, _dumps(_plain(span))) for span in ex.spans])
        if ex.dated:
            db.executemany("INSERT INTO dated_facts (document_pk, data) VALUES (?, ?)",
                           [(pk, _dumps(_plain(fact))) for fact in ex.dated])
        if ex.framing is not None:
            db.execute("INSERT INTO framing_scores (document_pk, data) VALUES (?, ?)", (pk, _dumps(_plain(ex.framing))))

    # -- reading -------------------------------------------------------------------------------

    def _current_pk(self, document_id: str) -> int:
        row = self.db.execute("SELECT pk FROM documents WHERE id = ? AND current = 1", (document_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document {document_id!r} in the store {self.url}")
        return int(row[0])

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM documents WHERE current = 1").fetchone()[0])

    def documents(self) -> Iterator[Document]:
        """Current versions, in ingest order, streamed."""
        cur = self.db.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE current = 1 ORDER BY pk")
        for row in cur:
            yield _document(row)

    def versions(self, document_id: str) -> list[Document]:
        rows = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ? ORDER BY version", (document_id,)
        ).fetchall()
        return [_document(r) for r in rows]

    def document(self, document_id: str) -> Document:
        row = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ? AND current = 1", (document_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document {document_id!r} in the store {self.url}")
        return _document(row)

    def extracted_with(self) -> dict[str, str]:
        rows = self.db.execute("SELECT id, extracted_with FROM documents WHERE current = 1")
        return {r[0]: r[1] for r in rows}

    def claims(self, document: str | None = None) -> Iterator[Claim]:
        """Claims of current documents with corpus-wide ids ("c" + row number)."""
        sql = f"""SELECT c.pk, c.parent_pk, d.id, {_CLAIM_SELECT} FROM claims c JOIN documents d
                  ON d.pk = c.document_pk WHERE d.current = 1"""
        args: tuple[Any, ...] = ()
        if document is not None:
            sql += " AND d.id = ?"
            args = (document,)
        for pk, parent_pk, document_id, *values in self.db.execute(sql + " ORDER BY c.pk", args):
            row = dict(zip(CLAIM_COLUMNS, values))
            row["earlier"] = bool(row["earlier"])  # (SQLite keeps a bool as 0 or 1)
            yield Claim(id=f"c{pk}", document=document_id, parent=None if parent_pk is None else f"c{parent_pk}",
                        **row)

    def spans(self, document: str | None = None) -> Iterator[Span]:
        for _, data in self._rows("spans", document):
            fields = json.loads(data)
            fields["techniques"] = tuple(fields["techniques"])
            yield Span(**fields)

    def dated_facts(self, document: str | None = None) -> Iterator[DatedFact]:
        for pk, data in self._rows("dated_facts", document):
            fields = json.loads(data)
            fields["id"] = f"d{pk}"
            yield DatedFact(**fields)

    def framing_scores(self) -> dict[str, DocumentFraming]:
        out = {}
        for _, data in self._rows("framing_scores", None):
            score = DocumentFraming(**json.loads(data))
            out[score.document] = score
        return out

    def _rows(self, table: str, document: str | None) -> Iterator[tuple[int, str]]:
        key = "t.document_pk" if table == "framing_scores" else "t.pk"
        sql = f"SELECT {key}, t.data FROM {table} t JOIN documents d ON d.pk = t.document_pk WHERE d.current = 1"
        if document is None:
            return self.db.execute(sql + f" ORDER BY d.pk, {key}")
        return self.db.execute(sql + f" AND d.id = ? ORDER BY d.pk, {key}", (document,))


# A claim's columns (migration 002): every Claim field but those the row holds otherwise (its document is the
# document row's id, its id and parent's are the row's pk and parent_pk).
CLAIM_COLUMNS = tuple(f.name for f in fields(Claim) if f.name not in ("id", "document", "parent"))
_claim_fields = operator.attrgetter(*CLAIM_COLUMNS)
_NUMBERS = tuple(i for i, name in enumerate(CLAIM_COLUMNS) if name in ("value", "low", "high"))
# SQLite's integers are 64-bit: a larger whole number ("99999999999999999999 people") is stored as a float.
_INT_MAX = 2 ** 63 - 1


def _claim_values(claim: Claim) -> tuple[Any, ...]:
    values = _claim_fields(claim)
    value, low, high = claim.value, claim.low, claim.high  # (the _NUMBERS columns, read without a generator per claim)
    if type(value) is int and abs(value) > _INT_MAX or type(low) is int and abs(low) > _INT_MAX \
            or type(high) is int and abs(high) > _INT_MAX:
        values = tuple(float(v) if i in _NUMBERS and type(v) is int and abs(v) > _INT_MAX else v
                       for i, v in enumerate(values))
    return values
_CLAIM_SELECT = ", ".join(f'c."{name}"' for name in CLAIM_COLUMNS)  # quoted: "end" is an SQL keyword
_INSERT_CLAIM = "INSERT INTO claims (pk, document_pk, local_id, parent_pk, {}) VALUES ({})".format(
    ", ".join(f'"{name}"' for name in CLAIM_COLUMNS), ", ".join("?" * (4 + len(CLAIM_COLUMNS))))

_dumps = json.JSONEncoder().encode  # json.dumps with default options, without its per-call checks


def _plain(value: Any) -> dict[str, Any]:
    """A flat dataclass's fields as a dict (what dataclasses.asdict gives for flat values, without its deep copy)."""
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    return {name: getattr(value, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # each stored dataclass's field names, read once


_DOC_COLUMNS = (
    "id, text, source, body_start, body_end, title, published, published_precision, published_from, "
    "outlet, language, url, encoding, warnings"
)


def _document(row: tuple[Any, ...]) -> Document:
    (id_, text, source, start, end, title, published, precision, published_from, outlet, language, url,
     encoding, warnings) = row
    return Document(
        id=id_, text=text, source=source, body_start=start, body_end=end, title=title, published=published,
        published_precision=precision, published_from=published_from, outlet=outlet, language=language,
        url=url, encoding=encoding, warnings=tuple(json.loads(warnings)),
    )
