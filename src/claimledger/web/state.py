"""The store behind each request, and the built ledger cached for as long as the store is unchanged."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from fastapi import Request

from claimledger import api
from claimledger.settings import Settings
from claimledger.store.sqlite import Store
from claimledger.web.view import View, build_view


def store_state(store: Store) -> tuple[object, ...]:
    """Changes whenever a document (or a new version of one) is stored, or the rules change."""
    count, last = store.db.execute("SELECT COUNT(*), MAX(pk) FROM documents").fetchone()
    return (store.url, count, last, api.pipeline_version())


@dataclass
class LedgerCache:
    """One built view of the ledger, rebuilt when the store's state moves on."""

    settings: Settings
    _key: tuple[object, ...] | None = None
    _view: View | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def view(self, store: Store) -> View:
        with self._lock:
            api.refresh(store)  # re-extract first if the rules changed, so the key below is final
            key = store_state(store)
            if self._view is None or key != self._key:
                ledger = api.ledger_from_store(store, self.settings)
                self._view = build_view(ledger, store.claims())
                # The key read BEFORE building: a document stored meanwhile makes the next request rebuild.
                self._key = key
            return self._view


class AppState:
    """What every request shares: the settings, the token and the ledger cache."""

    def __init__(self, settings: Settings, token: str | None) -> None:
        self.settings = settings
        self.token = token
        self.cache = LedgerCache(settings)

    def store(self) -> Iterator[Store]:
        """A store opened for one request and closed after it (a FastAPI dependency)."""
        with Store(self.settings.db) as store:
            yield store


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.claimledger
    return state


def request_store(request: Request) -> Iterator[Store]:
    yield from app_state(request).store()
