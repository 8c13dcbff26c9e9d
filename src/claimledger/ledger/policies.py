"""Reconciliation policies side by side: range, conservative, independent_majority, latest, with their rules."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from claimledger.ledger.model import Value
from claimledger.ledger.status import period

# A value is "well supported" for the conservative policy when this many independent sources state it
# (ACLED's practice: prefer the lowest figure that more than one independent report gives).
WELL_SUPPORTED_SOURCES = 2


def point(v: Value) -> float | int | None:
    """The number a value stands for in a policy: the stated value, else its known bound."""
    return v.value if v.value is not None else (v.low if v.low is not None else v.high)


def policies(values: Sequence[Value], published: Mapping[str, str | None]) -> tuple[dict[str, Any], dict[str, str]]:
    """What each named policy concludes for one figure, and by which rule."""
    numbered = [v for v in values if point(v) is not None]
    out: dict[str, Any] = {}
    rules: dict[str, str] = {}
    out["range"], rules["range"] = _range(numbered)
    out["conservative"], rules["conservative"] = _conservative(numbered)
    out["independent_majority"], rules["independent_majority"] = _majority(numbered)
    out["latest"], rules["latest"] = _latest(numbered, published)
    return out, rules


def _range(values: Sequence[Value]) -> tuple[list[float | int] | None, str]:
    if not values:
        return None, "no numeric value"
    pts = [p for v in values if (p := point(v)) is not None]
    return [min(pts), max(pts)], "minimum and maximum of all stated values"


def _conservative(values: Sequence[Value]) -> tuple[float | int | None, str]:
    if not values:
        return None, "no numeric value"
    strong = [v for v in values if v.independent >= WELL_SUPPORTED_SOURCES]
    pool = strong or list(values)
    best = min(pool, key=lambda v: point(v) or 0)
    if strong:
        return point(best), f"lowest value stated by at least {WELL_SUPPORTED_SOURCES} independent sources"
    return point(best), f"lowest value (no value has {WELL_SUPPORTED_SOURCES} independent sources)"


def _majority(values: Sequence[Value]) -> tuple[float | int | None, str]:
    if not values:
        return None, "no numeric value"
    top = max(v.independent for v in values)
    best = [v for v in values if v.independent == top]
    if len(best) == 1:
        return point(best[0]), f"most independent sources ({top})"
    docs = max(len(v.documents) for v in best)
    best = [v for v in best if len(v.documents) == docs]
    if len(best) == 1:
        return point(best[0]), f"tie on independent sources ({top}); most documents ({docs})"
    return None, f"tie: {len(best)} values with {top} independent sources and {docs} documents each"


def _latest(values: Sequence[Value], published: Mapping[str, str | None]) -> tuple[float | int | None, str]:
    dated = [(period(published.get(d)), v) for v in values for d in v.documents]
    known = [(p, v) for p, v in dated if p is not None]
    if not known:
        return None, "no document has a publication date"
    latest = max((p for p, _ in known), key=lambda p: (p[1], p[0]))
    # every report whose publication interval reaches into the latest one may be the most recent
    newest = {point(v) for p, v in known if p[1] >= latest[0]}
    if len(newest) == 1:
        return newest.pop(), f"value of the most recent report ({latest[0].isoformat()}..{latest[1].isoformat()})"
    return None, "the most recent reports (same period) state different values"
