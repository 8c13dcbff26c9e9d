"""The store's schema as named migrations, each applied in a transaction with the record that it ran."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from claimledger.errors import StoreError


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated DDL inside the caller's transaction (executescript would commit first)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def m001_initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE documents (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            current INTEGER NOT NULL DEFAULT 1,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            body_start INTEGER NOT NULL,
            body_end INTEGER NOT NULL,
            title TEXT, published TEXT, published_precision TEXT, published_from TEXT,
            outlet TEXT, language TEXT, url TEXT, encoding TEXT,
            warnings TEXT NOT NULL DEFAULT '[]',
            extracted_with TEXT NOT NULL DEFAULT '',
            ingested_at TEXT NOT NULL,
            UNIQUE (id, version)
        );
        CREATE INDEX documents_hash ON documents (content_hash);
        CREATE INDEX documents_current ON documents (current, pk);

        CREATE TABLE claims (
            pk INTEGER PRIMARY KEY,
            document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            local_id TEXT NOT NULL,
            parent_pk INTEGER,
            data TEXT NOT NULL
        );
        CREATE INDEX claims_document ON claims (document_pk);

        CREATE TABLE spans (
            pk INTEGER PRIMARY KEY,
            document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            data TEXT NOT NULL
        );
        CREATE INDEX spans_document ON spans (document_pk);

        CREATE TABLE dated_facts (
            pk INTEGER PRIMARY KEY,
            document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            data TEXT NOT NULL
        );
        CREATE INDEX dated_document ON dated_facts (document_pk);

        CREATE TABLE framing_scores (
            document_pk INTEGER PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
            data TEXT NOT NULL
        );
        """
    )


# 002: a claim's fields as columns. 001 kept each claim as one JSON object, whose encoding and key names
# took about a quarter of the time an ingest spends writing; columns can also be queried. The document id,
# the claim's id and its parent's are not repeated: they are the document row's id, pk and parent_pk.
# value, low and high have no declared type, so SQLite keeps an int an int and a float a float.
_M002_COLUMNS = (
    ("measure", "TEXT NOT NULL"), ("subgroup", "TEXT"), ("unit", "TEXT NOT NULL"), ("value", ""), ("low", ""),
    ("high", ""), ("qualifier", "TEXT NOT NULL"), ("event", "TEXT NOT NULL"), ("attribution", "TEXT"),
    ("text", "TEXT NOT NULL"), ("start", "INTEGER NOT NULL"), ("end", "INTEGER NOT NULL"),
    ("sentence", "TEXT NOT NULL"), ("sentence_start", "INTEGER NOT NULL"), ("number_start", "INTEGER NOT NULL"),
    ("number_end", "INTEGER NOT NULL"), ("event_label", "TEXT"), ("event_date", "TEXT"),
    ("lexicon", "TEXT NOT NULL"),
)
# What 001's JSON may lack (written before these fields existed): the values Claim gave them then.
_M002_DEFAULTS = {"sentence_start": 0, "number_start": 0, "number_end": 0, "event_label": None,
                  "event_date": None, "lexicon": ""}


def m002_claim_columns(db: sqlite3.Connection) -> None:
    columns = ", ".join(f'"{name}" {kind}'.rstrip() for name, kind in _M002_COLUMNS)
    db.execute(f"""CREATE TABLE claims_002 (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        parent_pk INTEGER,
        {columns})""")
    names = [name for name, _ in _M002_COLUMNS]
    quoted = ", ".join(f'"{name}"' for name in names)  # ("end" is an SQL keyword)
    insert = (f"INSERT INTO claims_002 (pk, document_pk, local_id, parent_pk, {quoted}) "
              f"VALUES ({', '.join('?' * (4 + len(names)))})")
    old = db.execute("SELECT pk, document_pk, local_id, parent_pk, data FROM claims ORDER BY pk")
    while rows := old.fetchmany(10_000):  # streamed: a store may hold millions of claims
        converted = []
        for pk, document_pk, local_id, parent_pk, data in rows:
            fields = json.loads(data)
            values = [fields[n] if n in fields else _M002_DEFAULTS[n] for n in names]
            # JSON held any whole number; SQLite's integers are 64-bit: a larger one is kept as a float.
            converted.append((pk, document_pk, local_id, parent_pk,
                              *(float(v) if type(v) is int and abs(v) > 2 ** 63 - 1 else v for v in values)))
        db.executemany(insert, converted)
    db.execute("DROP TABLE claims")
    db.execute("ALTER TABLE claims_002 RENAME TO claims")
    db.execute("CREATE INDEX claims_document ON claims (document_pk)")


def m003_earlier_values(db: sqlite3.Connection) -> None:
    """Claim.earlier: a value the report gives as the figure's earlier one ("rose to 14 from 11"). Claims stored
    before had none marked (their documents are re-extracted when the rules' version changes)."""
    db.execute('ALTER TABLE claims ADD COLUMN "earlier" INTEGER NOT NULL DEFAULT 0')


# Append new migrations at the end; never edit or reorder one that has shipped.
MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("001_initial", m001_initial),
    ("002_claim_columns", m002_claim_columns),
    ("003_earlier_values", m003_earlier_values),
)


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied. A store that records migrations this
    code does not know was written by a newer claimledger: refused (StoreError), never read wrongly."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM migrations")}
    unknown = sorted(done - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(f"the store was written by a newer claimledger (its migrations {', '.join(unknown)} are "
                         "unknown here); upgrade claimledger to read it")
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        # Another process may have applied it between our read and our lock: check again under the lock.
        if db.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone() is not None:
            db.execute("COMMIT")
            continue
        try:
            step(db)
            now = datetime.now(timezone.utc).isoformat()
            db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
