"""Every setting in one frozen object: name, default and help in one table."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_DB = "sqlite:///claimledger.db"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", DEFAULT_DB, "Store URL; also $CLAIMLEDGER_DB."),
    Setting("max_bytes", 50 * 1024 * 1024, "Inputs larger than this many bytes are skipped."),
    Setting("event_year", None, "Year of the corpus's main event, when known (helps date anniversaries)."),
    Setting("progress", True, "Show a progress bar on stderr for long work."),
    Setting("reuse_threshold", 0.5, "MinHash-LSH Jaccard threshold at which two text windows become a candidate reuse pair."),
    Setting("upload_max_bytes", 10 * 1024 * 1024, "Largest upload the web interface accepts."),
    Setting("jobs", 1, "Worker processes that extract claims while one process reads and writes."),
)


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    max_bytes: int = 50 * 1024 * 1024
    event_year: int | None = None
    progress: bool = True
    reuse_threshold: float = 0.5
    upload_max_bytes: int = 10 * 1024 * 1024
    jobs: int = 1

    def with_(self, **changes: Any) -> Settings:
        """A copy with `changes` applied; None values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls) -> Settings:
        db = os.environ.get("CLAIMLEDGER_DB")
        return cls().with_(db=db)


def _check_table() -> None:
    names = [s.name for s in SETTINGS]
    assert names == [f.name for f in fields(Settings)], "SETTINGS and Settings disagree"


_check_table()
