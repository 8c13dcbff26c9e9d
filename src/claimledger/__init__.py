"""claimledger: turn news reports about an event into a source-attributed ledger of what each report claims.

    >>> import claimledger
    >>> ledger = claimledger.analyze(["reports/"])       # doctest: +SKIP
    >>> ledger.to_json()["events"][0]["figures"][0]       # doctest: +SKIP
"""

from __future__ import annotations

from claimledger.api import IngestReport, analyze, evaluate_corpus, ingest, ledger_from_store
from claimledger.settings import Settings
from claimledger.store.sqlite import Store

__version__ = "0.1.0"

__all__ = ["IngestReport", "Settings", "Store", "__version__", "analyze", "evaluate_corpus", "ingest", "ledger_from_store"]
