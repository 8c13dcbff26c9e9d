"""The ledger as CSV: one row per figure value (and earlier value), documents and claims joined with '|'."""

from __future__ import annotations

import csv
import io

from claimledger.ledger.model import Ledger

COLUMNS = ("event", "event_label", "measure", "subgroup", "unit", "status", "value", "low", "high", "qualifier",
           "reports", "independent", "documents", "claims")

# Joins the ids of a list inside one cell; document ids are file names or record ids, which hold no '|'.
LIST_SEPARATOR = "|"
# The status column of a value a report gives as the figure's earlier one ("rose to 14 from 11": 11).
EARLIER = "earlier"


def _cell(x: object) -> object:
    """None -> empty cell; integral floats without '.0'."""
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def render_csv(ledger: Ledger) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in ledger.events:
        for f in e.figures:
            # (a report's earlier values of the figure follow its values, their status "earlier")
            for v, status in [*((v, f.status) for v in f.values), *((v, EARLIER) for v in f.earlier)]:
                writer.writerow({
                    "event": e.id, "event_label": e.label, "measure": f.measure, "subgroup": _cell(f.subgroup),
                    "unit": f.unit, "status": status, "value": _cell(v.value), "low": _cell(v.low),
                    "high": _cell(v.high), "qualifier": v.qualifier, "reports": len(v.documents),
                    "independent": v.independent, "documents": LIST_SEPARATOR.join(v.documents),
                    "claims": LIST_SEPARATOR.join(v.claims),
                })
    return out.getvalue()
