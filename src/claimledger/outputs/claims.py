"""Extracted claims as JSON lines (SPEC.md "Claim"), CSV or a rich table; `event` is the ledger's event id."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.claims.model import Claim
from claimledger.outputs.text import value_text

# SPEC.md's claim fields, in its order; extras follow.
SPEC_FIELDS = ("id", "document", "measure", "subgroup", "unit", "value", "low", "high", "qualifier", "event",
               "parent", "attribution", "text", "start", "end", "sentence")
EXTRA_FIELDS = ("event_slug", "event_label", "event_date", "sentence_start", "number_start", "number_end", "lexicon",
                "earlier")


def claim_json(c: Claim, events: Mapping[str, str]) -> dict[str, Any]:
    """One claim: SPEC fields, `event` mapped to the ledger event id (else the claim's own event)."""
    row = {k: getattr(c, k) for k in SPEC_FIELDS if k != "event"}
    row["event"] = events.get(c.id, c.event)
    out = {k: row[k] for k in SPEC_FIELDS}
    out["event_slug"] = c.event
    out.update({k: getattr(c, k) for k in EXTRA_FIELDS if k != "event_slug"})
    return out


def render_claims_jsonl(claims: Iterable[Claim], events: Mapping[str, str]) -> str:
    return "".join(json.dumps(claim_json(c, events), ensure_ascii=False) + "\n" for c in claims)


def render_claims_csv(claims: Iterable[Claim], events: Mapping[str, str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SPEC_FIELDS + EXTRA_FIELDS, lineterminator="\n")
    writer.writeheader()
    for c in claims:
        writer.writerow({k: "" if v is None else v for k, v in claim_json(c, events).items()})
    return out.getvalue()


def render_claims_table(claims: Iterable[Claim], events: Mapping[str, str], console: Console) -> None:
    table = Table(title=Text("claims"))
    for col in ("id", "document", "event", "measure", "subgroup", "value", "text"):
        table.add_column(col)
    n = 0
    for c in claims:
        n += 1
        table.add_row(Text(c.id), Text(c.document), Text(events.get(c.id, c.event)), Text(c.measure),
                      Text(c.subgroup or ""), Text(value_text(c, c.unit)), Text(c.text))
    table.caption = f"{n} claims"
    console.print(table)
