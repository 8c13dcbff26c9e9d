"""The ledger as rich tables on a console: figures per event (conflicts highlighted), dated facts, checks, reuse."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.ledger.model import Event, Ledger
from claimledger.outputs import text as t

# Row styles by status: contested figures stand out; agreement stays plain.
STATUS_STYLE = {"conflict": "bold red", "evolving": "yellow", "agree": "green", "single": "dim"}


def render_table(ledger: Ledger, console: Console) -> None:
    for e in ledger.events:
        console.print(_figures(e))
        if e.dated:
            console.print(_dated(e))
        if e.checks:
            console.print(_checks(e))
    if ledger.reuse:
        console.print(_reuse(ledger))


def _title(e: Event) -> Text:
    kind = "" if e.main else " (mentioned in passing)"
    return Text(f"{e.id} \u2014 {e.label}{kind} \u2014 {t.plural(len(e.documents), 'document')}")


def _figures(e: Event) -> Table:
    table = Table(title=_title(e), show_lines=False, expand=False)
    for col in ("figure", "value", "reports", "independent", "status"):
        table.add_column(col, justify="right" if col in ("reports", "independent") else "left")
    for f in e.figures:
        style = STATUS_STYLE.get(f.status, "")
        for n, v in enumerate(f.values):
            table.add_row(
                Text(t.figure_label(f) if n == 0 else ""), Text(t.value_text(v, f.unit)),
                str(len(v.documents)), str(v.independent),
                Text(t.status_words(f.status) if n == 0 else "", style=style),
                style=style if f.status == "conflict" else None,
                end_section=n == len(f.values) - 1,
            )
    return table


def _dated(e: Event) -> Table:
    table = Table(title=Text(f"{e.id} dated facts"))
    for col in ("what", "date", "reports", "status"):
        table.add_column(col)
    for d in e.dated:
        for n, v in enumerate(d.values):
            table.add_row(Text(t.dated_label(d.what) if n == 0 else ""), Text(v.date), str(len(v.documents)),
                          Text(d.status if n == 0 else "", style=STATUS_STYLE.get(d.status, "")))
    return table


def _checks(e: Event) -> Table:
    table = Table(title=Text(f"{e.id} consistency checks"))
    for col in ("rule", "result", "detail"):
        table.add_column(col)
    for c in e.checks:
        table.add_row(Text(c.rule), Text("ok", style="green") if c.ok else Text("FAILED", style="bold red"),
                      Text(c.detail))
    return table


def _reuse(ledger: Ledger) -> Table:
    table = Table(title=Text("text reuse (earlier -> later, by publication date)"))
    for col in ("earlier", "later", "strength", "score", "passages"):
        table.add_column(col, justify="right" if col in ("score", "passages") else "left")
    for r in ledger.reuse:
        table.add_row(Text(r.earlier), Text(r.later), Text(r.strength, style="bold" if r.strength == "strong" else "dim"),
                      f"{r.score:.3f}", str(len(r.passages)))
    return table
