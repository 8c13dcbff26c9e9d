"""The `claimledger` command: thin typer commands over claimledger.api; results on stdout, progress on stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from claimledger import api
from claimledger.errors import EXIT_INPUT, EXIT_OK, ClaimLedgerError, UsageError
from claimledger.settings import Settings
from claimledger.store.sqlite import Store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn news reports about an event into a source-attributed ledger of what each report claims.",
)
PIPED_TABLE_WIDTH = 200


class _Stdout(Console):
    """Tables on stdout; a reader that stops early (`| head`) is not an error (exit 0, no traceback)."""

    def __init__(self) -> None:
        # Piped into a file or another program, a table keeps its ids whole instead of fitting 80 columns.
        super().__init__(width=None if sys.stdout.isatty() else PIPED_TABLE_WIDTH)

    def on_broken_pipe(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(EXIT_OK)


# Messages are one line each even when stderr is a file or a pipe (grep-able), never wrapped at 80 columns.
stderr = Console(stderr=True, soft_wrap=True)


class DocFormat(str, Enum):
    json = "json"
    table = "table"


class LinesFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class SpanFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class LedgerFormat(str, Enum):
    json = "json"
    md = "md"
    csv = "csv"
    table = "table"
    wikitext = "wikitext"
    jsonld = "jsonld"


JobsOption = Annotated[int | None, typer.Option(
    min=1, help="Worker processes for extraction (one process still reads and writes).")]
EventYearOption = Annotated[int | None, typer.Option(
    help="Year of the main event, when known: dates reports that only say '28 years have passed'.")]
DbOption = Annotated[str | None, typer.Option("--db", help="Store URL (default $CLAIMLEDGER_DB or sqlite:///claimledger.db).")]


def _version(value: bool) -> None:
    if value:
        from claimledger import __version__
        from claimledger.api import pipeline_version

        _out(f"claimledger {__version__} ({pipeline_version()})")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and the rules' versions.")] = False) -> None:
    """Turn news reports about an event into a source-attributed ledger of what each report claims."""


def _settings(db: str | None = None, **changes: Any) -> Settings:
    return Settings.from_env().with_(db=db, **changes)


def _stored(db: str | None) -> Settings:
    """Settings for a command that reads a store: a store that does not exist is a usage error, not empty."""
    from claimledger.store.sqlite import sqlite_path

    settings = _settings(db)
    path = sqlite_path(settings.db)
    if path != ":memory:" and not Path(path).is_file():
        raise UsageError(f"no store at {path}: run `claimledger ingest PATH --db {settings.db}` first, "
                         "or pass --db / $CLAIMLEDGER_DB")
    return settings


@contextmanager
def _errors() -> Iterator[None]:
    """The one place that maps claimledger errors to a message on stderr and an exit code."""
    try:
        yield
    except ClaimLedgerError as exc:
        stderr.print(f"error: {exc.message}", markup=False, highlight=False)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(EXIT_OK) from None


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def _ingest_with_progress(paths: list[str], store: Store, settings: Settings) -> api.IngestReport:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
               TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True, disable=not settings.progress) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_item(item: Any, result: Any) -> None:
            if result is None:  # a rejection: say it now, above the bar
                progress.console.print(item.message(), markup=False, highlight=False)
            else:
                progress.advance(task)

        report = api.ingest(paths, store, settings, on_item=on_item)
    for warning in report.warnings:
        stderr.print(warning, markup=False, highlight=False)
    stderr.print(report.summary(), markup=False, highlight=False)
    return report


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursively) or - for stdin.")],
    db: DbOption = None,
    max_bytes: Annotated[int | None, typer.Option(min=1, help="Skip inputs larger than this (bytes).")] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    event_year: EventYearOption = None,
    jobs: JobsOption = None,
) -> None:
    """Read reports and store them with their claims.

    Example: claimledger ingest reports/ extra.jsonl
    """
    with _errors():
        settings = _settings(db, max_bytes=max_bytes, progress=progress, event_year=event_year,
                             jobs=jobs)
        with Store(settings.db) as store:
            report = _ingest_with_progress(paths, store, settings)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_INPUT)


@app.command()
def documents(db: DbOption = None, format: Annotated[DocFormat, typer.Option("--format")] = DocFormat.table) -> None:
    """List the stored documents with their metadata.

    Example: claimledger documents --format json
    """
    from claimledger.outputs import documents as render

    with _errors():
        settings = _stored(db)
        with Store(settings.db) as store:
            docs = list(store.documents())
            framing = {k: v.score for k, v in store.framing_scores().items()}
        if format is DocFormat.json:
            _out(render.render_documents_json(docs, framing))
        else:
            render.render_documents_table(docs, framing, _Stdout())


@app.command()
def claims(db: DbOption = None, format: Annotated[LinesFormat, typer.Option("--format")] = LinesFormat.table) -> None:
    """Print every extracted claim.

    Example: claimledger claims --format jsonl | jq .measure
    """
    from claimledger.ledger.build import claim_event_ids
    from claimledger.outputs import claims as render

    with _errors():
        settings = _stored(db)
        with Store(settings.db) as store:
            ledger = api.ledger_from_store(store, settings)
            items = list(store.claims())
        events = claim_event_ids(ledger)
        if format is LinesFormat.jsonl:
            _out(render.render_claims_jsonl(items, events))
        elif format is LinesFormat.csv:
            _out(render.render_claims_csv(items, events))
        else:
            render.render_claims_table(items, events, _Stdout())


@app.command()
def framing(db: DbOption = None, format: Annotated[SpanFormat, typer.Option("--format")] = SpanFormat.table) -> None:
    """Print framing spans (loaded language, slogans, name-calling ...).

    Example: claimledger framing --format jsonl
    """
    from claimledger.outputs import spans as render

    with _errors():
        settings = _stored(db)
        with Store(settings.db) as store:
            api.refresh(store)
            items = list(store.spans())
        if format is SpanFormat.jsonl:
            _out(render.render_spans_jsonl(items))
        else:
            render.render_spans_table(items, _Stdout())


def _claims_for(store: Store, format: LedgerFormat) -> Any:
    """The claims the Markdown and JSON-LD forms quote (sentences, reports of edited figures)."""
    return list(store.claims()) if format in (LedgerFormat.md, LedgerFormat.jsonld) else None


def _print_ledger(ledger: Any, format: LedgerFormat, claims: Any = None) -> None:
    from claimledger.outputs import render_ledger

    if format is LedgerFormat.table:
        from claimledger.outputs.table import render_table

        render_table(ledger, _Stdout())
    else:
        _out(render_ledger(ledger, format.value, claims=claims))


@app.command()
def ledger(db: DbOption = None, format: Annotated[LedgerFormat, typer.Option("--format")] = LedgerFormat.table) -> None:
    """Print the reconciled figures per event, with reuse and checks.

    Example: claimledger ledger --format md
    """
    with _errors():
        settings = _stored(db)
        with Store(settings.db) as store:
            built = api.ledger_from_store(store, settings)
            claims = _claims_for(store, format)
        _print_ledger(built, format, claims)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.")],
    format: Annotated[LedgerFormat, typer.Option("--format")] = LedgerFormat.md,
    max_bytes: Annotated[int | None, typer.Option(min=1, help="Skip inputs larger than this (bytes).")] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    event_year: EventYearOption = None,
    jobs: JobsOption = None,
) -> None:
    """One shot: ingest into a throw-away store and print the ledger.

    Example: claimledger analyze examples/flood-marrowby
    """
    with _errors():
        settings = _settings("sqlite://", max_bytes=max_bytes, progress=progress, event_year=event_year,
                             jobs=jobs)
        with Store(settings.db) as store:
            report = _ingest_with_progress(paths, store, settings)
            _print_ledger(api.ledger_from_store(store, settings), format, _claims_for(store, format))
    raise typer.Exit(EXIT_OK if report.ok else EXIT_INPUT)


@app.command()
def report(
    db: DbOption = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the HTML file.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML report (no network requests).

    Example: claimledger report -o report.html
    """
    from claimledger.outputs.report import render_report

    with _errors():
        settings = _stored(db)
        with Store(settings.db) as store:
            ledger = api.ledger_from_store(store, settings)
            html = render_report(ledger, list(store.documents()), list(store.claims()), list(store.spans()))
        try:
            output.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{output}: cannot write the report ({exc.strerror or exc})") from None
        stderr.print(f"wrote {output} ({len(html.encode('utf-8')) // 1024} KiB)", markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="CLAIMLEDGER_TOKEN", help="Access token.")] = None,
) -> None:
    """Run the web interface and JSON API.

    Example: claimledger serve --port 8000
    """
    with _errors():
        try:
            from claimledger.web.app import serve as run
        except ImportError as exc:
            stderr.print(f"error: the web interface needs its extra: pip install 'claimledger[web]' ({exc})")
            raise typer.Exit(2) from None
        run(host, port, _settings(db), token)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold claims, JSONL (SPEC.md format).")],
    corpus: Annotated[Path, typer.Option(help="The folder of documents the gold is about.")],
) -> None:
    """Score extracted claims against a gold file: per measure, core and all claims.

    Example: claimledger evaluate --gold gold.claims.jsonl --corpus corpus/
    """
    with _errors():
        settings = _settings(None, progress=False)
        report = api.evaluate_corpus(gold, corpus, settings)
        _out("\n".join(report.lines()))


def main() -> None:
    app(prog_name="claimledger")
