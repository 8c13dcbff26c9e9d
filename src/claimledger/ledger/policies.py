"""Reconciliation policies side by side: range, conservative, independent_majority, latest, with their rules."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from claimledger.ledger.model import Value
from claimledger.ledger.status import period

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
    """Lowest and highest number any report states, bounds included ("40-50" reaches 50), as IBC publishes."""
    if not values:
        return None, "no numeric value"
    lows = [p for v in values if (p := v.low if v.low is not None else point(v)) is not None]
    highs = [p for v in values if (p := v.high if v.high is not None else point(v)) is not None]
    return [min(lows), max(highs)], "lowest and highest number stated, ranges' bounds included"


def _conservative(values: Sequence[Value]) -> tuple[float | int | None, str]:
    """ACLED's practice when reports conflict: code the lowest figure. A vague amount ("hundreds") only
    bounds a figure from below, so it stands in only when no report gives a number."""
    if not values:
        return None, "no numeric value"
    stated = [v for v in values if v.qualifier != "vague"]
    pool = stated or list(values)
    best = min(pool, key=lambda v: v.low if v.low is not None else (point(v) or 0))
    low = best.low if best.low is not None else point(best)
    if stated:
        return low, "lowest number stated by any report (vague amounts aside)"
    return low, "lower bound of the vague amounts (no report gives a number)"


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
