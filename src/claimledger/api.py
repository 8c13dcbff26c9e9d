"""The Python API the CLI and the web app wrap: ingest, extract, build the ledger, analyze in one shot."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from claimledger.documents.model import Document, Rejection
from claimledger.ledger.model import Ledger
from claimledger.settings import Settings
from claimledger.store.sqlite import AddResult, Extraction, Store


# Languages the claims and framing rules are written for.
RULE_LANGUAGES = ("en",)


@dataclass
class IngestReport:
    """What one ingest run did: counts, the rejected inputs and the warnings, each naming its file."""

    read: int = 0
    added: int = 0
    new_versions: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejections

    def summary(self) -> str:
        parts = [_count(self.read, "document") + " read", f"{self.added} added"]
        if self.new_versions:
            parts.append(_count(self.new_versions, "new version"))
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{len(self.rejections)} skipped")
        if self.warnings:
            parts.append(_count(len(self.warnings), "warning"))
        return ", ".join(parts)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Which rules produced stored results: stored with every document's extraction."""
    from claimledger.claims.lexicon import LEXICON_VERSION
    from claimledger.framing.tagger import FRAMING_VERSION

    return f"{LEXICON_VERSION}+{FRAMING_VERSION}"


def extract(doc: Document) -> Extraction:
    """Everything the claims and framing stages produce for one document."""
    extract_claims, extract_dated_facts, tag_document_sentences, document_score = _stages()
    spans, sentences = tag_document_sentences(doc)
    return Extraction(
        claims=extract_claims(doc, sentences),
        spans=spans,
        dated=extract_dated_facts(doc),
        framing=document_score(doc, spans, sentences),
        version=pipeline_version(),
    )


@lru_cache(maxsize=1)
def _stages() -> tuple[Any, Any, Any, Any]:
    """The stage functions, imported on first use (`import claimledger` stays light for the CLI's start)."""
    from claimledger.claims.dated import extract_dated_facts
    from claimledger.claims.extract import extract_claims
    from claimledger.framing.score import document_score
    from claimledger.framing.tagger import tag_document_sentences

    return extract_claims, extract_dated_facts, tag_document_sentences, document_score


def read(paths: Iterable[str], settings: Settings) -> Iterable[Document | Rejection]:
    from claimledger.documents.read import read_paths

    return read_paths(paths, settings)


# Documents read, extracted and then written in one transaction: one commit per batch instead of one per
# document takes ~40% off the store's time, and with --jobs it keeps every worker busy. Small enough that
# memory stays flat (a batch is held until it is written) and that a killed run loses little: every
# document reported done was committed, the next run adds the rest.
BATCH_DOCUMENTS = 64
BATCH_BYTES = 8_000_000  # ... or fewer documents when they are long


def store_items(
    items: Iterable[Document | Rejection],
    store: Store,
    on_item: Callable[[Document | Rejection, AddResult | None], None] | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Extract and store each document as it streams by; rejections are collected, never raised.

    Documents are written a batch per transaction, in input order, and `on_item` hears of each once its
    batch is committed. With `jobs` > 1, worker processes only compute the extractions, one batch ahead:
    this process reads the next batch and writes the last one meanwhile, and it alone writes, so the
    store sees exactly what a one-process run writes."""
    report = IngestReport()
    with _extractor(jobs) as submit:
        waiting: _Started | None = None
        for batch in _batches(items, BATCH_DOCUMENTS, BATCH_BYTES):
            started = _start(batch, store, submit)
            if waiting is not None:
                _finish(waiting, store, report, on_item)
            waiting = started
        if waiting is not None:
            _finish(waiting, store, report, on_item)
    return report


class _Started(NamedTuple):
    """A batch whose extraction is under way: `results()` waits for it."""

    batch: list[Document | Rejection]
    known: dict[int, AddResult | None]  # each document's stored result, if it is stored already
    todo: list[int]  # the documents being extracted
    results: Callable[[], list[Extraction | Exception]]


def _start(batch: list[Document | Rejection], store: Store,
           submit: Callable[[list[Document]], Callable[[], list[Extraction | Exception]]]) -> _Started:
    docs = {i: item for i, item in enumerate(batch) if isinstance(item, Document)}
    known = dict(zip(docs, store.find_contents(list(docs.values()))))  # one query for the batch
    todo = [i for i in docs if known[i] is None]
    return _Started(batch, known, todo, submit([docs[i] for i in todo]))


def _finish(started: _Started, store: Store, report: IngestReport,
            on_item: Callable[[Document | Rejection, AddResult | None], None] | None) -> None:
    """Write the batch in one transaction, then count and report each of its items in order."""
    batch, known, todo, results = started
    extracted = dict(zip(todo, results()))
    items = list(batch)
    for i, ex in extracted.items():
        if isinstance(ex, Exception):
            items[i] = Rejection(batch[i].source, "failed", f"extraction failed ({ex!r})")
    writes: list[int] = []
    pairs: list[tuple[Document, Extraction]] = []
    for i in todo:
        item, ex = items[i], extracted[i]
        if isinstance(item, Document) and isinstance(ex, Extraction):
            writes.append(i)
            pairs.append((item, ex))
    added = dict(zip(writes, store.add_many(pairs)))
    for i, item in enumerate(items):
        result, twin = (None, None) if isinstance(item, Rejection) else \
            (added[i].result, added[i].twin) if i in added else (known[i], None)
        _tally(report, item, result, twin)
        if on_item is not None:
            on_item(item, result)


def _tally(report: IngestReport, item: Document | Rejection, result: AddResult | None, twin: str | None) -> None:
    """Add one item's outcome and warnings to the report."""
    if isinstance(item, Rejection):
        report.rejections.append(item)
        return
    report.read += 1
    report.warnings.extend(f"{item.source}: warning: {w}" for w in item.warnings)
    if item.language not in (None, *RULE_LANGUAGES):
        report.warnings.append(f"{item.source}: warning: the text looks like language {item.language!r}; "
                               "claims and framing rules read English only, so expect few or none")
    if twin is not None:
        report.warnings.append(f"{item.source}: warning: same text as {twin}; stored as its own report "
                               "(the ledger counts copies as one independent source)")
    assert result is not None
    report.added += result.status == "added"
    report.new_versions += result.status == "new_version"
    report.unchanged += result.status == "unchanged"


def extract_many(docs: Sequence[Document]) -> list[Extraction | Exception]:
    """extract() of each document, or the exception its extraction raised: one bad document never stops a run.

    Stage by stage over the list (every document's framing, then every document's claims, ...): the same
    results as one document at a time, and 2-5% faster on the benchmark's corpus, as each stage's code and
    patterns stay in the processor's caches from one document to the next."""
    extract_claims, extract_dated_facts, tag_document_sentences, document_score = _stages()
    failed: dict[int, Exception] = {}

    def each(stage: Callable[[int, Document], Any]) -> list[Any]:
        out: list[Any] = [None] * len(docs)
        for i, doc in enumerate(docs):
            if i not in failed:
                try:
                    out[i] = stage(i, doc)
                except Exception as exc:  # noqa: BLE001 - reported as this document's rejection, with its reason
                    failed[i] = exc
        return out

    tagged = each(lambda i, doc: tag_document_sentences(doc))  # (spans, the body's sentences)
    claims = each(lambda i, doc: extract_claims(doc, tagged[i][1]))
    dated = each(lambda i, doc: extract_dated_facts(doc))
    scores = each(lambda i, doc: document_score(doc, *tagged[i]))
    version = pipeline_version()
    return [failed[i] if i in failed else
            Extraction(claims=claims[i], spans=tagged[i][0], dated=dated[i], framing=scores[i], version=version)
            for i in range(len(docs))]


def _batches(items: Iterable[Document | Rejection], size: int, max_bytes: int) -> Iterator[list[Document | Rejection]]:
    batch: list[Document | Rejection] = []
    held = 0
    for item in items:
        batch.append(item)
        held += len(item.text) if isinstance(item, Document) else 0
        if len(batch) >= size or held >= max_bytes:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


@contextmanager
def _extractor(jobs: int) -> Iterator[Callable[[list[Document]], Callable[[], list[Extraction | Exception]]]]:
    """`submit(documents)`: starts their extraction, in this process or spread over `jobs` worker processes,
    and returns the function that waits for the extractions (or the exception of each one that failed)."""
    if jobs <= 1:
        def extract_now(docs: list[Document]) -> Callable[[], list[Extraction | Exception]]:
            done = extract_many(docs)
            return lambda: done

        yield extract_now
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        def extract_in_workers(docs: list[Document]) -> Callable[[], list[Extraction | Exception]]:
            if not docs:
                return lambda: []
            size = max(1, -(-len(docs) // (jobs * 4)))  # a few chunks per worker: they finish together
            pending = pool.map_async(extract_many, [docs[k:k + size] for k in range(0, len(docs), size)])
            return lambda: [ex for chunk in pending.get() for ex in chunk]

        yield extract_in_workers


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings | None = None,
    on_item: Callable[[Document | Rejection, AddResult | None], None] | None = None,
) -> IngestReport:
    """Read files, folders or `-`, and store their documents with claims, spans and dated facts."""
    settings = settings or Settings()
    return store_items(read(paths, settings), store, on_item, jobs=settings.jobs)


def refresh(store: Store) -> int:
    """Re-extract documents whose stored results came from other rules; return how many."""
    version = pipeline_version()
    stale = [doc_id for doc_id, used in store.extracted_with().items() if used != version]
    for doc_id in stale:
        store.replace_extraction(doc_id, extract(store.document(doc_id)))
    return len(stale)


def ledger_from_store(store: Store, settings: Settings | None = None) -> Ledger:
    """Build the ledger from everything stored (re-extracting first where the rules changed)."""
    from claimledger.ledger.build import build_ledger

    refresh(store)
    framing = {doc: score.score for doc, score in store.framing_scores().items()}
    return build_ledger(
        store.documents(),
        list(store.claims()),
        list(store.dated_facts()),
        framing=framing,
        settings=settings or Settings(),
        text_of=lambda doc_id: store.document(doc_id).text,
    )


def analyze(paths: Iterable[str], settings: Settings | None = None) -> Ledger:
    """One shot: ingest into a throw-away in-memory store and return the ledger."""
    settings = settings or Settings()
    with Store("sqlite://") as store:
        ingest(paths, store, settings)
        return ledger_from_store(store, settings)


def evaluate_corpus(gold: Path, corpus: Path, settings: Settings | None = None) -> Any:
    """Extract claims from the documents of `corpus` that the gold names and score them (SPEC.md rule)."""
    from claimledger.claims.evaluate import evaluate_gold_file, load_gold
    from claimledger.errors import UsageError

    if not gold.is_file():
        raise UsageError(f"{gold}: no such gold file")
    if not corpus.exists():
        raise UsageError(f"{corpus}: no such corpus folder")
    try:
        wanted = {item["document"] for item in load_gold(gold)}
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{gold}: not a gold claims file (one JSON object per line with `document`, "
                         f"`measure`, `value` ...): {exc}") from None
    documents = [d for d in read([str(corpus)], settings or Settings(progress=False))
                 if isinstance(d, Document) and d.id in wanted]
    if not documents:
        raise UsageError(f"{corpus}: holds none of the {len(wanted)} documents the gold file names")
    return evaluate_gold_file(gold, documents)
